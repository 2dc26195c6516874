// GET/POST /auth/authorize: the hosted sign-in page of Authorization Code + PKCE. The form is
// protected against login CSRF (csrf.ts) and password guessing (sign-in-limits.ts).
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';

import { MessagePage } from '../http/layout.js';
import { CLIENT_ID, isRegisteredRedirectUri } from '../http/origins.js';
import { problem } from '../http/problems.js';
import { fields } from '../http/validate.js';
import { checkCsrf, CSRF_FIELD, issueCsrfToken } from './csrf.js';
import { checkPassword } from './password-check.js';
import { currentSession, issueCode, startSession } from './sessions.js';
import { SignInPage, type SignInParams } from './sign-in-page.js';

import type { SandboxDeps } from '../context.js';
import type { Context } from 'hono';

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
  if (params.client_id !== CLIENT_ID)
    return { ok: false, message: 'This application is not registered (unknown client_id).' };
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

/** The form was posted from another site: refused, and nothing is signed in. */
export function crossSitePage(c: Context) {
  return c.html(
    <MessagePage
      title="Sign-in refused"
      message="This form was sent from another site. Nothing was signed in: open the sign-in page and sign in there."
    />,
    403,
  );
}

function binding(params: SignInParams): string {
  return [params.client_id, params.redirect_uri, params.state, params.code_challenge].join('\n');
}

function redirectWithCode(c: Context, deps: SandboxDeps, userId: string, sessionId: string, params: SignInParams) {
  const code = issueCode(deps, {
    userId,
    clientId: params.client_id,
    redirectUri: params.redirect_uri,
    codeChallenge: params.code_challenge,
    sessionId,
  });
  const target = new URL(params.redirect_uri);
  target.searchParams.set('code', code);
  target.searchParams.set('state', params.state);
  c.header('cache-control', 'no-store');
  return c.redirect(target.toString(), 302);
}

export function authorizeRoutes(deps: SandboxDeps): Hono {
  const app = new Hono();
  const page = async (
    c: Context,
    params: SignInParams,
    status: 200 | 401 | 403 | 429,
    extra: { email?: string; error?: string } = {},
  ) => {
    // Cacheable on purpose: Back from the app shows this form again instead of asking the server,
    // which, for a browser now signed in, would answer a fresh code the app never asked for.
    const csrfToken = await issueCsrfToken(c, deps, 'authorize', binding(params));
    return c.html(<SignInPage action="/auth/authorize" params={params} csrfToken={csrfToken} {...extra} />, status);
  };

  app.get('/authorize', async (c) => {
    const checked = checkParams(deps, c.req.query());
    if (!checked.ok) return errorPage(c, checked.message);
    const session = currentSession(c, deps);
    if (session) return redirectWithCode(c, deps, session.userId, session.id, checked.params);
    return page(c, checked.params, 200);
  });

  const form = fields((c) => errorPage(c, 'The sign-in form could not be read.'));
  app.post('/authorize', form, async (c) => {
    const body = c.req.valid('form');
    const checked = checkParams(deps, body);
    if (!checked.ok) return errorPage(c, checked.message);
    const email = str(body.email).trim().toLowerCase();
    const csrf = await checkCsrf(c, deps, 'authorize', binding(checked.params), body[CSRF_FIELD]);
    if (csrf === 'cross-site') return crossSitePage(c);
    if (csrf === 'bad-token') {
      return page(c, checked.params, 403, {
        email,
        error: 'This sign-in form has expired. Enter your password again.',
      });
    }
    const result = await checkPassword(c, deps, email, str(body.password));
    if (!result.ok) {
      if (result.retryAfter !== undefined) c.header('retry-after', String(result.retryAfter));
      if ((c.req.header('content-type') ?? '').includes('json')) {
        return problem(
          c,
          result.status,
          result.error,
          result.retryAfter !== undefined ? { retry_after: result.retryAfter } : undefined,
        );
      }
      return page(c, checked.params, result.status, { email, error: result.error });
    }
    const sessionId = startSession(c, deps, result.user.id);
    return redirectWithCode(c, deps, result.user.id, sessionId, checked.params);
  });
  return app;
}
