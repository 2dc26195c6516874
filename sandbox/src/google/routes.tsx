// The Google consent stand-in (/google) and RingPlan's consent callback (/meetauth).
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';

import { sha256, randomToken } from '../auth/passwords.js';
import { readFields } from '../http/body.js';
import { MessagePage } from '../http/layout.js';
import { ConsentPage } from './consent-page.js';
import { consumeConsentState, OTHER_GOOGLE_ACCOUNT, peekConsentState } from './consent-states.js';

import type { SandboxDeps } from '../context.js';

const EXPIRED = 'This consent link is unknown, expired or already used. Start again from the app.';

export function googleRoutes(deps: SandboxDeps): Hono {
  const app = new Hono();
  app.get('/consent', (c) => {
    const state = c.req.query('state') ?? '';
    const found = state ? peekConsentState(deps, state) : undefined;
    if (!found) return c.html(<MessagePage title="Consent link not valid" message={EXPIRED} />, 400);
    return c.html(<ConsentPage state={state} profileEmail={found.email} otherEmail={OTHER_GOOGLE_ACCOUNT} />);
  });
  return app;
}

export function meetAuthRoutes(deps: SandboxDeps): Hono {
  const app = new Hono();
  app.post('/callback', async (c) => {
    const body = await readFields(c);
    const fields = body.ok ? body.data : {};
    const state = typeof fields.state === 'string' ? fields.state : '';
    const found = state ? consumeConsentState(deps, state) : undefined;
    if (!found) return c.html(<MessagePage title="Consent link not valid" message={EXPIRED} />, 400);
    const account = typeof fields.account === 'string' ? fields.account.trim().toLowerCase() : '';
    let outcome: 'connected' | 'denied' | 'wrong_account';
    if (fields.decision !== 'allow') {
      outcome = 'denied';
    } else if (account !== found.email.toLowerCase()) {
      outcome = 'wrong_account';
    } else {
      deps.db
        .prepare(
          `INSERT INTO google_credentials (user_id, google_email, refresh_token_hash, created_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (user_id) DO UPDATE SET google_email = excluded.google_email,
             refresh_token_hash = excluded.refresh_token_hash, created_at = excluded.created_at`,
        )
        .run(found.user_id, account, sha256(randomToken()), deps.now().getTime());
      outcome = 'connected';
    }
    const back = new URL(found.redirect_uri);
    back.searchParams.set('google', outcome);
    return c.redirect(back.toString(), 302);
  });
  return app;
}
