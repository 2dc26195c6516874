// npm run bench:sandbox: fills a throwaway sandbox with 100k then 1M messages (10k then 100k
// contacts) and measures a thread's first page, the contact and conversation searches and a sorted
// page of contacts at each size.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { insertAccount } from '../src/auth/accounts.js';
import { issuePair } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config.js';
import { migrate, openDatabase } from '../src/db/database.js';
import { newId } from '../src/db/ids.js';
import { NumberStore } from '../src/texting/number-store.js';
import { Statements } from '../src/texting/statements.js';
import { fill, newFillState } from './fill.js';
import { freePort, markdownTable, measure, type Measurement, startServer, stopServer } from './load.js';

import type { SandboxDeps } from '../src/context.js';

const STAGES = [
  { label: '100k messages / 10k contacts', contacts: 10_000, messages: 100_000 },
  { label: '1M messages / 100k contacts', contacts: 100_000, messages: 1_000_000 },
];
const SECONDS = Number(process.env.BENCH_SECONDS ?? '10');
/** BENCH_SCALE=0.01 makes a quick trial run of the whole pipeline. */
const SCALE = Number(process.env.BENCH_SCALE ?? '1');
const FROM_NUMBER = '8585550000';
/** BENCH_ONLY="thread,contact search by name" runs the scenarios whose names start so. */
const ONLY = process.env.BENCH_ONLY?.split(',');

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sandbox-bench-'));
  const port = await freePort();
  const env = { SANDBOX_DATA_DIR: dataDir, SANDBOX_PORT: String(port) };
  const db = openDatabase(dataDir);
  migrate(db);
  const deps: SandboxDeps = { db, config: loadConfig(env), now: () => new Date() };
  const account = db.transaction(() =>
    insertAccount(deps, {
      first_name: 'Bench',
      last_name: 'User',
      email: 'bench@example.com',
      company: 'Bench Co',
      password_hash: 'x',
    }),
  )();
  new NumberStore(new Statements(db)).insert(
    newId(),
    account.companyId,
    FROM_NUMBER,
    ['bench@example.com'],
    Date.now(),
  );
  const pair = await issuePair(deps, account.userId);
  if (!pair) throw new Error('could not sign in the bench user');
  const state = newFillState(account.companyId, FROM_NUMBER, Date.now());
  const results: Measurement[] = [];
  try {
    for (const stage of STAGES) {
      const started = performance.now();
      fill(db, state, { contacts: Math.round(stage.contacts * SCALE), messages: Math.round(stage.messages * SCALE) });
      db.pragma('wal_checkpoint(TRUNCATE)');
      console.log(`filled to ${stage.label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const numberOf = db.prepare('SELECT number FROM contacts WHERE id = ?').pluck();
      const someNumber = String(numberOf.get(state.contacts[Math.min(777, state.contacts.length - 1)] ?? ''));
      const middle = `${someNumber.slice(3, 6)}-${someNumber.slice(6, 8)}`;
      const scenarios = [
        {
          name: 'thread page 1 (50 messages)',
          path: `/ssp/texting/conversations/${state.bigConversationId ?? ''}/messages?page=1&per_page=50`,
        },
        { name: 'contact search by name ("gar")', path: '/ssp/texting/contacts?search=gar' },
        {
          name: `contact search by digits ("${someNumber.slice(-4)}")`,
          path: `/ssp/texting/contacts?search=${someNumber.slice(-4)}`,
        },
        {
          name: `contact search by digits inside the number ("${middle}")`,
          path: `/ssp/texting/contacts?search=${middle}`,
        },
        { name: 'contact search by two words ("maria gar")', path: '/ssp/texting/contacts?search=maria%20gar' },
        {
          name: 'contact search, sorted by last name ("gar")',
          path: '/ssp/texting/contacts?search=gar&sort=-last_name',
        },
        {
          name: 'contacts by last name, page 40 of 25',
          path: '/ssp/texting/contacts?sort=last_name&page=40&per_page=25',
        },
        { name: 'conversation search by name ("gar")', path: '/ssp/texting/conversations?search=gar' },
        // The widest searches: the shortest a search may be (two characters) matches a large share of contacts.
        { name: 'contact search by two letters ("ma")', path: '/ssp/texting/contacts?search=ma' },
        { name: 'contact search by two digits ("55")', path: '/ssp/texting/contacts?search=55' },
        { name: 'conversation search by two digits ("55")', path: '/ssp/texting/conversations?search=55' },
      ].filter((s) => !ONLY || ONLY.some((name) => s.name.startsWith(name)));
      const server = await startServer(env);
      try {
        for (const s of scenarios) {
          const m = await measure(`http://127.0.0.1:${port}`, pair.id_token, stage.label, s.name, s.path, SECONDS);
          console.log(`  ${s.name}: p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.rps} req/s, ${m.failures} failures`);
          results.push(m);
        }
      } finally {
        await stopServer(server);
      }
    }
  } finally {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`\n${markdownTable(results)}\n`);
  const out = fileURLToPath(new URL('./results.json', import.meta.url));
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), scale: SCALE, seconds: SECONDS, connections: 10, results }, null, 2)}\n`,
  );
  console.log(`written ${out}`);
}

await main();
