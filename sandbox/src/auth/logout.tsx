// Sign-out: OpenID Connect RP-initiated logout (GET /auth/logout, the discovery document's
// end_session_endpoint), token revocation (POST /auth/revoke, RFC 7009) and "sign out everywhere"
// (POST /auth/logout-everywhere).
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';

import { MessagePage } from '../http/layout.js';
import { isAppUrl } from '../http/origins.js';
import { problem } from '../http/problems.js';
import { fields } from '../http/validate.js';
import { verifyIdToken, verifyIdTokenHint } from './id-token.js';
import { sha256 } from './passwords.js';
import { clearSessionCookie, currentSession, endAllSessions, endSessions } from './sessions.js';
import { revokeChain } from './tokens.js';

import type { SandboxDeps } from '../context.js';
import type { Context } from 'hono';

function logoutError(c: Context, message: string) {
  return c.html(<MessagePage title="Sign-out request rejected" message={message} />, 400);
}

export function logoutRoutes(deps: SandboxDeps): Hono {
  const app = new Hono();
  // Ends this browser's session (its cookie) and the session the id_token_hint names, revoking the
  // refresh-token chains they started, then sends the browser back to the app (or to the auth root).
  // Nothing is ended when the return address is refused, so a bad link signs nobody out.
  app.get('/logout', async (c) => {
    const returnTo = c.req.query('post_logout_redirect_uri');
    const hint = c.req.query('id_token_hint');
    const state = c.req.query('state');
    if (returnTo !== undefined && !isAppUrl(deps.config, returnTo)) {
      return logoutError(c, 'The post_logout_redirect_uri is not on a registered app origin.');
    }
    const sessionIds: string[] = [];
    if (hint) {
      const claims = await verifyIdTokenHint(deps, hint);
      if (!claims) return logoutError(c, 'The id_token_hint is not an id_token this service issued.');
      if (typeof claims.sid === 'string') sessionIds.push(claims.sid);
    }
    const session = currentSession(c, deps);
    if (session) sessionIds.push(session.id);
    endSessions(deps, sessionIds);
    clearSessionCookie(c);
    c.header('cache-control', 'no-store');
    if (returnTo === undefined) return c.redirect('/auth/', 302);
    const target = new URL(returnTo);
    if (state) target.searchParams.set('state', state);
    return c.redirect(target.toString(), 302);
  });

  // Revokes a refresh token's chain and ends the browser session that started it. The app calls it
  // before navigating to /logout, so its own chain ends even when the hosted session's cookie has
  // expired, without putting a token in the address bar. As RFC 7009 asks, an unknown or already
  // revoked token answers 200 too.
  app.post('/revoke', fields(), (c) => {
    const token = c.req.valid('form').token;
    if (typeof token !== 'string' || token === '' || token.length > 512) {
      return problem(c, 400, 'The token parameter is missing.', { error: 'invalid_request' });
    }
    const row = deps.db
      .prepare('SELECT chain_id, session_id FROM refresh_tokens WHERE token_hash = ?')
      .get(sha256(token)) as { chain_id: string; session_id: string | null } | undefined;
    if (row) {
      deps.db.transaction(() => {
        if (row.session_id) endSessions(deps, [row.session_id]);
        revokeChain(deps, row.chain_id);
      })();
    }
    c.header('cache-control', 'no-store');
    return c.json({ revoked: true });
  });

  // Every hosted session and refresh-token chain of the user, on every device.
  app.post('/logout-everywhere', async (c) => {
    const raw = c.req
      .header('authorization')
      ?.trim()
      .replace(/^Bearer\s+/i, '');
    if (!raw) return problem(c, 401, 'The authorization header with an id_token is missing');
    const claims = await verifyIdToken(deps, raw);
    if (!claims?.sub) return problem(c, 401, 'The id_token is invalid or expired');
    const ended = endAllSessions(deps, claims.sub);
    clearSessionCookie(c);
    c.header('cache-control', 'no-store');
    return c.json({ sessions_ended: ended.sessions, refresh_tokens_revoked: ended.refreshTokens });
  });

  app.get('/.well-known/openid-configuration', (c) => {
    const issuer = `${deps.config.publicUrl}/auth`;
    return c.json({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      end_session_endpoint: `${issuer}/logout`,
      revocation_endpoint: `${issuer}/revoke`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
      scopes_supported: ['openid', 'offline_access'],
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'given_name', 'family_name', 'emails', 'sid'],
    });
  });
  return app;
}
