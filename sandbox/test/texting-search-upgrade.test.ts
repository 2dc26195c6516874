// A sandbox from before migration 008 gets its contacts' search words written again as it starts.
import { expect, it } from 'vitest';

import { loadConfig } from '../src/config.js';
import { migrate } from '../src/db/database.js';
import { parseSearch } from '../src/texting/search-keys.js';
import { Texting } from '../src/texting/texting.js';
import { databaseBefore } from './older-database.js';

it('finds the contacts and conversations of a sandbox migrated from 007 once it starts', () => {
  const { db, dataDir } = databaseBefore('008');
  // Two contacts as 007 stored them (words without `shared`); one has a conversation.
  db.exec(`INSERT INTO companies VALUES ('co', 'Co', '');
    INSERT INTO contacts (id, company_id, first_name, last_name, number, full_key, last_key, number_rev, created_at)
      VALUES ('c1', 'co', 'Gary', 'Garcia-Garner', '6195550142', 'gary garcia-garner', 'garcia-garner', '2410555916', 0),
             ('c2', 'co', 'Ann', 'Lee', '6195550143', 'ann lee', 'lee', '3410555916', 0);
    INSERT INTO contact_words (company_id, key, contact_id, full_key, last_key, number)
      VALUES ('co', 'gary', 'c1', 'gary garcia-garner', 'garcia-garner', '6195550142');
    INSERT INTO conversations (id, company_id, from_number, contact_id, message_count, contact_full_key,
      contact_last_key, contact_number, contact_number_rev, created_at, updated_at)
      VALUES ('v1', 'co', '8583715117', 'c1', 0, 'gary garcia-garner', 'garcia-garner', '6195550142', '2410555916', 0, 0);`);
  expect(migrate(db)).toEqual([
    '008_contact_word_order.sql',
    '009_talking_contact_words.sql',
    '010_contact_word_counts.sql',
    '011_conversations_contact_recent.sql',
    '012_number_runs.sql',
  ]);
  const t = new Texting({ db, config: loadConfig({ SANDBOX_DATA_DIR: dataDir }), now: () => new Date() });
  t.contacts.backfillWords();

  const contacts = (search: string) =>
    t.contacts.list('co', { search: parseSearch(search), sort: 'first_name', limit: 20, offset: 0 });
  const conversations = (search: string) =>
    t.conversations.list('co', { search: parseSearch(search), limit: 20, offset: 0 });
  // "gar" starts three of Gary Garcia-Garner's words, and counts him once.
  expect(contacts('gar')).toMatchObject({ total: 1, rows: [{ id: 'c1' }] });
  expect(contacts('garner gary')).toMatchObject({ total: 1, rows: [{ id: 'c1' }] });
  expect(contacts('555-01')).toMatchObject({ total: 2 });
  expect(contacts('lee')).toMatchObject({ total: 1, rows: [{ id: 'c2' }] });
  expect(conversations('gar')).toMatchObject({
    total: 1,
    views: [{ conversation: { id: 'v1' }, contact: { id: 'c1' } }],
  });
  expect(conversations('555-01')).toMatchObject({ total: 1, views: [{ conversation: { id: 'v1' } }] });
  expect(conversations('lee')).toEqual({ total: 0, views: [] });
});
