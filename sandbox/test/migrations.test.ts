// The message sequence migration numbers existing messages in the order they were stored.
import { expect, it } from 'vitest';

import { migrate } from '../src/db/database.js';
import { databaseBefore } from './older-database.js';

it('backfills seq per conversation by time, then by the order rows were stored', () => {
  // The database as it was before the sequence: migrations up to 003.
  const { db } = databaseBefore('004');
  db.exec(`INSERT INTO companies VALUES ('co', 'Co', '');
    INSERT INTO contacts (id, company_id, first_name, last_name, number, full_key, last_key, number_rev, created_at)
      VALUES ('ct', 'co', 'A', 'B', '6195550142', 'a b', 'b', '2410555916', 0);`);
  for (const cv of ['c1', 'c2']) {
    db.prepare(
      `INSERT INTO conversations (id, company_id, from_number, contact_id, message_count, contact_full_key,
      contact_last_key, contact_number, contact_number_rev, created_at, updated_at)
      VALUES (?, 'co', ?, 'ct', 0, 'a b', 'b', '6195550142', '2410555916', 0, 0)`,
    ).run(cv, cv === 'c1' ? '8583715117' : '8583715118');
  }
  // Ids chosen so that id order is the reverse of the order stored; c1's third one is older.
  const rows: [string, string, number][] = [
    ['zz', 'c1', 5],
    ['yy', 'c1', 5],
    ['xx', 'c1', 1],
    ['ww', 'c2', 5],
    ['vv', 'c1', 9],
  ];
  for (const [id, cv, at] of rows) {
    db.prepare(
      `INSERT INTO messages (id, conversation_id, direction, frm, to_number, text, success, has_files, created_at)
      VALUES (?, ?, 'inbound', '1', '2', ?, 1, 0, ?)`,
    ).run(id, cv, id, at);
  }
  expect(migrate(db)).toContain('005_guard.sql');
  const seqs = db.prepare('SELECT id, conversation_id, seq FROM messages ORDER BY conversation_id, seq').all();
  expect(seqs).toEqual([
    { id: 'xx', conversation_id: 'c1', seq: 1 },
    { id: 'zz', conversation_id: 'c1', seq: 2 },
    { id: 'yy', conversation_id: 'c1', seq: 3 },
    { id: 'vv', conversation_id: 'c1', seq: 4 },
    { id: 'ww', conversation_id: 'c2', seq: 1 },
  ]);
});
