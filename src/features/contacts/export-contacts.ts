// "Export CSV": every contact of the company (all pages, not the one on screen) as a CSV file with the
// columns import reads. The CSV writer is downloaded here, on first use, not with the page.
import { readPage, ssp } from '@/api/clients';
import type { Contact } from '@/api/contacts';
import { contactsToRows, EXPORT_UNPARSE_CONFIG } from '@/lib/csv-contacts';
import { downloadTextFile } from '@/lib/download-file';

/** The most the API gives in one page. */
const PER_PAGE = 100;
/** Pages asked for at once once the total is known: quick, without flooding the API. */
const CONCURRENCY = 4;
/** Where reading without a total stops, should a service ignore `page` (100,000 contacts). */
const MAX_PAGES = 1000;

function fetchPage(page: number) {
  return readPage(ssp().GET('/texting/contacts', { params: { query: { page, per_page: PER_PAGE } } }));
}

/** Every contact, in the API's order; each once, should the list change while it is read. */
export async function fetchAllContacts(): Promise<Contact[]> {
  const first = await fetchPage(1);
  const pages = [first.items];
  if (first.total !== undefined) {
    const remaining = Array.from({ length: Math.ceil(first.total / PER_PAGE) - 1 }, (_, i) => i + 2);
    const results = new Map<number, Contact[]>();
    const worker = async () => {
      for (let page = remaining.shift(); page !== undefined; page = remaining.shift()) {
        results.set(page, (await fetchPage(page)).items);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    pages.push(...[...results.keys()].sort((a, b) => a - b).map((page) => results.get(page) ?? []));
  } else {
    // No total (a service without X-Total-Count): read on until a short page.
    for (let page = 2, last = first.items; last.length === PER_PAGE && page <= MAX_PAGES; page += 1) {
      last = (await fetchPage(page)).items;
      pages.push(last);
    }
  }
  const byId = new Map(pages.flat().map((contact) => [contact.id, contact]));
  return [...byId.values()];
}

/** Downloads the CSV; answers how many contacts it holds. */
export async function exportContacts(now = new Date()): Promise<number> {
  const [{ default: Papa }, contacts] = await Promise.all([import('papaparse'), fetchAllContacts()]);
  const csv = Papa.unparse(contactsToRows(contacts), EXPORT_UNPARSE_CONFIG);
  // The byte order mark makes spreadsheets read the file as UTF-8 (accents intact); import ignores it.
  downloadTextFile(`\uFEFF${csv}`, `contacts-${now.toISOString().slice(0, 10)}.csv`, 'text/csv;charset=utf-8');
  return contacts.length;
}
