// Unguessable, single-use consent states, bound to the user who asked for the consent URL.
import { randomToken, sha256 } from '../auth/passwords.js';

import type { SandboxDeps } from '../context.js';

const STATE_SECONDS = 15 * 60;
export const OTHER_GOOGLE_ACCOUNT = 'someone.else@gmail.com';

export function createConsentState(deps: SandboxDeps, userId: string, redirectUri: string): string {
  const state = randomToken();
  deps.db
    .prepare('INSERT INTO consent_states (state_hash, user_id, redirect_uri, expires_at) VALUES (?, ?, ?, ?)')
    .run(sha256(state), userId, redirectUri, deps.now().getTime() + STATE_SECONDS * 1000);
  return state;
}

export interface ConsentState {
  user_id: string;
  redirect_uri: string;
  email: string;
}

/** The state's user and return URL, while it is unused and fresh. */
export function peekConsentState(deps: SandboxDeps, state: string): ConsentState | undefined {
  return deps.db
    .prepare(
      `SELECT s.user_id, s.redirect_uri, u.email FROM consent_states s JOIN users u ON u.id = s.user_id
       WHERE s.state_hash = ? AND s.used_at IS NULL AND s.expires_at > ?`,
    )
    .get(sha256(state), deps.now().getTime()) as ConsentState | undefined;
}

/** Uses the state up; only the first caller gets it. */
export function consumeConsentState(deps: SandboxDeps, state: string): ConsentState | undefined {
  const found = peekConsentState(deps, state);
  if (!found) return undefined;
  const claimed = deps.db
    .prepare('UPDATE consent_states SET used_at = ? WHERE state_hash = ? AND used_at IS NULL')
    .run(deps.now().getTime(), sha256(state)).changes;
  return claimed === 1 ? found : undefined;
}

export function authUrl(deps: SandboxDeps, state: string): string {
  const url = new URL(`${deps.config.publicUrl}/google/consent`);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', 'sandbox-google-client');
  url.searchParams.set('redirect_uri', `${deps.config.publicUrl}/meetauth/callback`);
  url.searchParams.set('scope', 'https://www.googleapis.com/auth/calendar');
  url.searchParams.set('state', state);
  url.searchParams.set('access_type', 'offline');
  return url.toString();
}
