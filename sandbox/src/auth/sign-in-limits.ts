// Limits on password guesses at sign-in (and change password), per account and per client address.
// An attempt is reserved in one SQLite transaction BEFORE its slow password check, counted as a
// failure, so any number of parallel guesses are counted one by one; a right password gives the
// count back. Past the free tries every failure locks the key for a growing wait; while locked,
// nothing is checked, so a right password is refused like a wrong one.
import type { SandboxDeps } from '../context.js';

/** Wrong passwords allowed before the first wait: per account, and per client address. */
export const FREE_TRIES = { account: 5, client: 20 } as const;
const FIRST_WAIT_SECONDS = 30;
const MAX_WAIT_SECONDS = 15 * 60;
/** Failures are forgotten a day after the last one. */
const FORGET_MS = 24 * 3600_000;

interface LimitRow {
  failures: number;
  locked_until: number | null;
  last_at: number;
}

interface Reserved {
  key: string;
  before: LimitRow | undefined;
  lockedUntil: number | null;
}

export type Reservation = { ok: true; reserved: Reserved[] } | { ok: false; retryAfter: number };

/** The wait after `failures` wrong tries with `free` free ones: 30 s, 60 s, 2 min … at most 15 min. */
export function waitSeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(FIRST_WAIT_SECONDS * 2 ** Math.min(failures - free, 10), MAX_WAIT_SECONDS);
}

export function limitKeys(email: string, client: string): { key: string; free: number }[] {
  return [
    { key: `account:${email.trim().toLowerCase()}`, free: FREE_TRIES.account },
    { key: `client:${client}`, free: FREE_TRIES.client },
  ];
}

/** Reserves one attempt for the account and the client, or answers how long to wait. */
export function reserveAttempt(deps: SandboxDeps, email: string, client: string): Reservation {
  const now = deps.now().getTime();
  const get = deps.db.prepare('SELECT failures, locked_until, last_at FROM sign_in_limits WHERE key = ?');
  const put = deps.db.prepare(
    `INSERT INTO sign_in_limits (key, failures, locked_until, last_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until, last_at = excluded.last_at`,
  );
  return deps.db.transaction((): Reservation => {
    deps.db.prepare('DELETE FROM sign_in_limits WHERE last_at < ?').run(now - FORGET_MS);
    const keys = limitKeys(email, client).map((k) => ({ ...k, row: get.get(k.key) as LimitRow | undefined }));
    const lockedUntil = Math.max(0, ...keys.map((k) => k.row?.locked_until ?? 0));
    if (lockedUntil > now) return { ok: false, retryAfter: Math.ceil((lockedUntil - now) / 1000) };
    const reserved = keys.map(({ key, free, row }) => {
      const failures = (row?.failures ?? 0) + 1;
      const wait = waitSeconds(failures, free);
      const until = wait > 0 ? now + wait * 1000 : null;
      put.run(key, failures, until, now);
      return { key, before: row, lockedUntil: until };
    });
    return { ok: true, reserved };
  })();
}

/** How long the attempt's own failure locked the keys for (seconds), or 0. */
export function lockedBy(deps: SandboxDeps, reservation: Reservation & { ok: true }): number {
  const until = Math.max(0, ...reservation.reserved.map((r) => r.lockedUntil ?? 0));
  return until > 0 ? Math.ceil((until - deps.now().getTime()) / 1000) : 0;
}

/** A right password: the account starts over, and the client gets its reserved try back. */
export function refundAttempt(deps: SandboxDeps, reservation: Reservation & { ok: true }): void {
  deps.db.transaction(() => {
    for (const r of reservation.reserved) {
      if (r.key.startsWith('account:')) {
        deps.db.prepare('DELETE FROM sign_in_limits WHERE key = ?').run(r.key);
        continue;
      }
      // Undo only this attempt's share: failures counted since by others stay.
      deps.db
        .prepare(
          `UPDATE sign_in_limits SET failures = max(failures - 1, 0),
           locked_until = CASE WHEN locked_until IS ? THEN ? ELSE locked_until END WHERE key = ?`,
        )
        .run(r.lockedUntil, r.before?.locked_until ?? null, r.key);
    }
  })();
}
