// Checks an email and password under the guessing limits; shared by every hosted form that asks.
import { clientIp } from '../http/origins.js';
import { findUserByEmail, type UserRecord } from './accounts.js';
import { verifyPassword } from './passwords.js';
import { lockedBy, refundAttempt, reserveAttempt } from './sign-in-limits.js';

import type { SandboxDeps } from '../context.js';
import type { Context } from 'hono';

// Verifying a made-up hash costs as much as a real one, so unknown emails take as long.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export type PasswordCheck =
  { ok: true; user: UserRecord } | { ok: false; status: 401 | 429; error: string; retryAfter?: number };

export function tooManyAttempts(seconds: number): string {
  return `Too many attempts. Try again in ${String(seconds)} seconds.`;
}

export async function checkPassword(
  c: Context,
  deps: SandboxDeps,
  email: string,
  password: string,
): Promise<PasswordCheck> {
  const reservation = reserveAttempt(deps, email, clientIp(c));
  if (!reservation.ok) {
    return {
      ok: false,
      status: 429,
      error: tooManyAttempts(reservation.retryAfter),
      retryAfter: reservation.retryAfter,
    };
  }
  const user = email ? findUserByEmail(deps, email) : undefined;
  const valid = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
  if (user && valid) {
    refundAttempt(deps, reservation);
    return { ok: true, user };
  }
  const wait = lockedBy(deps, reservation);
  if (wait > 0) {
    return { ok: false, status: 429, error: `Wrong email or password. ${tooManyAttempts(wait)}`, retryAfter: wait };
  }
  return { ok: false, status: 401, error: 'Wrong email or password.' };
}
