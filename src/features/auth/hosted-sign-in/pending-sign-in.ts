// The hosted sign-in in progress: its state, PKCE verifier and where to return, kept in this tab's
// sessionStorage for the round trip to the auth service (never in a URL, never shared with other tabs).
import { safeReturnPath } from '@/lib/safe-return-path';

const STORAGE_KEY = 'ringplan.pending-sign-in';
/** A sign-in left unfinished longer than this is not accepted on return. */
export const PENDING_SIGN_IN_MAX_AGE_MS = 15 * 60_000;

export interface PendingSignIn {
  state: string;
  verifier: string;
  returnTo: string;
  createdAt: number;
}

// Four fields checked by hand: this runs on the sign-in route, which should not download a schema
// library for it.
function isPendingSignIn(value: unknown): value is PendingSignIn {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.state === 'string' &&
    v.state.length >= 16 &&
    typeof v.verifier === 'string' &&
    v.verifier.length >= 43 &&
    typeof v.returnTo === 'string' &&
    typeof v.createdAt === 'number'
  );
}

export function savePendingSignIn(pending: PendingSignIn): void {
  sessionStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({ ...pending, returnTo: safeReturnPath(pending.returnTo, '/texting') }),
  );
}

/** Reads and forgets the pending sign-in: a state and verifier are used once. */
export function takePendingSignIn(now = Date.now()): PendingSignIn | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  sessionStorage.removeItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isPendingSignIn(parsed)) return null;
    if (now - parsed.createdAt > PENDING_SIGN_IN_MAX_AGE_MS) return null;
    const { state, verifier, returnTo, createdAt } = parsed;
    return { state, verifier, createdAt, returnTo: safeReturnPath(returnTo, '/texting') };
  } catch {
    return null;
  }
}
