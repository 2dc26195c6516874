// The auth service's own pages for a developer following the guide: a sign-in page at the auth
// root (/auth/) that ends on /auth/show-token, and show-token itself (HTML for a browser, the
// token document as JSON otherwise).
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';

import { Layout, pageCsp } from '../http/layout.js';
import { problem } from '../http/problems.js';
import { fields } from '../http/validate.js';
import { findUserById } from './accounts.js';
import { crossSitePage } from './authorize.js';
import { checkCsrf, CSRF_FIELD, issueCsrfToken } from './csrf.js';
import { checkPassword } from './password-check.js';
import { currentSession, startSession } from './sessions.js';
import {
  SHOW_TOKEN_SCRIPT,
  SHOW_TOKEN_SCRIPT_PATH,
  SHOW_TOKEN_STYLES,
  SHOW_TOKEN_STYLES_PATH,
  ShowTokenPage,
} from './show-token-page.js';
import { SignInPage } from './sign-in-page.js';
import { issueTokenDocument } from './tokens.js';

import type { SandboxDeps } from '../context.js';
import type { Context } from 'hono';

const LEAD = 'Sign in to see your id_token and refresh_token: after signing in you land on the show-token page.';

function wantsHtml(c: Context): boolean {
  return (c.req.header('accept') ?? '').includes('text/html');
}

export function developerPageRoutes(deps: SandboxDeps): Hono {
  const app = new Hono();
  const signInPage = async (
    c: Context,
    status: 200 | 401 | 403 | 429,
    extra: { email?: string; error?: string } = {},
  ) => {
    const csrfToken = await issueCsrfToken(c, deps, 'root', '');
    c.header('cache-control', 'no-store');
    return c.html(<SignInPage action="/auth/" csrfToken={csrfToken} lead={LEAD} {...extra} />, status);
  };

  const rootPage = (c: Context) => {
    if (currentSession(c, deps)) return c.redirect('/auth/show-token', 302);
    return signInPage(c, 200);
  };
  const rootForm = fields((c) => signInPage(c, 403, { error: 'The sign-in form could not be read.' }));
  const rootPost = async (c: Context, body: Record<string, unknown>) => {
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
    const csrf = await checkCsrf(c, deps, 'root', '', body[CSRF_FIELD]);
    if (csrf === 'cross-site') return crossSitePage(c);
    if (csrf === 'bad-token')
      return signInPage(c, 403, { email, error: 'This sign-in form has expired. Enter your password again.' });
    const result = await checkPassword(c, deps, email, typeof body.password === 'string' ? body.password : '');
    if (!result.ok) {
      if (result.retryAfter !== undefined) c.header('retry-after', String(result.retryAfter));
      return signInPage(c, result.status, { email, error: result.error });
    }
    startSession(c, deps, result.user.id);
    c.header('cache-control', 'no-store');
    return c.redirect('/auth/show-token', 303);
  };
  // The root answers as /auth and as /auth/ (a mounted app's "/" only matches the first).
  app.get('/', rootPage);
  app.post('/', rootForm, (c) => rootPost(c, c.req.valid('form')));
  app.on(['GET', 'POST'], '*', async (c, next) => {
    if (c.req.path !== '/auth/') return next();
    if (c.req.method === 'GET') return rootPage(c);
    // The same form check as POST / above, run by hand: no route path matches /auth/ alone.
    let signedIn: Response | undefined;
    const refused = await rootForm(c, async () => {
      signedIn = await rootPost(c, (c.req.valid as (target: 'form') => Record<string, unknown>)('form'));
    });
    return refused ?? signedIn;
  });

  app.get('/show-token', async (c) => {
    const session = currentSession(c, deps);
    const doc = session ? await issueTokenDocument(deps, session.userId, session.id) : null;
    c.header('cache-control', 'no-store');
    if (!wantsHtml(c)) {
      if (!doc) return problem(c, 401, 'Sign in first: this browser has no signed-in session.');
      return c.json(doc);
    }
    if (!doc || !session) {
      return c.html(
        <Layout title="Sign in first">
          <h1>Sign in first</h1>
          <p>This browser has no signed-in session, so there are no tokens to show.</p>
          <p>
            <a href="/auth/">Sign in to RingPlan</a>
          </p>
        </Layout>,
        401,
      );
    }
    c.header('content-security-policy', `${pageCsp(deps.config.appOrigins)}; script-src 'self'`);
    return c.html(<ShowTokenPage document={doc} email={findUserById(deps, session.userId)?.email ?? ''} />);
  });

  app.get(SHOW_TOKEN_SCRIPT_PATH.replace('/auth', ''), (c) =>
    c.body(SHOW_TOKEN_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }),
  );
  app.get(SHOW_TOKEN_STYLES_PATH.replace('/auth', ''), (c) =>
    c.body(SHOW_TOKEN_STYLES, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' }),
  );
  return app;
}
