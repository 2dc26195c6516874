// Reads a picked file into contact rows. The CSV parser is downloaded here, on first use, not with the page.
import { interpretCsv, type CsvParseResult } from '@/lib/csv-contacts';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** FileReader rather than `file.text()`: it works in every browser we support and in tests alike. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}

export async function readCsvFile(file: File): Promise<CsvParseResult> {
  if (!/\.csv$/i.test(file.name) && file.type !== 'text/csv') {
    return { ok: false, error: `"${file.name}" is not a CSV file. Export your contacts as .csv and pick that file.` };
  }
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, error: `"${file.name}" is larger than 2 MB. Split it into smaller files.` };
  }
  const [{ default: Papa }, text] = await Promise.all([import('papaparse'), readText(file)]);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  return interpretCsv(parsed.data);
}
