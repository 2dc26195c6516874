// Companies and users: creation and lookup shared by registration, sign-in and the demo seed.
import { newId } from '../db/ids.js';

import type { SandboxDeps } from '../context.js';

export interface NewAccount {
  first_name: string;
  last_name: string;
  email: string;
  company: string;
  password_hash: string;
  timezone?: string;
  mobile?: string | null;
}

export interface UserRecord {
  id: string;
  company_id: string;
  email: string;
  first_name: string;
  last_name: string;
  password_hash: string;
  mobile: string | null;
  timezone: string;
  meet_minutes_used: number;
  meet_minutes_limit: number;
  company: string;
}

/** Inserts a company and its primary user; call inside a transaction. */
export function insertAccount(deps: SandboxDeps, input: NewAccount): { userId: string; companyId: string } {
  const now = deps.now().toISOString();
  const companyId = newId();
  const userId = newId();
  deps.db.prepare('INSERT INTO companies (id, name, created_at) VALUES (?, ?, ?)').run(companyId, input.company, now);
  deps.db
    .prepare(
      `INSERT INTO users (id, company_id, email, first_name, last_name, password_hash, mobile, timezone, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      userId,
      companyId,
      input.email,
      input.first_name,
      input.last_name,
      input.password_hash,
      input.mobile ?? null,
      input.timezone ?? 'America/Los_Angeles',
      now,
    );
  return { userId, companyId };
}

const USER_SELECT = `SELECT u.id, u.company_id, u.email, u.first_name, u.last_name, u.password_hash,
  u.mobile, u.timezone, u.meet_minutes_used, u.meet_minutes_limit, c.name AS company
  FROM users u JOIN companies c ON c.id = u.company_id`;

export function findUserByEmail(deps: SandboxDeps, email: string): UserRecord | undefined {
  return deps.db.prepare(`${USER_SELECT} WHERE u.email = ?`).get(email) as UserRecord | undefined;
}

export function findUserById(deps: SandboxDeps, id: string): UserRecord | undefined {
  return deps.db.prepare(`${USER_SELECT} WHERE u.id = ?`).get(id) as UserRecord | undefined;
}
