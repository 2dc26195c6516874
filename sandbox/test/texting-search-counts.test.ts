// A search by one word reads its total from contact_word_counts and merges its page from the first
// rows of each key of its range (migration 010); a search by several words picks its plan by those
// counts; a search by one or two digits counts from contact_number_runs (012) and may walk the list's
// order: every plan must answer what reading every match would.
import { describe, expect, it } from 'vitest';

import { loadConfig } from '../src/config.js';
import { migrate } from '../src/db/database.js';
import { CONTACT_SORTS, type ContactSort } from '../src/texting/contact-store.js';
import { contactWords, NUMBER_MARK, parseSearch } from '../src/texting/search-keys.js';
import { Texting } from '../src/texting/texting.js';
import { databaseBefore } from './older-database.js';
import { createFixture } from './texting-fixture.js';

import type Database from 'better-sqlite3';

// The whole list's orders (contacts' own indexes), which a search must keep.
const ORDER: Record<ContactSort, string> = {
  first_name: 'full_key, id',
  '-first_name': 'full_key DESC, id DESC',
  last_name: 'last_key, full_key, id',
  '-last_name': 'last_key DESC, full_key DESC, id DESC',
  number: 'number',
  '-number': 'number DESC',
};

// "3M" and "55 Club" are names a search by digits finds too.
const FIRST = ['Gary', 'Maria', 'José', 'Gabriel', 'Ann', 'Zoë', 'Mark', 'Gaëlle', '3M', '55 Club'];
// Over twenty distinct words start with "ga" (the page is then ordered from the whole range); "gar"
// has a few, some names have two ("Garcia-Garner").
const LAST = [
  'Garcia',
  'Garner',
  'Garcia-Garner',
  'Gardner',
  'Smith',
  "O'Garra",
  ...'bcdefhijklmnopqstuvwxyz'.split('').map((c) => `Ga${c}ton`),
];

interface Contact {
  id: string;
  first_name: string;
  last_name: string;
  number: string;
}

function contactsOf(db: Database.Database, companyId: string): Contact[] {
  return db
    .prepare('SELECT id, first_name, last_name, number FROM contacts WHERE company_id = ?')
    .all(companyId) as Contact[];
}

/** What a search by words answers, worked out from every contact: each word starts a word of the name. */
function expected(db: Database.Database, companyId: string, search: string, sort: ContactSort): string[] {
  const words = search.split(' ');
  const ids = contactsOf(db, companyId)
    .filter((c) => {
      const keys = contactWords(c.first_name, c.last_name, c.number).filter((k) => !k.startsWith(NUMBER_MARK));
      return words.every((word) => keys.some((k) => k.startsWith(word)));
    })
    .map((c) => c.id);
  return db
    .prepare(`SELECT id FROM contacts WHERE id IN (SELECT value FROM json_each(?)) ORDER BY ${ORDER[sort]}`)
    .pluck()
    .all(JSON.stringify(ids)) as string[];
}

/** Every page of the search, as the API reads it, with the totals each page answered. */
function pages(t: Texting, companyId: string, word: string, sort: ContactSort, perPage: number) {
  const ids: string[] = [];
  const totals = new Set<number>();
  // Up to the first page past the end, which must be empty.
  const all = contactsOf(t.deps.db, companyId).length;
  for (let offset = 0; offset <= all; offset += perPage) {
    const { rows, total } = t.contacts.list(companyId, { search: parseSearch(word), sort, limit: perPage, offset });
    totals.add(total);
    ids.push(...rows.map((r) => r.id));
  }
  return { ids, totals: [...totals] };
}

/** Whether a search by digits finds the contact: a run of its number, or the start of a word of its name. */
function foundByDigits(c: Omit<Contact, 'id'>, digits: string): boolean {
  return (
    c.number.includes(digits) ||
    contactWords(c.first_name, c.last_name, c.number).some((k) => !k.startsWith(NUMBER_MARK) && k.startsWith(digits))
  );
}

/** What a search by digits answers, worked out from every contact. */
function expectedDigits(db: Database.Database, companyId: string, digits: string, sort: ContactSort): string[] {
  const ids = contactsOf(db, companyId)
    .filter((c) => foundByDigits(c, digits))
    .map((c) => c.id);
  return db
    .prepare(`SELECT id FROM contacts WHERE id IN (SELECT value FROM json_each(?)) ORDER BY ${ORDER[sort]}`)
    .pluck()
    .all(JSON.stringify(ids)) as string[];
}

/** contact_number_runs as it should be: each company's contacts with each run of one or two digits. */
/** A number_runs table as it should be, from `sql`'s (company_id, number) rows: how many have each run. */
function runsOf(db: Database.Database, sql: string): { company_id: string; run: string; n: number }[] {
  const counts = new Map<string, number>();
  for (const c of db.prepare(sql).all() as { company_id: string; number: string }[]) {
    const runs = new Set<string>();
    for (let i = 0; i < c.number.length; i++) {
      runs.add(c.number.slice(i, i + 1));
      if (i + 2 <= c.number.length) runs.add(c.number.slice(i, i + 2));
    }
    for (const run of runs) counts.set(`${c.company_id} ${run}`, (counts.get(`${c.company_id} ${run}`) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, n]) => {
      const [company_id = '', run = ''] = key.split(' ');
      return { company_id, run, n };
    })
    .sort((a, b) => (a.company_id + ' ' + a.run < b.company_id + ' ' + b.run ? -1 : 1));
}

/** The inbox's search by digits, every page, against its conversations worked out from every contact. */
function expectConversationDigitSearchesRight(db: Database.Database, t: Texting, companyId: string): void {
  const conversations = db
    .prepare(
      `SELECT cv.id, cv.updated_at, c.first_name, c.last_name, c.number FROM conversations cv
         JOIN contacts c ON c.id = cv.contact_id WHERE cv.company_id = ?
         ORDER BY cv.updated_at DESC, cv.id DESC`,
    )
    .all(companyId) as (Omit<Contact, 'id'> & { id: string })[];
  for (const digits of ['5', '3', '55', '07', '9', '00', '555']) {
    const want = conversations.filter((c) => foundByDigits(c, digits)).map((c) => c.id);
    for (const perPage of [7, 100]) {
      const ids: string[] = [];
      const totals = new Set<number>();
      for (let offset = 0; offset <= conversations.length; offset += perPage) {
        const { views, total } = t.conversations.list(companyId, {
          search: parseSearch(digits),
          limit: perPage,
          offset,
        });
        totals.add(total);
        ids.push(...views.map((v) => v.conversation.id));
      }
      expect({ ids, totals: [...totals] }, `conversations ${digits} by ${perPage}`).toEqual({
        ids: want,
        totals: [want.length],
      });
    }
  }
  expect(
    db
      .prepare(
        "SELECT company_id, run, conversations AS n FROM conversation_number_runs ORDER BY company_id || ' ' || run",
      )
      .all(),
  ).toEqual(runsOf(db, 'SELECT company_id, contact_number AS number FROM conversations'));
}

function expectSearchesRight(db: Database.Database, t: Texting, companyId: string): void {
  // One word: merged from few keys ("gar"), or ordered whole from many ("ga"). Several: few matches
  // expected ("maria gar", counted in the ordering pass) or many ("ga g", counted apart), or none.
  const searches = ['ga', 'gar', 'garc', 'garner', 'ogarra', 'gael', 'jose', 'zz'];
  searches.push('maria gar', 'gar maria', 'garner garcia', 'ga g', 'g ga gar', 'jose zz', 'zz ga');
  // Digits: dense runs ("5": most numbers) walk the list's index; sparse ones ("07") and deep pages read
  // the run's range; "3" and "55" also start words of some names ("3M", "55 Club").
  const digits = ['5', '3', '55', '07', '9', '00', '555', '5165'];
  for (const word of [...searches, ...digits]) {
    for (const sort of CONTACT_SORTS) {
      const want = digits.includes(word)
        ? expectedDigits(db, companyId, word, sort)
        : expected(db, companyId, word, sort);
      for (const perPage of [7, 100]) {
        expect(pages(t, companyId, word, sort, perPage), `${word} ${sort} by ${perPage}`).toEqual({
          ids: want,
          totals: [want.length],
        });
      }
    }
  }
  // The counts are exactly the rows they stand for.
  const counted = db
    .prepare('SELECT company_id, key, shared, contacts FROM contact_word_counts ORDER BY 1, 2, 3')
    .all();
  const rows = db
    .prepare(
      `SELECT company_id, key, shared, count(*) AS contacts FROM contact_words
         WHERE substr(key, 1, 1) <> '#' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    )
    .all();
  expect(counted).toEqual(rows);
  expect(
    db
      .prepare("SELECT company_id, run, contacts AS n FROM contact_number_runs ORDER BY company_id || ' ' || run")
      .all(),
  ).toEqual(runsOf(db, 'SELECT company_id, number FROM contacts'));
  expectConversationDigitSearchesRight(db, t, companyId);
}

const idOf = (companyId: string, i: number): string => `${companyId}-${String(i).padStart(5, '0')}`;

function addContacts(t: Texting, companyId: string, count: number, from: number): void {
  t.deps.db.transaction(() => {
    for (let i = from; i < from + count; i++) {
      t.contacts.insert(
        idOf(companyId, i),
        companyId,
        {
          first_name: FIRST[(i * 7) % FIRST.length] ?? '',
          last_name: LAST[(i * 13) % LAST.length] ?? '',
          // Spread over every digit, so that runs of digits are dense ("5") and sparse ("07").
          number: String(2000000000 + ((i * 104_729 * 7_919) % 7_999_999_999)),
        },
        0,
      );
      // A conversation with every third, some at the same time (the id orders them).
      if (i % 3 === 0) {
        t.conversations.insert({
          id: `${idOf(companyId, i)}-cv`,
          company_id: companyId,
          from_number: '8585550000',
          contact_id: idOf(companyId, i),
          updated_at: (i * 37) % 50,
        });
      }
    }
  })();
}

describe('a search by words or digits', () => {
  it('pages and counts as reading every match would, in every order, through writes', async () => {
    const f = await createFixture();
    try {
      const t = f.texting;
      const company = f.owner.companyId;
      addContacts(t, company, 400, 0);
      // Another company's contacts with the same words count only for it.
      addContacts(t, f.stranger.companyId, 50, 0);
      const gaKeys = f.deps.db
        .prepare("SELECT count(DISTINCT key) FROM contact_words WHERE company_id = ? AND key >= 'ga' AND key < 'gb'")
        .pluck()
        .get(company) as number;
      expect(gaKeys).toBeGreaterThan(20);
      expectSearchesRight(f.deps.db, t, company);

      // Renamed, deleted (their words go by the foreign key's cascade) and new contacts.
      for (let i = 0; i < 400; i += 9) {
        t.contacts.update(company, idOf(company, i), {
          first_name: 'Garth',
          last_name: i % 2 ? 'Smith' : 'Gardner-Gage',
          number: String(7605550000 + i),
        });
      }
      for (let i = 1; i < 400; i += 11) expect(t.contacts.deleteCascade(company, idOf(company, i))).toBe(true);
      addContacts(t, company, 60, 1000);
      expectSearchesRight(f.deps.db, t, company);
      expectSearchesRight(f.deps.db, t, f.stranger.companyId);
    } finally {
      f.close();
    }
  });

  it('counts the contacts of a sandbox from before migration 010 once it is migrated', () => {
    const { db, dataDir } = databaseBefore('010');
    db.exec("INSERT INTO companies (id, name, created_at) VALUES ('co', 'Co', '')");
    const t = new Texting({ db, config: loadConfig({ SANDBOX_DATA_DIR: dataDir }), now: () => new Date() });
    addContacts(t, 'co', 120, 0);
    expect(migrate(db)).toEqual([
      '010_contact_word_counts.sql',
      '011_conversations_contact_recent.sql',
      '012_number_runs.sql',
    ]);
    expect(t.contacts.list('co', { search: parseSearch('gar'), sort: 'first_name', limit: 5, offset: 0 }).total).toBe(
      expected(db, 'co', 'gar', 'first_name').length,
    );
    expectSearchesRight(db, t, 'co');
    addContacts(t, 'co', 30, 500);
    expectSearchesRight(db, t, 'co');
  });
});
