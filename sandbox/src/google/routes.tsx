// The Google consent stand-in (/google) and RingPlan's consent callback (/meetauth).
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';

import { MessagePage } from '../http/layout.js';
import { fields } from '../http/validate.js';
import { ConsentPage } from './consent-page.js';
import { consumeConsentState, OTHER_GOOGLE_ACCOUNT, peekConsentState } from './consent-states.js';
import { saveGoogleCredentials } from './credentials.js';

import type { SandboxDeps } from '../context.js';
import type { Context } from 'hono';

const EXPIRED = 'This consent link is unknown, expired or already used. Start again from the app.';

const expired = (c: Context) => c.html(<MessagePage title="Consent link not valid" message={EXPIRED} />, 400);

export function googleRoutes(deps: SandboxDeps): Hono {
  const app = new Hono();
  app.get('/consent', (c) => {
    const state = c.req.query('state') ?? '';
    const found = state ? peekConsentState(deps, state) : undefined;
    if (!found) return expired(c);
    return c.html(<ConsentPage state={state} profileEmail={found.email} otherEmail={OTHER_GOOGLE_ACCOUNT} />);
  });
  return app;
}

export function meetAuthRoutes(deps: SandboxDeps): Hono {
  const app = new Hono();
  app.post('/callback', fields(expired), (c) => {
    const form = c.req.valid('form');
    const state = typeof form.state === 'string' ? form.state : '';
    const found = state ? consumeConsentState(deps, state) : undefined;
    if (!found) return expired(c);
    const account = typeof form.account === 'string' ? form.account.trim().toLowerCase() : '';
    let outcome: 'connected' | 'denied' | 'wrong_account';
    if (form.decision !== 'allow') {
      outcome = 'denied';
    } else if (account !== found.email.toLowerCase()) {
      outcome = 'wrong_account';
    } else {
      saveGoogleCredentials(deps, found.user_id, account);
      outcome = 'connected';
    }
    const back = new URL(found.redirect_uri);
    back.searchParams.set('google', outcome);
    return c.redirect(back.toString(), 302);
  });
  return app;
}
