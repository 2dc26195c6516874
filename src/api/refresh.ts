// Renewing the id_token: one refresh at a time, in this tab and across tabs.
//
// The auth service rotates refresh tokens (a used one is rejected), so two refreshes racing with the
// same refresh token would end the session. Inside a tab, concurrent callers share one promise; across
// tabs, a Web Lock serialises refreshes and the tab that waited re-reads storage first, finding the pair
// the other tab already stored.
import { auth } from '@/api/auth-client';
import { isApiError, SessionEndedError } from '@/api/errors';
import { sessionStore, type Session, type TokenPair } from '@/api/session-store';

/** Refresh this long before the id_token expires, so a call never leaves with a token about to lapse. */
export const REFRESH_MARGIN_MS = 60_000;

/**
 * The margin for this token: 60 s, or a fifth of its lifetime when that is shorter. RingPlan's tokens
 * live 8 hours; a token that lives 5 s (as the sandbox can issue) would otherwise always be "expiring",
 * and every call would renew it.
 */
export function refreshMargin(session: Session): number {
  if (session.issuedAt === undefined) return REFRESH_MARGIN_MS;
  return Math.min(REFRESH_MARGIN_MS, Math.max(0, session.expiresAt - session.issuedAt) / 5);
}

let inFlight: Promise<Session> | null = null;

export function expiresSoon(session: Session, now = Date.now()): boolean {
  return session.expiresAt - now <= refreshMargin(session);
}

function currentPath(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}

async function withCrossTabLock<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    return navigator.locks.request('ringplan.token-refresh', work);
  }
  return work();
}

async function requestNewPair(refreshToken: string): Promise<TokenPair> {
  // The contract takes the refresh token in the query string: a background call, never a URL the user
  // sees, keeps or shares.
  try {
    const { data } = await auth().GET('/refresh-token', { params: { query: { refresh_token: refreshToken } } });
    return data;
  } catch (error) {
    if (isApiError(error) && [400, 401, 403].includes(error.status)) throw new SessionEndedError();
    throw error;
  }
}

async function refreshNow(staleIdToken: string | undefined): Promise<Session> {
  return withCrossTabLock(async () => {
    await sessionStore.rehydrate();
    const before = sessionStore.get().session;
    if (!before) throw new SessionEndedError();
    // Another tab (or an earlier caller) already renewed the token this caller saw fail or near expiry.
    if (before.idToken !== staleIdToken && !expiresSoon(before)) return before;
    try {
      const pair = await requestNewPair(before.refreshToken);
      sessionStore.get().tokensRefreshed(pair);
    } catch (error) {
      if (error instanceof SessionEndedError) sessionStore.get().sessionEnded(currentPath());
      throw error;
    }
    const after = sessionStore.get().session;
    if (!after) throw new SessionEndedError();
    return after;
  });
}

/**
 * Renews the session once, however many callers ask at the same time. `staleIdToken` is the token the
 * caller found expiring or saw rejected; if the stored one is already newer, no request is made.
 */
export function refreshSession(staleIdToken?: string): Promise<Session> {
  inFlight ??= refreshNow(staleIdToken).finally(() => {
    inFlight = null;
  });
  return inFlight;
}
