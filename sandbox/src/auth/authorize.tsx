// GET/POST /auth/authorize: the hosted sign-in page of Authorization Code + PKCE.
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Context, Hono } from 'hono';
import type { SandboxDeps } from '../context.js';
import { readFields } from '../http/fields.js';
import { CLIENT_ID, isRegisteredRedirectUri } from '../http/origins.js';
import { MessagePage } from '../pages/layout.js';
import { SignInPage, type SignInParams } from '../pages/sign-in-page.js';
import { findUserByEmail } from './accounts.js';
import { verifyPassword } from './passwords.js';
import { issueCode, sessionUserId, startSession } from './sessions.js';

// Verifying a made-up hash costs as much as a real one, so unknown emails take as long.
const DUMMY_HASH =
  'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

type Checked = { ok: true; params: SignInParams } | { ok: false; message: string };

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function checkParams(deps: SandboxDeps, input: Record<string, unknown>): Checked {
  const params: SignInParams = {
    client_id: str(input.client_id),
    redirect_uri: str(input.redirect_uri),
    state: str(input.state),
    code_challenge: str(input.code_challenge),
    code_challenge_method: str(input.code_challenge_method),
  };
  if (params.client_id !== CLIENT_ID) return { ok: false, message: 'This application is not registered (unknown client_id).' };
  if (!isRegisteredRedirectUri(deps.config, params.redirect_uri)) {
    return { ok: false, message: 'The redirect_uri is not registered for this application.' };
  }
  if (params.state.length < 16 || params.state.length > 512) {
    return { ok: false, message: 'The state parameter is missing or too short.' };
  }
  if (!/^[A-Za-z0-9_-]{43}$/.test(params.code_challenge) || params.code_challenge_method !== 'S256') {
    return { ok: false, message: 'A PKCE code_challenge with code_challenge_method=S256 is required.' };
  }
  if (input.response_type !== undefined && input.response_type !== 'code') {
    return { ok: false, message: 'Only response_type=code is supported.' };
  }
  return { ok: true, params };
}

function errorPage(c: Context, message: string) {
  return c.html(<MessagePage title="Sign-in request rejected" message={message} />, 400);
}

function redirectWithCode(c: Context, deps: SandboxDeps, userId: string, params: SignInParams) {
  const code = issueCode(deps, {
    userId,
    clientId: params.client_id,
    redirectUri: params.redirect_uri,
    codeChallenge: params.code_challenge,
  });
  const target = new URL(params.redirect_uri);
  target.searchParams.set('code', code);
  target.searchParams.set('state', params.state);
  c.header('cache-control', 'no-store');
  return c.redirect(target.toString(), 302);
}

export function mountAuthorize(app: Hono, deps: SandboxDeps): void {
  app.get('/authorize', (c) => {
    const checked = checkParams(deps, c.req.query());
    if (!checked.ok) return errorPage(c, checked.message);
    const userId = sessionUserId(c, deps);
    if (userId) return redirectWithCode(c, deps, userId, checked.params);
    return c.html(<SignInPage params={checked.params} />);
  });

  app.post('/authorize', async (c) => {
    const body = await readFields(c);
    if (!body.ok) return errorPage(c, 'The sign-in form could not be read.');
    const checked = checkParams(deps, body.data);
    if (!checked.ok) return errorPage(c, checked.message);
    const email = str(body.data.email).trim().toLowerCase();
    const password = str(body.data.password);
    const user = email ? findUserByEmail(deps, email) : undefined;
    const valid = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
    if (!user || !valid) {
      return c.html(
        <SignInPage params={checked.params} email={email} error="Wrong email or password." />,
        401,
      );
    }
    startSession(c, deps, user.id);
    return redirectWithCode(c, deps, user.id, checked.params);
  });
}
