// Contacts: lookups, the searchable and sortable paged list, and writes that keep the search keys in step.
import {
  contactKeys,
  contactWordRows,
  digitNamesSql,
  matchingContactsSql,
  MAX_COUNTED_RUN,
  NUMBER_MARK,
  prefixEnd,
  walkReadsLess,
} from './search-keys.js';
import { addToTotal, total as storedTotal } from './totals.js';

import type { SearchTerm } from './search-keys.js';
import type { ContactRow } from './serialize.js';
import type { Statements } from './statements.js';

export const CONTACT_COLUMNS = [
  'id',
  'company_id',
  'first_name',
  'last_name',
  'number',
  'opted_out',
] as const satisfies readonly (keyof ContactRow)[];
const COLUMNS = CONTACT_COLUMNS.map((c) => `c.${c}`).join(', ');

export interface ContactInput {
  first_name: string;
  last_name: string;
  number: string;
}

/** The list orders `GET /texting/contacts?sort=` takes; `-` is descending. */
export const CONTACT_SORTS = ['first_name', '-first_name', 'last_name', '-last_name', 'number', '-number'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];
export const DEFAULT_CONTACT_SORT: ContactSort = 'first_name';

// Each order is an index walk: contacts_company_full (first name: "first last"), contacts_company_last
// (last name, then "first last"), and the unique (company_id, number). Ids break ties.
const ORDER: Record<ContactSort, readonly string[]> = {
  first_name: ['c.full_key', 'c.id'],
  '-first_name': ['c.full_key DESC', 'c.id DESC'],
  last_name: ['c.last_key', 'c.full_key', 'c.id'],
  '-last_name': ['c.last_key DESC', 'c.full_key DESC', 'c.id DESC'],
  number: ['c.number'],
  '-number': ['c.number DESC'],
};

/** A list order over rows of contact_words (its copies of the sort keys). */
function wordOrder(sort: ContactSort): string {
  return ORDER[sort].join(', ').replaceAll('c.id', 'contact_id').replaceAll('c.', '');
}

// The partial indexes of migration 010 holding each name key's rows in a list order.
const ORDER_INDEX: Record<ContactSort, string> = {
  first_name: 'contact_words_by_full',
  '-first_name': 'contact_words_by_full',
  last_name: 'contact_words_by_last',
  '-last_name': 'contact_words_by_last',
  number: 'contact_words_by_number',
  '-number': 'contact_words_by_number',
};
/** The condition of those indexes: a name's key, not a number's. */
const NAME_KEY = `substr(key, 1, 1) <> '${NUMBER_MARK}'`;
/** Above this many distinct keys in a word's range, merging their first rows costs more than ordering them all. */
const MAX_MERGED_KEYS = 20;

export interface ContactFilter {
  search: SearchTerm;
  number?: string | undefined;
  sort: ContactSort;
  limit: number;
  offset: number;
}

export class ContactStore {
  constructor(private readonly sql: Statements) {}

  get(companyId: string, id: string): ContactRow | undefined {
    return this.sql.get(`SELECT ${COLUMNS} FROM contacts c WHERE c.id = ? AND c.company_id = ?`).get(id, companyId) as
      ContactRow | undefined;
  }

  byNumber(companyId: string, number: string): ContactRow | undefined {
    return this.sql
      .get(`SELECT ${COLUMNS} FROM contacts c WHERE c.company_id = ? AND c.number = ?`)
      .get(companyId, number) as ContactRow | undefined;
  }

  list(companyId: string, filter: ContactFilter): { rows: ContactRow[]; total: number } {
    const byNumber =
      filter.number === undefined ? { sql: '', params: [] } : { sql: ' AND c.number = ?', params: [filter.number] };
    if (filter.search.kind === 'none') {
      // Unfiltered, the list walks the index of its order.
      const rows = this.sql.rows<ContactRow>(
        `SELECT ${COLUMNS} FROM contacts c WHERE c.company_id = ?${byNumber.sql}
         ORDER BY ${ORDER[filter.sort].join(', ')} LIMIT ? OFFSET ?`,
        CONTACT_COLUMNS,
        [companyId, ...byNumber.params, filter.limit, filter.offset],
      );
      const count =
        filter.number === undefined
          ? storedTotal(this.sql, companyId, 'contacts')
          : (
              this.sql
                .get('SELECT count(*) AS n FROM contacts c WHERE c.company_id = ? AND c.number = ?')
                .get(companyId, filter.number) as { n: number }
            ).n;
      return { rows, total: count };
    }
    if (filter.search.kind === 'words' && filter.number === undefined) {
      return filter.search.words.length === 1
        ? this.searchOneWord(companyId, filter.search, filter)
        : this.searchWords(companyId, filter.search, filter);
    }
    if (filter.search.kind === 'digits' && filter.search.digits.length <= MAX_COUNTED_RUN && !filter.number) {
      return this.searchShortDigits(companyId, filter.search, filter);
    }
    // Searched: the matches and their sort keys come from one range of the contact_words index per
    // word, each contact once; they are counted and ordered there, and only the page's contacts are read.
    const matches = matchingContactsSql(filter.search, companyId);
    const filtered = `FROM (${matches.sql})${filter.number === undefined ? '' : ' WHERE number = ?'}`;
    const params = [...matches.params, ...byNumber.params];
    const count = this.sql.get(`SELECT count(*) AS n ${filtered}`).get(...params) as { n: number };
    return { rows: this.pageOf(filtered, params, filter), total: count.n };
  }

  /** The page of a list of matches (`filtered`: FROM rows of contact_words), in the list's order. */
  private pageOf(filtered: string, params: unknown[], filter: ContactFilter): ContactRow[] {
    const order = ORDER[filter.sort].join(', ');
    return this.sql.rows<ContactRow>(
      `SELECT ${COLUMNS} FROM contacts c WHERE c.id IN
         (SELECT contact_id ${filtered} ORDER BY ${wordOrder(filter.sort)} LIMIT ? OFFSET ?)
       ORDER BY ${order}`,
      CONTACT_COLUMNS,
      [...params, filter.limit, filter.offset],
    );
  }

  /**
   * A search by one word (the commonest): its total is summed from contact_word_counts, and its page
   * merged from the first rows of each distinct key of its range (contact_words_by_*), so neither reads
   * all its matches. A word of many distinct keys ("ma" in a real address book) has its range ordered
   * whole instead, as a search of several words is.
   */
  private searchOneWord(
    companyId: string,
    term: Extract<SearchTerm, { kind: 'words' }>,
    filter: ContactFilter,
  ): { rows: ContactRow[]; total: number } {
    const word = term.words[0] ?? '';
    const keys = this.wordKeys(companyId, word);
    const total = keys.reduce((sum, k) => sum + k.n, 0);
    if (filter.offset >= total) return { rows: [], total };
    if (keys.length > MAX_MERGED_KEYS) {
      const matches = matchingContactsSql(term, companyId);
      return { rows: this.pageOf(`FROM (${matches.sql})`, matches.params, filter), total };
    }
    const order = wordOrder(filter.sort);
    const columns = [...new Set(['contact_id', ...order.replaceAll(' DESC', '').split(', ')])].join(', ');
    // Each key's first rows, as many as the page needs; the index is named because the planner would
    // rather sort the key's rows from the primary key than walk this partial index.
    const arm = `SELECT * FROM (SELECT ${columns} FROM contact_words INDEXED BY ${ORDER_INDEX[filter.sort]}
      WHERE company_id = ? AND key = ? AND ${NAME_KEY} AND shared < ? ORDER BY ${order} LIMIT ?)`;
    const merged = `FROM (${keys.map(() => arm).join(' UNION ALL ')})`;
    const params = keys.flatMap((k) => [companyId, k.key, Buffer.byteLength(word), filter.limit + filter.offset]);
    return { rows: this.pageOf(merged, params, filter), total };
  }

  /**
   * A search by one or two digits ("55") matches a large share of the contacts (8% at 100k). Its total
   * is the contacts with the run in their number (contact_number_runs, migration 012) and the few with a
   * name word starting with it; its page walks the index of the list's order, keeping the numbers that
   * hold the run, when that is expected to read fewer contacts than the run's range of contact_words.
   */
  private searchShortDigits(
    companyId: string,
    term: Extract<SearchTerm, { kind: 'digits' }>,
    filter: ContactFilter,
  ): { rows: ContactRow[]; total: number } {
    const { digits } = term;
    const inNumbers =
      (
        this.sql
          .get('SELECT contacts FROM contact_number_runs WHERE company_id = ? AND run = ?')
          .get(companyId, digits) as { contacts: number } | undefined
      )?.contacts ?? 0;
    const inNames = digitNamesSql(digits, companyId);
    const named = this.sql.get(`SELECT count(*) AS n FROM (${inNames.sql})`).get(...inNames.params) as { n: number };
    const total = inNumbers + named.n;
    if (filter.offset >= total) return { rows: [], total };
    if (!walkReadsLess(filter.offset + filter.limit, storedTotal(this.sql, companyId, 'contacts'), inNumbers)) {
      const matches = matchingContactsSql(term, companyId);
      return { rows: this.pageOf(`FROM (${matches.sql})`, matches.params, filter), total };
    }
    const walk = `SELECT * FROM (SELECT c.id AS contact_id, c.full_key, c.last_key, c.number FROM contacts c
      WHERE c.company_id = ? AND instr(c.number, ?) > 0 ORDER BY ${ORDER[filter.sort].join(', ')} LIMIT ?)`;
    return {
      rows: this.pageOf(
        `FROM (${walk} UNION ALL ${inNames.sql})`,
        [companyId, digits, filter.offset + filter.limit, ...inNames.params],
        filter,
      ),
      total,
    };
  }

  /** The distinct keys of the company's contacts that start with `word`, and how many contacts have each. */
  private wordKeys(companyId: string, word: string): { key: string; n: number }[] {
    return this.sql
      .get(
        `SELECT key, sum(contacts) AS n FROM contact_word_counts
           WHERE company_id = ? AND key >= ? AND key < ? AND shared < ? GROUP BY key`,
      )
      .all(companyId, word, prefixEnd(word), Buffer.byteLength(word)) as { key: string; n: number }[];
  }

  /**
   * A search by several words reads the range of the word fewest contacts have, keeping the contacts
   * that have the others too. When the words look unrelated (the share of contacts having each, times
   * the first's count) the matches are expected to be few ("maria gar": 61 of maria's 1,789 at 100k
   * contacts): one pass orders and counts them (a window count costs per match). Otherwise a count
   * and an ordering pass each read the range (cheaper per row than the window once most rows match).
   */
  private searchWords(
    companyId: string,
    term: Extract<SearchTerm, { kind: 'words' }>,
    filter: ContactFilter,
  ): { rows: ContactRow[]; total: number } {
    const counts = term.words
      .map((word) => ({ word, n: this.wordKeys(companyId, word).reduce((sum, k) => sum + k.n, 0) }))
      .sort((a, b) => a.n - b.n);
    const [fewest, ...others] = counts;
    if (fewest === undefined || fewest.n === 0) return { rows: [], total: 0 };
    const matches = matchingContactsSql(term, companyId, { drive: fewest.word });
    const contacts = Math.max(storedTotal(this.sql, companyId, 'contacts'), 1);
    const expected = others.reduce((e, o) => (e * o.n) / contacts, fewest.n);
    if (expected * 4 > fewest.n) {
      const filtered = `FROM (${matches.sql})`;
      const count = this.sql.get(`SELECT count(*) AS n ${filtered}`).get(...matches.params) as { n: number };
      return { rows: this.pageOf(filtered, matches.params, filter), total: count.n };
    }
    const page = this.sql
      .get(
        `SELECT contact_id, count(*) OVER () AS n FROM (${matches.sql})
           ORDER BY ${wordOrder(filter.sort)} LIMIT ? OFFSET ?`,
      )
      .all(...matches.params, filter.limit, filter.offset) as { contact_id: string; n: number }[];
    const first = page[0];
    if (first === undefined) {
      // A page past the end: only the count is left to answer.
      const count = this.sql.get(`SELECT count(*) AS n FROM (${matches.sql})`).get(...matches.params) as { n: number };
      return { rows: [], total: count.n };
    }
    const rows = this.sql.allIn<ContactRow>(
      `SELECT ${COLUMNS} FROM contacts c WHERE c.id IN (?) ORDER BY ${ORDER[filter.sort].join(', ')}`,
      page.map((p) => p.contact_id),
    );
    return { rows, total: first.n };
  }

  /** Writes the search words of a contact created before they existed (a sandbox from an older version). */
  backfillWords(): void {
    const missing = this.sql
      .get(
        `SELECT c.id, c.company_id, c.first_name, c.last_name, c.number FROM contacts c
            WHERE NOT EXISTS (SELECT 1 FROM contact_words w WHERE w.contact_id = c.id)`,
      )
      .all() as ContactRow[];
    if (missing.length === 0) return;
    this.sql.db.transaction(() => {
      for (const c of missing) this.writeWords(c.company_id, c.id, c);
    })();
  }

  private writeWords(companyId: string, id: string, input: ContactInput): void {
    this.sql.get('DELETE FROM contact_words WHERE contact_id = ?').run(id);
    const add = this.sql.get(`INSERT INTO contact_words (company_id, key, contact_id, shared, talks, full_key,
      last_key, number, name_words) VALUES (?, ?, ?, ?, EXISTS (SELECT 1 FROM conversations WHERE contact_id = ?),
      ?, ?, ?, ?)`);
    const keys = contactKeys(input.first_name, input.last_name, input.number);
    const words = contactWordRows(input.first_name, input.last_name, input.number);
    for (const word of words.rows) {
      add.run(companyId, word.key, id, word.shared, id, keys.full_key, keys.last_key, input.number, words.names);
    }
  }

  insert(id: string, companyId: string, input: ContactInput, nowMs: number): ContactRow {
    const keys = contactKeys(input.first_name, input.last_name, input.number);
    // Callers often run inside a transaction already; this nests as a savepoint.
    this.sql.db.transaction(() => {
      addToTotal(this.sql, companyId, 'contacts', 1);
      this.sql
        .get(
          `INSERT INTO contacts (id, company_id, first_name, last_name, number, opted_out,
             full_key, last_key, number_rev, created_at)
           VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
        )
        .run(
          id,
          companyId,
          input.first_name,
          input.last_name,
          input.number,
          keys.full_key,
          keys.last_key,
          keys.number_rev,
          nowMs,
        );
      this.writeWords(companyId, id, input);
    })();
    return { id, company_id: companyId, ...input, opted_out: 0 };
  }

  update(companyId: string, id: string, input: ContactInput): void {
    const keys = contactKeys(input.first_name, input.last_name, input.number);
    this.sql
      .get(
        `UPDATE contacts SET first_name = ?, last_name = ?, number = ?, full_key = ?, last_key = ?,
           number_rev = ? WHERE id = ? AND company_id = ?`,
      )
      .run(
        input.first_name,
        input.last_name,
        input.number,
        keys.full_key,
        keys.last_key,
        keys.number_rev,
        id,
        companyId,
      );
    this.writeWords(companyId, id, input);
    this.sql
      .get(
        `UPDATE conversations SET contact_full_key = ?, contact_last_key = ?, contact_number = ?,
              contact_number_rev = ? WHERE contact_id = ?`,
      )
      .run(keys.full_key, keys.last_key, input.number, keys.number_rev, id);
  }

  setOptedOut(id: string, optedOut: boolean): void {
    this.sql.get('UPDATE contacts SET opted_out = ? WHERE id = ?').run(optedOut ? 1 : 0, id);
  }

  /** Deletes the contact with its conversations, their messages and attachment links. */
  deleteCascade(companyId: string, id: string): boolean {
    const db = this.sql.db;
    return db.transaction(() => {
      if (!this.get(companyId, id)) return false;
      const conversations = `SELECT id FROM conversations WHERE contact_id = ?`;
      this.sql
        .get(
          `DELETE FROM message_files WHERE message_id IN
                (SELECT id FROM messages WHERE conversation_id IN (${conversations}))`,
        )
        .run(id);
      this.sql.get(`DELETE FROM messages WHERE conversation_id IN (${conversations})`).run(id);
      const gone = this.sql.get('DELETE FROM conversations WHERE contact_id = ?').run(id).changes;
      this.sql.get('DELETE FROM contacts WHERE id = ?').run(id);
      addToTotal(this.sql, companyId, 'contacts', -1);
      addToTotal(this.sql, companyId, 'conversations', -gone);
      return true;
    })();
  }
}
