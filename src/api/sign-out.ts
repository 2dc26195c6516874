// Signing out: the tokens leave this browser first (every tab follows through the storage event),
// the refresh token's chain is revoked, then the browser goes to the auth service's sign-out
// (OpenID Connect end_session_endpoint), which ends the hosted session and its cookie and returns
// to the sign-in page. So "Sign in" afterwards asks for the password again.
// The user's data kept in this browser (src/api/user-data.ts) is forgotten before leaving.
// No token goes in the address bar: the chain is revoked by a call, the session found by its cookie.
import { auth } from '@/api/auth-client';
import { getConfig, logoutUrl } from '@/api/config';
import { SessionEndedError } from '@/api/errors';
import { expiresSoon, refreshSession } from '@/api/refresh';
import { sessionStore } from '@/api/session-store';
import { forgetUserData } from '@/api/user-data';

/** The revocation is best effort: a service without it, or no network, must not keep the user in. */
const REVOKE_TIMEOUT_MS = 3000;

/** The auth service's sign-out address, returning to this app's sign-in page. */
export function signOutUrl(origin = window.location.origin): string {
  const url = new URL(logoutUrl());
  url.searchParams.set('client_id', getConfig().clientId);
  url.searchParams.set('post_logout_redirect_uri', `${origin}/sign-in`);
  return url.toString();
}

async function revokeQuietly(refreshToken: string): Promise<void> {
  try {
    await auth().POST('/revoke', { body: { token: refreshToken }, signal: AbortSignal.timeout(REVOKE_TIMEOUT_MS) });
  } catch {
    // Offline or not offered: the hosted sign-out still ends the session this browser started.
  }
}

type Go = (url: string) => void;
const leaveForUrl: Go = (url) => window.location.assign(url);

/** Nothing of the user stays in this browser: their seen positions go with the session. */
export async function signOut(go: Go = leaveForUrl): Promise<void> {
  const session = sessionStore.get().session;
  sessionStore.get().signedOut();
  // Nothing of this user stays in the browser: the cache, the outbox and the rest go before it leaves.
  await Promise.all([session ? revokeQuietly(session.refreshToken) : undefined, forgetUserData()]);
  go(signOutUrl());
}

/** Ends every session of the user on every device, then signs this browser out. */
export async function signOutEverywhere(go: Go = leaveForUrl): Promise<void> {
  let session = sessionStore.get().session;
  if (!session) throw new SessionEndedError();
  if (expiresSoon(session)) session = await refreshSession(session.idToken);
  await auth().POST('/logout-everywhere', { headers: { authorization: session.idToken } });
  await signOut(go);
}
