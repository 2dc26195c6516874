// Starting the hosted sign-in (Authorization Code + PKCE). Finishing it on /auth/callback is in
// hosted-sign-in-callback.ts, so the sign-in page does not download the token exchange.
import { getConfig } from '@/api/config';
import { savePendingSignIn } from '@/features/auth/hosted-sign-in/pending-sign-in';
import { codeChallengeFor, createCodeVerifier, randomUrlSafe } from '@/features/auth/hosted-sign-in/pkce';
import { safeReturnPath } from '@/lib/safe-return-path';

export function callbackUrl(origin = window.location.origin): string {
  return `${origin}/auth/callback`;
}

/** The auth service's sign-in URL for a fresh state and verifier, which are saved for the return. */
export async function prepareHostedSignIn(returnTo: string | null | undefined): Promise<string> {
  const state = randomUrlSafe(32);
  const verifier = createCodeVerifier();
  const challenge = await codeChallengeFor(verifier);
  savePendingSignIn({ state, verifier, returnTo: safeReturnPath(returnTo, '/texting'), createdAt: Date.now() });
  const { authBaseUrl, clientId } = getConfig();
  const query = new URLSearchParams({
    client_id: clientId,
    redirect_uri: callbackUrl(),
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    response_type: 'code',
  });
  return `${authBaseUrl}/authorize?${query.toString()}`;
}

/** Sends the browser to the hosted sign-in page. */
export async function startHostedSignIn(returnTo: string | null | undefined): Promise<void> {
  window.location.assign(await prepareHostedSignIn(returnTo));
}
