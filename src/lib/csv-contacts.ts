// Contacts from a CSV file: finds the columns, validates and normalizes each row, and marks duplicates;
// and the rows an export writes, which import reads back. Works on rows already split into cells (the
// CSV parser is loaded only when an import or an export starts).
import { normalizeUsNumber } from '@/lib/us-number';

export const NAME_MAX = 100;
export const MAX_IMPORT_ROWS = 5000;

export type CsvField = 'first_name' | 'last_name' | 'number' | 'full_name';

/** Header spellings people use, compared without case, spaces, dashes or underscores. */
const HEADER_ALIASES: Record<CsvField, readonly string[]> = {
  first_name: ['firstname', 'first', 'givenname', 'forename'],
  last_name: ['lastname', 'last', 'surname', 'familyname'],
  full_name: ['name', 'fullname', 'contactname', 'contact'],
  number: [
    'number',
    'phone',
    'phonenumber',
    'phoneno',
    'mobile',
    'mobilenumber',
    'mobilephone',
    'cell',
    'cellphone',
    'telephone',
    'tel',
  ],
};

function headerKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.#]/g, '');
}

export type CsvColumns = Partial<Record<CsvField, number>>;

export function findColumns(header: readonly string[]): CsvColumns {
  const columns: CsvColumns = {};
  header.forEach((cell, index) => {
    const key = headerKey(cell);
    for (const field of Object.keys(HEADER_ALIASES) as CsvField[]) {
      if (columns[field] === undefined && HEADER_ALIASES[field].includes(key)) columns[field] = index;
    }
  });
  return columns;
}

export type RowProblem =
  | { kind: 'missing-first-name' }
  | { kind: 'name-too-long' }
  | { kind: 'missing-number' }
  | { kind: 'bad-number'; value: string }
  | { kind: 'duplicate'; ofLine: number };

export interface CsvContactRow {
  /** The line in the file (the header is line 1), to name the row to the user. */
  line: number;
  first_name: string;
  last_name: string;
  /** The number as written in the file. */
  rawNumber: string;
  /** The 10-digit national number, when valid. */
  number: string | null;
  problem: RowProblem | null;
}

export type CsvParseResult = { ok: true; rows: CsvContactRow[] } | { ok: false; error: string };

/** A cell starting with these could run as a formula in a spreadsheet; an export prefixes it with `'`. */
export const FORMULA_START = /^[=+\-@\t\r]/;

function cell(row: readonly string[], index: number | undefined): string {
  const value = index === undefined ? '' : (row[index] ?? '');
  // Undo the export's guard, so a name like "=Sales" comes back as it was.
  return (value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value).trim();
}

function names(row: readonly string[], columns: CsvColumns): { first: string; last: string } {
  const first = cell(row, columns.first_name);
  const last = cell(row, columns.last_name);
  if (columns.first_name === undefined && columns.full_name !== undefined) {
    // "Name" alone: the first word is the first name, the rest the last name.
    const full = cell(row, columns.full_name).replace(/\s+/g, ' ');
    const space = full.indexOf(' ');
    return space === -1 ? { first: full, last } : { first: full.slice(0, space), last: last || full.slice(space + 1) };
  }
  return { first, last };
}

export function problemText(problem: RowProblem): string {
  switch (problem.kind) {
    case 'missing-first-name':
      return 'First name is missing';
    case 'name-too-long':
      return `A name is longer than ${String(NAME_MAX)} characters`;
    case 'missing-number':
      return 'Number is missing';
    case 'bad-number':
      return `"${problem.value}" is not a valid US phone number`;
    case 'duplicate':
      return `Same number as line ${String(problem.ofLine)}`;
  }
}

/** Reads the rows of a CSV file (the first is the header) into contacts, each with its first problem. */
export function interpretCsv(rows: readonly (readonly string[])[]): CsvParseResult {
  const nonEmpty = rows
    .map((row, index) => ({ row, line: index + 1 }))
    .filter(({ row }) => row.some((value) => value.trim() !== ''));
  const [header, ...body] = nonEmpty;
  if (!header) return { ok: false, error: 'The file is empty.' };
  const columns = findColumns(header.row);
  if (columns.number === undefined || (columns.first_name === undefined && columns.full_name === undefined)) {
    return {
      ok: false,
      error:
        'The first row must name the columns: first_name, last_name and number (or "First Name", "Last Name", "Phone").',
    };
  }
  if (body.length === 0) return { ok: false, error: 'The file has a header row but no contacts.' };
  if (body.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      error: `The file has ${String(body.length)} contacts; import at most ${String(MAX_IMPORT_ROWS)} at a time.`,
    };
  }

  const firstLineOfNumber = new Map<string, number>();
  const contacts = body.map(({ row, line }): CsvContactRow => {
    const { first, last } = names(row, columns);
    const rawNumber = cell(row, columns.number);
    const number = rawNumber ? normalizeUsNumber(rawNumber) : null;
    let problem: RowProblem | null = null;
    if (!first) problem = { kind: 'missing-first-name' };
    else if (first.length > NAME_MAX || last.length > NAME_MAX) problem = { kind: 'name-too-long' };
    else if (!rawNumber) problem = { kind: 'missing-number' };
    else if (!number) problem = { kind: 'bad-number', value: rawNumber };
    if (number) {
      const earlier = firstLineOfNumber.get(number);
      if (earlier === undefined) {
        if (!problem) firstLineOfNumber.set(number, line);
      } else if (!problem) {
        problem = { kind: 'duplicate', ofLine: earlier };
      }
    }
    return { line, first_name: first, last_name: last, rawNumber, number, problem };
  });
  return { ok: true, rows: contacts };
}

/** The columns an export writes: the first spellings import looks for. */
export const EXPORT_HEADER = ['first_name', 'last_name', 'number'] as const;

/** How an export's rows are written with the CSV parser's `unparse`: formulas guarded (see `cell`). */
export const EXPORT_UNPARSE_CONFIG = { escapeFormulae: FORMULA_START } as const;

/** The rows of an export, header first. */
export function contactsToRows(
  contacts: readonly { first_name: string; last_name: string; number: string }[],
): string[][] {
  return [[...EXPORT_HEADER], ...contacts.map((c) => [c.first_name, c.last_name, c.number])];
}

/** What happened to one row when it was sent. */
export type ImportOutcome =
  { kind: 'imported' } | { kind: 'existing'; name: string } | { kind: 'failed'; reason: string };

export interface ImportSummary {
  imported: number;
  skipped: { line: number; reason: string }[];
  failed: { line: number; reason: string }[];
  /** Valid rows not sent yet. */
  pending: number;
}

export function summarizeImport(
  rows: readonly CsvContactRow[],
  outcomes: ReadonlyMap<number, ImportOutcome>,
): ImportSummary {
  const summary: ImportSummary = { imported: 0, skipped: [], failed: [], pending: 0 };
  for (const row of rows) {
    if (row.problem) {
      summary.skipped.push({ line: row.line, reason: problemText(row.problem) });
      continue;
    }
    const outcome = outcomes.get(row.line);
    if (!outcome) summary.pending += 1;
    else if (outcome.kind === 'imported') summary.imported += 1;
    else if (outcome.kind === 'existing')
      summary.skipped.push({ line: row.line, reason: `Already a contact: ${outcome.name}` });
    else summary.failed.push({ line: row.line, reason: outcome.reason });
  }
  return summary;
}
