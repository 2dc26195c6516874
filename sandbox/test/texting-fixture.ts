// Test fixture of the texting suites: a fresh database, two companies with signed-in users,
// the whole sandbox app over it (no demo data), and a contract check of each answer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect } from 'vitest';

import { createApp } from '../src/app.js';
import { issuePair } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config.js';
import { migrate, openDatabase } from '../src/db/database.js';
import { newId } from '../src/db/ids.js';
import { Texting } from '../src/texting/texting.js';
import { expectMatchesContract } from './contract.js';

import type { SandboxDeps } from '../src/context.js';
import type { Hono } from 'hono';

export const COMPANY_NUMBER = '8583715117';
export const OTHER_COMPANY_NUMBER = '6195559000';

export interface Member {
  companyId: string;
  userId: string;
  email: string;
  token: string;
}

export interface Fixture {
  deps: SandboxDeps;
  app: Hono;
  texting: Texting;
  owner: Member;
  /** Same company as `owner`, not in the number's ownership. */
  colleague: Member;
  /** Another company with its own number. */
  stranger: Member;
  clock: { ms: number };
  close: () => void;
}

function addCompany(deps: SandboxDeps, name: string): string {
  const id = newId();
  deps.db
    .prepare('INSERT INTO companies (id, name, created_at) VALUES (?, ?, ?)')
    .run(id, name, new Date().toISOString());
  return id;
}

async function addMember(deps: SandboxDeps, companyId: string, email: string): Promise<Member> {
  const userId = newId();
  deps.db
    .prepare(
      `INSERT INTO users (id, company_id, email, first_name, last_name, password_hash, created_at)
              VALUES (?, ?, ?, 'Test', 'User', 'not-a-hash', ?)`,
    )
    .run(userId, companyId, email, new Date().toISOString());
  const pair = await issuePair(deps, userId);
  if (!pair) throw new Error('could not sign in the test user');
  return { companyId, userId, email, token: pair.id_token };
}

/** RSA key generation is slow; every fixture of a test file shares the first one's keys. */
let signingKeysRow: string | undefined;

export async function createFixture(): Promise<Fixture> {
  const dataDir = mkdtempSync(join(tmpdir(), 'texting-test-'));
  const db = openDatabase(dataDir);
  migrate(db);
  if (signingKeysRow) {
    db.prepare("INSERT INTO settings (key, value) VALUES ('signing_keys', ?)").run(signingKeysRow);
  }
  const clock = { ms: Date.parse('2024-05-01T12:00:00.000Z') };
  const deps: SandboxDeps = {
    db,
    config: loadConfig({ SANDBOX_DATA_DIR: dataDir }),
    now: () => new Date(clock.ms),
  };
  const companyId = addCompany(deps, 'Demo Company');
  const otherId = addCompany(deps, 'Other Company');
  const owner = await addMember(deps, companyId, 'owner@example.com');
  const colleague = await addMember(deps, companyId, 'colleague@example.com');
  const stranger = await addMember(deps, otherId, 'stranger@example.com');
  signingKeysRow ??= (db.prepare("SELECT value FROM settings WHERE key = 'signing_keys'").get() as { value: string })
    .value;
  const texting = new Texting(deps);
  texting.numbers.insert(newId(), companyId, COMPANY_NUMBER, ['Owner@example.com'], clock.ms);
  texting.numbers.insert(newId(), otherId, OTHER_COMPANY_NUMBER, [stranger.email], clock.ms);
  const app = createApp(deps, { dev: true });
  const close = (): void => {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { deps, app, texting, owner, colleague, stranger, clock, close };
}

/** A JSON request as the app makes it: the raw id_token in `authorization`. */
export function call(f: Fixture, who: Member | null, method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {};
  if (who) headers.authorization = who.token;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  return Promise.resolve(f.app.request(path, init));
}

/**
 * Checks the status is documented for the operation, the body matches its schema (with the
 * sandbox's contract validator) and the documented headers are there. Answers the parsed body.
 */
export async function expectContract(response: Response, operationId: string, status: number): Promise<unknown> {
  expect(response.status).toBe(status);
  const text = await response.text();
  if (status === 204) {
    expect(text).toBe('');
    return undefined;
  }
  const body: unknown = JSON.parse(text);
  expectMatchesContract('ssp', operationId, status, body);
  if (status === 200 && /^list(Contacts|Conversations|Messages)$/.test(operationId)) {
    expect(response.headers.get('x-total-count') ?? 'missing', `${operationId} answers X-Total-Count`).toMatch(/^\d+$/);
  }
  return body;
}
