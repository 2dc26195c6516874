// The hosted sign-in in progress: its state, PKCE verifier and where to return, kept in this tab's
// sessionStorage for the round trip to the auth service (never in a URL, never shared with other tabs).
import { z } from 'zod';
import { safeReturnPath } from '@/lib/safe-return-path';

const STORAGE_KEY = 'ringplan.pending-sign-in';
/** A sign-in left unfinished longer than this is not accepted on return. */
export const PENDING_SIGN_IN_MAX_AGE_MS = 15 * 60_000;

const pendingSchema = z.object({
  state: z.string().min(16),
  verifier: z.string().min(43),
  returnTo: z.string(),
  createdAt: z.number(),
});

export type PendingSignIn = z.infer<typeof pendingSchema>;

export function savePendingSignIn(pending: PendingSignIn): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ ...pending, returnTo: safeReturnPath(pending.returnTo, '/texting') }));
}

/** Reads and forgets the pending sign-in: a state and verifier are used once. */
export function takePendingSignIn(now = Date.now()): PendingSignIn | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  sessionStorage.removeItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = pendingSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    if (now - parsed.data.createdAt > PENDING_SIGN_IN_MAX_AGE_MS) return null;
    return { ...parsed.data, returnTo: safeReturnPath(parsed.data.returnTo, '/texting') };
  } catch {
    return null;
  }
}
