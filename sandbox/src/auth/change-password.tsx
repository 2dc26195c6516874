// GET/POST /auth/change-password?return_to=<app URL>: the hosted page where a user changes their
// password, with the sign-in form's CSRF protection and guessing limits. On success the browser
// goes back to return_to with `password=changed`, and the user's other sessions are ended.
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';

import { MessagePage } from '../http/layout.js';
import { isAppUrl } from '../http/origins.js';
import { fields } from '../http/validate.js';
import { findUserById } from './accounts.js';
import { crossSitePage } from './authorize.js';
import { ChangePasswordPage } from './change-password-page.js';
import { checkCsrf, CSRF_FIELD, issueCsrfToken } from './csrf.js';
import { checkPassword } from './password-check.js';
import { hashPassword } from './passwords.js';
import { currentSession, endAllSessions } from './sessions.js';

import type { SandboxDeps } from '../context.js';
import type { Context } from 'hono';

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function newPasswordProblem(current: string, next: string, confirm: string): string | null {
  if (next.length < 8) return 'The new password must have at least 8 characters.';
  if (next.length > 200) return 'The new password can have at most 200 characters.';
  if (next !== confirm) return 'The two new passwords are not the same.';
  if (next === current) return 'The new password must differ from the current one.';
  return null;
}

export function changePasswordRoutes(deps: SandboxDeps): Hono {
  const app = new Hono();
  const page = async (
    c: Context,
    returnTo: string,
    status: 200 | 401 | 403 | 422 | 429,
    extra: { email?: string; error?: string } = {},
  ) => {
    const csrfToken = await issueCsrfToken(c, deps, 'change-password', returnTo);
    const session = currentSession(c, deps);
    const email = extra.email ?? (session ? findUserById(deps, session.userId)?.email : undefined);
    c.header('cache-control', 'no-store');
    return c.html(
      <ChangePasswordPage returnTo={returnTo} csrfToken={csrfToken} email={email} error={extra.error} />,
      status,
    );
  };
  const badReturn = (c: Context) =>
    c.html(
      <MessagePage
        title="Change password request rejected"
        message="The return_to address is not on a registered app origin."
      />,
      400,
    );

  app.get('/change-password', (c) => {
    const returnTo = c.req.query('return_to') ?? '';
    if (!isAppUrl(deps.config, returnTo)) return badReturn(c);
    return page(c, returnTo, 200);
  });

  app.post('/change-password', fields(badReturn), async (c) => {
    const body = c.req.valid('form');
    const returnTo = str(body.return_to);
    if (!isAppUrl(deps.config, returnTo)) return badReturn(c);
    const email = str(body.email).trim().toLowerCase();
    const csrf = await checkCsrf(c, deps, 'change-password', returnTo, body[CSRF_FIELD]);
    if (csrf === 'cross-site') return crossSitePage(c);
    if (csrf === 'bad-token')
      return page(c, returnTo, 403, { email, error: 'This form has expired. Enter your passwords again.' });
    const current = str(body.current_password);
    const next = str(body.new_password);
    const invalid = newPasswordProblem(current, next, str(body.confirm_password));
    if (invalid) return page(c, returnTo, 422, { email, error: invalid });
    const result = await checkPassword(c, deps, email, current);
    if (!result.ok) {
      if (result.retryAfter !== undefined) c.header('retry-after', String(result.retryAfter));
      return page(c, returnTo, result.status, { email, error: result.error });
    }
    const hash = await hashPassword(next);
    const session = currentSession(c, deps);
    const keep = session?.userId === result.user.id ? session.id : undefined;
    deps.db.transaction(() => {
      deps.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hash, result.user.id);
      // Whoever knew the old password is signed out; this browser's own session stays.
      endAllSessions(deps, result.user.id, keep);
    })();
    const target = new URL(returnTo);
    target.searchParams.set('password', 'changed');
    c.header('cache-control', 'no-store');
    return c.redirect(target.toString(), 303);
  });
  return app;
}
