// Fills the texting tables of one company with generated contacts, conversations and messages,
// in batched transactions, straight through SQL (the API would take hours for a million rows).
import { newId } from '../src/db/ids.js';
import { contactKeys, contactWordRows } from '../src/texting/search-keys.js';
import { INBOUND_LINES, OUTBOUND_LINES, seededRandom } from '../src/texting/seed-data.js';

import type Database from 'better-sqlite3';

const FIRST = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Carlos',
  'Karen',
  'Wei',
  'Nancy',
  'Daniel',
  'Lisa',
  'Matthew',
  'Betty',
  'Anthony',
  'Maria',
  'Mark',
  'Sandra',
  'Priya',
  'Ashley',
  'Paul',
  'Kimberly',
  'Andrew',
  'Emily',
  'Joshua',
  'Donna',
  'Kenneth',
  'Michelle',
  'Kevin',
  'Carol',
  'Brian',
  'Amanda',
  'Olga',
  'Melissa',
  'Timothy',
  'Deborah',
  'Ronald',
  'Stephanie',
  'José',
  'Aisha',
  'Yuki',
  'Kwame',
  'Fatima',
];
const LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Sanchez',
  'Clark',
  'Ramirez',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Torres',
  'Nguyen',
  'Hill',
  'Flores',
  'Green',
  'Adams',
  'Nelson',
  'Baker',
  'Hall',
  'Rivera',
  'Campbell',
  'Mitchell',
  'Carter',
  'Roberts',
  'Chen',
  'Patel',
  'Okafor',
  'Ivanova',
  'Núñez',
  'Garner',
  'Fischer',
  'Tanaka',
  'Haddad',
  'Mensah',
  'Cohen',
  'Silva',
  'Murphy',
  'Kim',
  'Bello',
  'Raman',
];

export const BATCH = 20_000;
/** Messages per ordinary conversation; the big one takes half of all messages. */
const PER_CONVERSATION = 100;

export interface FillState {
  companyId: string;
  fromNumber: string;
  contacts: string[];
  numbers: Set<string>;
  messages: number;
  bigConversationId: string | null;
  bigCount: number;
  bigLastMs: number;
  random: () => number;
  startMs: number;
}

export function newFillState(companyId: string, fromNumber: string, nowMs: number): FillState {
  return {
    companyId,
    fromNumber,
    contacts: [],
    numbers: new Set(),
    messages: 0,
    bigConversationId: null,
    bigCount: 0,
    bigLastMs: 0,
    random: seededRandom(42),
    startMs: nowMs - 400 * 86_400_000,
  };
}

function fillContacts(db: Database.Database, s: FillState, target: number): string[] {
  const insert = db.prepare(`INSERT INTO contacts (id, company_id, first_name, last_name, number, opted_out,
    full_key, last_key, number_rev, created_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`);
  const insertWord = db.prepare(`INSERT INTO contact_words (company_id, key, contact_id, shared, talks, full_key,
    last_key, number, name_words) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)`);
  const added: string[] = [];
  while (s.contacts.length < target) {
    db.transaction(() => {
      const end = Math.min(target, s.contacts.length + BATCH);
      while (s.contacts.length < end) {
        const i = s.contacts.length;
        const first = FIRST[Math.floor(s.random() * FIRST.length)] ?? 'Ann';
        const last = LAST[Math.floor(s.random() * LAST.length)] ?? 'Lee';
        let number: string;
        do number = String(2_000_000_000 + Math.floor(s.random() * 7_999_999_999));
        while (s.numbers.has(number));
        s.numbers.add(number);
        const keys = contactKeys(first, last, number);
        const id = newId();
        insert.run(id, s.companyId, first, last, number, keys.full_key, keys.last_key, keys.number_rev, s.startMs + i);
        const words = contactWordRows(first, last, number);
        for (const word of words.rows) {
          insertWord.run(s.companyId, word.key, id, word.shared, keys.full_key, keys.last_key, number, words.names);
        }
        s.contacts.push(id);
        added.push(id);
      }
    })();
  }
  return added;
}

/** Inserts `count` messages into one conversation after `afterMs`; answers the last time used. */
function fillThread(
  db: Database.Database,
  s: FillState,
  conversationId: string,
  number: string,
  count: number,
  afterMs: number,
): number {
  const insert = db.prepare(`INSERT INTO messages (id, conversation_id, direction, frm, to_number, text, success,
    error, client_id, has_files, created_at, seq) VALUES (?, ?, ?, ?, ?, ?, 1, NULL, NULL, 0, ?, ?)`);
  const lastSeq = db
    .prepare('SELECT coalesce(max(seq), 0) FROM messages WHERE conversation_id = ?')
    .pluck()
    .get(conversationId) as number;
  let at = afterMs;
  let lastId = '';
  for (let done = 0; done < count;) {
    db.transaction(() => {
      const end = Math.min(count, done + BATCH);
      for (; done < end; done++) {
        const outbound = (s.messages + done) % 2 === 0;
        const lines = outbound ? OUTBOUND_LINES : INBOUND_LINES;
        at += 1000 + Math.floor(s.random() * 20_000);
        lastId = newId();
        insert.run(
          lastId,
          conversationId,
          outbound ? 'outbound' : 'inbound',
          outbound ? s.fromNumber : number,
          outbound ? number : s.fromNumber,
          lines[Math.floor(s.random() * lines.length)] ?? 'ok',
          at,
          lastSeq + done + 1,
        );
      }
    })();
  }
  s.messages += count;
  db.prepare(
    `UPDATE conversations SET message_count = message_count + ?, last_message_id = ?, updated_at = ?
    WHERE id = ?`,
  ).run(count, lastId, at, conversationId);
  return at;
}

/** Grows the company to `contacts` contacts and `messages` messages (half of them in one thread). */
export function fill(db: Database.Database, s: FillState, target: { contacts: number; messages: number }): void {
  const fresh = fillContacts(db, s, target.contacts);
  const numberOf = db.prepare('SELECT number FROM contacts WHERE id = ?').pluck();
  const newConversation = db.prepare(`INSERT INTO conversations (id, company_id, from_number, contact_id,
    message_count, contact_full_key, contact_last_key, contact_number, contact_number_rev, created_at, updated_at)
    SELECT ?, ?, ?, c.id, 0, c.full_key, c.last_key, c.number, c.number_rev, ?, ? FROM contacts c WHERE c.id = ?`);
  const talks = db.prepare('UPDATE contact_words SET talks = 1 WHERE contact_id = ?');
  const start = (contactId: string): string => {
    const id = newId();
    newConversation.run(id, s.companyId, s.fromNumber, s.startMs, s.startMs, contactId);
    talks.run(contactId);
    return id;
  };
  if (s.bigConversationId === null) {
    const first = s.contacts[0];
    if (!first) throw new Error('no contacts to talk to');
    s.bigConversationId = start(first);
    s.bigLastMs = s.startMs;
  }
  const bigId = s.bigConversationId;
  const bigNumber = String(numberOf.get(s.contacts[0]));
  const bigShare = Math.floor(target.messages / 2) - s.bigCount;
  s.bigLastMs = fillThread(db, s, bigId, bigNumber, bigShare, s.bigLastMs);
  s.bigCount += bigShare;
  const spare = fresh.filter((id) => id !== s.contacts[0]);
  while (s.messages < target.messages) {
    const contactId = spare.shift();
    if (!contactId) throw new Error('not enough new contacts for the conversations');
    const count = Math.min(PER_CONVERSATION, target.messages - s.messages);
    fillThread(
      db,
      s,
      start(contactId),
      String(numberOf.get(contactId)),
      count,
      s.startMs + Math.floor(s.random() * 1e10),
    );
  }
  db.prepare(
    `INSERT OR REPLACE INTO texting_totals (company_id, contacts, conversations) VALUES (?,
    (SELECT count(*) FROM contacts WHERE company_id = ?), (SELECT count(*) FROM conversations WHERE company_id = ?))`,
  ).run(s.companyId, s.companyId, s.companyId);
}
