// Finishing the hosted sign-in on /auth/callback: check the state, exchange the code (once), sign in.
import { auth } from '@/api/auth-client';
import { getConfig } from '@/api/config';
import { isApiError, NetworkError } from '@/api/errors';
import { sessionStore } from '@/api/session-store';
import { callbackUrl } from '@/features/auth/hosted-sign-in/hosted-sign-in';
import { takePendingSignIn } from '@/features/auth/hosted-sign-in/pending-sign-in';
import { sameState } from '@/features/auth/hosted-sign-in/pkce';

export type CallbackFailure =
  | { kind: 'denied' }
  | { kind: 'provider-error'; detail: string }
  | { kind: 'missing-code' }
  | { kind: 'no-pending' }
  | { kind: 'state-mismatch' }
  | { kind: 'code-rejected'; detail: string }
  | { kind: 'unreachable' };

export type CallbackResult = { ok: true; returnTo: string } | { ok: false; failure: CallbackFailure };

async function completeSignIn(search: string): Promise<CallbackResult> {
  const params = new URLSearchParams(search);
  const error = params.get('error');
  const code = params.get('code');
  const state = params.get('state');
  // Whatever happens, this tab's pending sign-in is spent: a state is accepted once.
  const pending = takePendingSignIn();
  if (error === 'access_denied') return { ok: false, failure: { kind: 'denied' } };
  if (error) {
    return { ok: false, failure: { kind: 'provider-error', detail: params.get('error_description') ?? error } };
  }
  if (!code) return { ok: false, failure: { kind: 'missing-code' } };
  if (!pending) return { ok: false, failure: { kind: 'no-pending' } };
  if (!state || !sameState(pending.state, state)) return { ok: false, failure: { kind: 'state-mismatch' } };

  try {
    const { data } = await auth().POST('/token', {
      body: {
        grant_type: 'authorization_code',
        code,
        code_verifier: pending.verifier,
        redirect_uri: callbackUrl(),
        client_id: getConfig().clientId,
      },
    });
    sessionStore.get().signedIn({ id_token: data.id_token, refresh_token: data.refresh_token });
    return { ok: true, returnTo: pending.returnTo };
  } catch (caught) {
    if (caught instanceof NetworkError || !isApiError(caught)) return { ok: false, failure: { kind: 'unreachable' } };
    return { ok: false, failure: { kind: 'code-rejected', detail: caught.problem.detail } };
  }
}

// A code is single-use: React's StrictMode runs effects twice, and both runs must share one exchange.
const exchanges = new Map<string, Promise<CallbackResult>>();

export function finishHostedSignIn(search: string): Promise<CallbackResult> {
  let exchange = exchanges.get(search);
  if (!exchange) {
    exchange = completeSignIn(search);
    exchanges.set(search, exchange);
  }
  return exchange;
}

/** For tests: forget the exchanges already made. */
export function forgetExchanges(): void {
  exchanges.clear();
}
