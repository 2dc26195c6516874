// Contacts: lookups, the searchable paged list, and writes that keep the search keys in step.
import type { ContactRow } from './serialize.js';
import type { SearchTerm } from './search-keys.js';
import { contactKeys, matchingContactsSql, rangeSql, searchRanges } from './search-keys.js';
import type { Statements } from './statements.js';
import { addToTotal, total as storedTotal } from './totals.js';

const CONTACT_COLUMNS = ['id', 'company_id', 'first_name', 'last_name', 'number', 'opted_out'] as const satisfies readonly (keyof ContactRow)[];
const COLUMNS = CONTACT_COLUMNS.map((c) => `c.${c}`).join(', ');

export interface ContactInput {
  first_name: string;
  last_name: string;
  number: string;
}

export interface ContactFilter {
  search: SearchTerm;
  number?: string | undefined;
  limit: number;
  offset: number;
}

export class ContactStore {
  constructor(private readonly sql: Statements) {}

  get(companyId: string, id: string): ContactRow | undefined {
    return this.sql
      .get(`SELECT ${COLUMNS} FROM contacts c WHERE c.id = ? AND c.company_id = ?`)
      .get(id, companyId) as ContactRow | undefined;
  }

  byNumber(companyId: string, number: string): ContactRow | undefined {
    return this.sql
      .get(`SELECT ${COLUMNS} FROM contacts c WHERE c.company_id = ? AND c.number = ?`)
      .get(companyId, number) as ContactRow | undefined;
  }

  byIds(ids: readonly string[]): ContactRow[] {
    return this.sql.allIn<ContactRow>(`SELECT ${COLUMNS} FROM contacts c WHERE c.id IN (?)`, ids);
  }

  list(companyId: string, filter: ContactFilter): { rows: ContactRow[]; total: number } {
    const ranges = searchRanges(filter.search);
    const byNumber = filter.number === undefined ? { sql: '', params: [] } : { sql: ' AND number = ?', params: [filter.number] };
    if (!ranges) {
      // Unfiltered, the list walks its index in name order.
      const rows = this.sql.rows<ContactRow>(
        `SELECT ${COLUMNS} FROM contacts c WHERE c.company_id = ?${byNumber.sql} ORDER BY c.full_key, c.id LIMIT ? OFFSET ?`,
        CONTACT_COLUMNS,
        [companyId, ...byNumber.params, filter.limit, filter.offset],
      );
      const count = filter.number === undefined
        ? storedTotal(this.sql, companyId, 'contacts')
        : (this.sql.get('SELECT count(*) AS n FROM contacts WHERE company_id = ? AND number = ?')
            .get(companyId, filter.number) as { n: number }).n;
      return { rows, total: count };
    }
    // Searched: each range is read from its own covering index and keeps its first page-end
    // (name, id) pairs; the two are merged and only the page's rows are fetched. The count adds
    // the second range's matches that are not in the first: nothing counted twice, no row read.
    const matches = matchingContactsSql(ranges, companyId, byNumber, filter.offset + filter.limit);
    const rows = this.sql.rows<ContactRow>(
      `SELECT ${COLUMNS} FROM contacts c WHERE c.id IN
         (SELECT id FROM (${matches.sql} ORDER BY 1, 2 LIMIT ? OFFSET ?))
       ORDER BY c.full_key, c.id`,
      CONTACT_COLUMNS,
      [...matches.params, filter.limit, filter.offset],
    );
    const [a, b] = ranges;
    const total = this.sql
      .get(`SELECT
          (SELECT count(*) FROM contacts WHERE company_id = ? AND ${rangeSql(a)}${byNumber.sql}) +
          (SELECT count(*) FROM contacts WHERE company_id = ? AND ${rangeSql(b)} AND NOT (${rangeSql(a)})${byNumber.sql})
        AS n`)
      .get(companyId, a.from, a.to, ...byNumber.params, companyId, b.from, b.to, a.from, a.to, ...byNumber.params) as { n: number };
    return { rows, total: total.n };
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
        .run(id, companyId, input.first_name, input.last_name, input.number,
          keys.full_key, keys.last_key, keys.number_rev, nowMs);
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
      .run(input.first_name, input.last_name, input.number, keys.full_key, keys.last_key,
        keys.number_rev, id, companyId);
    this.sql
      .get(`UPDATE conversations SET contact_full_key = ?, contact_last_key = ?, contact_number = ?,
              contact_number_rev = ? WHERE contact_id = ?`)
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
        .get(`DELETE FROM message_files WHERE message_id IN
                (SELECT id FROM messages WHERE conversation_id IN (${conversations}))`)
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
