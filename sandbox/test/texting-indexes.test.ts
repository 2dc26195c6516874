import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { seedTexting } from '../src/texting/seed.js';
import { call, createFixture, type Fixture } from './texting-fixture.js';

let f: Fixture;
let recorded: string[];
beforeEach(async () => {
  f = await createFixture();
  recorded = [];
  // Record every statement the routers prepare from now on (they prepare lazily, on first use).
  const db = f.deps.db;
  const prepare = db.prepare.bind(db);
  db.prepare = (sql: string) => {
    recorded.push(sql);
    return prepare(sql);
  };
});
afterEach(() => f.close());

function plan(sql: string): string[] {
  const params = Array.from({ length: sql.split('?').length - 1 }, () => null);
  const rows = f.deps.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/**
 * A step that reads a table without an index: "SCAN contacts" rather than "SCAN ... USING INDEX".
 * Reading back a search's own matches ("SCAN (subquery-2)") and the constant row of a sum are fine.
 */
function fullScans(sql: string): string[] {
  return plan(sql).filter(
    (d) => /^SCAN /.test(d) && !/USING (COVERING )?INDEX|^SCAN \(subquery-\d+\)$|^SCAN CONSTANT ROW$/.test(d),
  );
}

/** A search that walks every row of the company instead of reading its matching ranges. */
function companyWalks(sql: string): string[] {
  if (!/\bkey >= \?|_key >= \?|number >= \?/.test(sql)) return [];
  return plan(sql).filter((d) => /INDEX \w+ \(company_id=\?\)$/.test(d));
}

describe('every texting list query uses an index', () => {
  it('for the lists, searches and filters the app calls', async () => {
    f.deps.db.exec('DELETE FROM texting_number_owners; DELETE FROM texting_numbers');
    f.deps.db.transaction(() => seedTexting(f.deps, { companyId: f.owner.companyId, ownerEmails: [f.owner.email] }))();
    const conversations = (await (await call(f, f.owner, 'GET', '/ssp/texting/conversations')).json()) as {
      id: string;
    }[];
    const paths = [
      '/ssp/texting/numbers',
      '/ssp/texting/contacts',
      '/ssp/texting/contacts?page=2&per_page=5',
      '/ssp/texting/contacts?search=mar',
      '/ssp/texting/contacts?search=619-555',
      '/ssp/texting/contacts?search=maria%20gar',
      '/ssp/texting/contacts?search=mar&sort=-last_name',
      '/ssp/texting/contacts?sort=last_name&page=2',
      '/ssp/texting/contacts?sort=-number',
      '/ssp/texting/contacts?sort=-first_name',
      '/ssp/texting/contacts?number=6195550142',
      '/ssp/texting/contacts?search=mar&number=6195550142',
      '/ssp/texting/conversations?search=garcia',
      '/ssp/texting/conversations?search=0142',
      '/ssp/texting/conversations?search=maria%20garcia',
      `/ssp/texting/conversations/${conversations[0]?.id ?? ''}/messages?page=2&per_page=50`,
    ];
    for (const path of paths) {
      expect((await call(f, f.owner, 'GET', path)).status, path).toBe(200);
    }
    const selects = [...new Set(recorded)].filter((sql) => /^\s*SELECT/i.test(sql));
    expect(selects.length).toBeGreaterThan(8);
    for (const sql of selects) {
      expect(fullScans(sql), sql).toEqual([]);
      expect(companyWalks(sql), sql).toEqual([]);
    }
  });

  it('walks the unfiltered contact list and a thread in index order, without sorting', () => {
    const orders = [
      'c.full_key, c.id',
      'c.full_key DESC, c.id DESC',
      'c.last_key, c.full_key, c.id',
      'c.last_key DESC, c.full_key DESC, c.id DESC',
      'c.number',
      'c.number DESC',
    ];
    for (const order of orders) {
      const contacts = plan(`SELECT c.id FROM contacts c WHERE c.company_id = ? ORDER BY ${order} LIMIT 20`);
      expect(contacts.join('\n'), order).not.toMatch(/TEMP B-TREE/);
    }
    const messages = plan(`SELECT m.id FROM messages m WHERE m.conversation_id = ? ORDER BY m.seq DESC LIMIT 50`);
    expect(messages.join('\n')).not.toMatch(/TEMP B-TREE/);
    const inbox = plan(
      `SELECT cv.id FROM conversations cv WHERE cv.company_id = ? ORDER BY cv.updated_at DESC, cv.id DESC LIMIT 20`,
    );
    expect(inbox.join('\n')).not.toMatch(/TEMP B-TREE/);
  });

  it('would notice a query without an index, or a search that walks the whole company', () => {
    expect(fullScans('SELECT id FROM messages WHERE text = ?')).not.toEqual([]);
    const walk = `SELECT c.id FROM contacts c WHERE c.company_id = ?
      AND ((c.full_key >= ? AND c.full_key < ?) OR (c.last_key >= ? AND c.last_key < ?))
      ORDER BY c.full_key, c.id LIMIT 20`;
    expect(companyWalks(walk)).not.toEqual([]);
  });
});
