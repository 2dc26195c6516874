// Sign-out, refresh-token chains, login CSRF, guessing limits, change password and the developer
// pages of the auth service. Limits are tested with 50 requests at once.
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectMatchesContract } from './contract.js';
import {
  APP,
  authorizeQuery,
  cookieSet,
  createSandbox,
  openForm,
  pkce,
  REDIRECT_URI,
  signInForm,
  type Sandbox,
} from './fixture.js';

let sb: Sandbox;
beforeAll(async () => {
  sb = await createSandbox();
});
afterAll(() => sb.close());

const KEY = 'b6ae17b92f60d3110c2cDsI90!dK5!1P';
let users = 0;
let clients = 0;
/** A fresh client address, so one test's wrong passwords do not lock another's. */
const newClient = () => `10.0.${String(Math.floor(++clients / 250))}.${String(clients % 250)}`;

async function register(password = 'right-password'): Promise<string> {
  const email = `trust-${String(++users)}@example.com`;
  const res = await sb.call('POST', '/auth/api/user/register', {
    json: { first_name: 'T', last_name: 'U', email, company: `T ${String(users)}`, key: KEY, pwd: password },
  });
  expect(res.status).toBe(201);
  return email;
}

function post(
  path: string,
  fields: Record<string, string>,
  opts: { cookie?: string; client?: string; headers?: Record<string, string>; json?: boolean } = {},
) {
  const headers: Record<string, string> = {
    'content-type': opts.json ? 'application/json' : 'application/x-www-form-urlencoded',
    'sec-fetch-site': 'same-origin',
    ...(opts.cookie ? { cookie: opts.cookie } : {}),
    ...opts.headers,
  };
  const body = opts.json ? JSON.stringify(fields) : new URLSearchParams(fields).toString();
  return sb.app.request(
    path,
    { method: 'POST', headers, body },
    { incoming: { socket: { remoteAddress: opts.client ?? newClient() } } },
  );
}

async function exchange(code: string, verifier: string) {
  const res = await sb.app.request('/auth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: REDIRECT_URI,
    }).toString(),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { id_token: string; refresh_token: string };
}

/** A hosted sign-in: the browser's session cookie and the app's tokens. */
async function signedIn(email = 'demo@example.com', password = 'demo-password') {
  const { verifier, challenge } = pkce();
  const { code, cookie } = await signInForm(sb, challenge, email, password, newClient());
  expect(cookie).toMatch(/^ringplan_session=/);
  return { cookie, ...(await exchange(code ?? '', verifier)) };
}

const refresh = (token: string) =>
  Promise.resolve(sb.app.request(`/auth/refresh-token?refresh_token=${encodeURIComponent(token)}`));
const showToken = (cookie: string) => sb.app.request('/auth/show-token', { headers: { cookie } });

describe('sign-out (RP-initiated logout)', () => {
  it('is listed in the discovery document', async () => {
    const res = await sb.app.request('/auth/.well-known/openid-configuration');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Record<string, unknown>;
    expectMatchesContract('auth', 'getOpenIdConfiguration', 200, doc);
    expect(doc.end_session_endpoint).toBe('http://localhost:4010/auth/logout');
    expect(doc.issuer).toBe(decodeJwt(await sb.tokenFor('demo@example.com')).iss);
  });

  it('ends the hosted session and revokes its refresh-token chain, then returns to the app', async () => {
    const session = await signedIn();
    const rotated = (await (await refresh(session.refresh_token)).json()) as { refresh_token: string };
    const res = await sb.app.request(
      `/auth/logout?post_logout_redirect_uri=${encodeURIComponent(`${APP}/sign-in`)}&state=s1`,
      { headers: { cookie: session.cookie } },
    );
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${APP}/sign-in?state=s1`);
    expect(res.headers.getSetCookie().join()).toMatch(/ringplan_session=;.*Max-Age=0/);
    expect((await refresh(rotated.refresh_token)).status).toBe(401);
    expect((await showToken(session.cookie)).status).toBe(401);
    // "Sign in" again shows the password form: no silent re-entry with the old cookie.
    const again = await sb.app.request(`/auth/authorize?${authorizeQuery(pkce().challenge)}`, {
      headers: { cookie: session.cookie },
    });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('<label for="password">Password</label>');
  });

  it('ends the session the id_token_hint names, even without the cookie', async () => {
    const session = await signedIn();
    const other = await signedIn();
    const res = await sb.app.request(
      `/auth/logout?post_logout_redirect_uri=${encodeURIComponent(`${APP}/sign-in`)}&id_token_hint=${session.id_token}`,
    );
    expect(res.status).toBe(302);
    expect((await refresh(session.refresh_token)).status).toBe(401);
    expect((await showToken(session.cookie)).status).toBe(401);
    // Another sign-in of the same user is another session: it stays.
    expect((await refresh(other.refresh_token)).status).toBe(200);
    expect((await showToken(other.cookie)).status).toBe(200);
  });

  it('refuses a return address off the registered origins, and a forged hint, ending nothing', async () => {
    const session = await signedIn();
    for (const target of [
      'https://evil.example/sign-in',
      'http://localhost:5173@evil.example/',
      'javascript:alert(1)',
    ]) {
      const res = await sb.app.request(`/auth/logout?post_logout_redirect_uri=${encodeURIComponent(target)}`, {
        headers: { cookie: session.cookie },
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
    }
    const [head, body] = session.id_token.split('.');
    const forged = await sb.app.request(`/auth/logout?id_token_hint=${head ?? ''}.${body ?? ''}.AAAA`);
    expect(forged.status).toBe(400);
    expect((await showToken(session.cookie)).status).toBe(200);
    expect((await refresh(session.refresh_token)).status).toBe(200);
  });

  it("/revoke ends a refresh token's chain and the session that started it, for a token the app holds", async () => {
    const session = await signedIn();
    const rotated = (await (await refresh(session.refresh_token)).json()) as { refresh_token: string };
    const res = await sb.call('POST', '/auth/revoke', { json: { token: rotated.refresh_token } });
    expect(res.status).toBe(200);
    expectMatchesContract('auth', 'revokeToken', 200, await res.json());
    expect((await refresh(rotated.refresh_token)).status).toBe(401);
    expect((await showToken(session.cookie)).status).toBe(401);
    expect((await sb.call('POST', '/auth/revoke', { json: { token: 'unknown' } })).status).toBe(200);
    const missing = await sb.call('POST', '/auth/revoke', { json: {} });
    expect(missing.status).toBe(400);
    expectMatchesContract('auth', 'revokeToken', 400, await missing.json());
  });

  it('without a return address ends on the auth root sign-in page', async () => {
    const session = await signedIn();
    const res = await sb.app.request('/auth/logout', { headers: { cookie: session.cookie } });
    expect(res.headers.get('location')).toBe('/auth/');
    expect((await showToken(session.cookie)).status).toBe(401);
  });

  it('"sign out everywhere" ends every session and chain of the user, and only theirs', async () => {
    const email = await register();
    const a = await signedIn(email, 'right-password');
    const b = await signedIn(email, 'right-password');
    const demo = await signedIn();
    expect((await sb.app.request('/auth/logout-everywhere', { method: 'POST' })).status).toBe(401);
    const res = await sb.app.request('/auth/logout-everywhere', {
      method: 'POST',
      headers: { authorization: a.id_token },
    });
    expect(res.status).toBe(200);
    const answer = await res.json();
    expectMatchesContract('auth', 'logoutEverywhere', 200, answer);
    expect(answer).toEqual({ sessions_ended: 2, refresh_tokens_revoked: 2 });
    for (const s of [a, b]) {
      expect((await refresh(s.refresh_token)).status).toBe(401);
      expect((await showToken(s.cookie)).status).toBe(401);
    }
    expect((await refresh(demo.refresh_token)).status).toBe(200);
  });
});

describe('refresh-token chains', () => {
  it('50 parallel uses of one token: one rotation wins, and the reuse revokes its successor', async () => {
    const { refresh_token } = await signedIn();
    const answers = await Promise.all(Array.from({ length: 50 }, () => refresh(refresh_token)));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 401)).toHaveLength(49);
    const winner = (await answers[statuses.indexOf(200)]?.json()) as { refresh_token: string };
    expect((await refresh(winner.refresh_token)).status).toBe(401);
  });

  it('a reuse after several rotations kills the newest token of the chain', async () => {
    const first = await signedIn();
    let current = first.refresh_token;
    for (let i = 0; i < 3; i++)
      current = ((await (await refresh(current)).json()) as { refresh_token: string }).refresh_token;
    expect((await refresh(first.refresh_token)).status).toBe(401);
    expect((await refresh(current)).status).toBe(401);
  });

  it('a chain lives 14 days from sign-in, however often it rotates', async () => {
    const session = await signedIn();
    let current = session.refresh_token;
    for (let day = 0; day < 13; day++) {
      sb.clock.ms += 86_400_000;
      const res = await refresh(current);
      expect(res.status).toBe(200);
      current = ((await res.json()) as { refresh_token: string }).refresh_token;
    }
    sb.clock.ms += 86_400_000 - 1000;
    const last = await refresh(current);
    expect(last.status).toBe(200);
    current = ((await last.json()) as { refresh_token: string }).refresh_token;
    sb.clock.ms += 2000;
    expect((await refresh(current)).status).toBe(401);
  });

  it('a shorter refresh lifetime (SANDBOX_REFRESH_TOKEN_TTL, /dev/settings) shortens the chain', async () => {
    await sb.call('POST', '/dev/settings', { json: { refresh_token_ttl: '30s' } });
    try {
      const session = await signedIn();
      sb.clock.ms += 20_000;
      const next = (await (await refresh(session.refresh_token)).json()) as { refresh_token: string };
      sb.clock.ms += 11_000;
      expect((await refresh(next.refresh_token)).status).toBe(401);
    } finally {
      await sb.call('POST', '/dev/settings', { json: { refresh_token_ttl: '14d' } });
    }
  });
});

describe('login CSRF', () => {
  async function attempt(
    headers: Record<string, string>,
    withToken: boolean,
    withCookie: boolean,
    overrides: Record<string, string> = {},
  ) {
    const query = authorizeQuery(pkce().challenge);
    const { csrfToken, csrfCookie } = await openForm(sb, `/auth/authorize?${query}`);
    const fields = {
      ...Object.fromEntries(new URLSearchParams(query)),
      email: 'demo@example.com',
      password: 'demo-password',
      ...(withToken ? { csrf_token: csrfToken } : {}),
      ...overrides,
    };
    return post('/auth/authorize', fields, { cookie: withCookie ? csrfCookie : undefined, headers });
  }

  it('the page sets a SameSite=Strict cookie and puts a token in the form', async () => {
    const { res, csrfToken } = await openForm(sb, `/auth/authorize?${authorizeQuery(pkce().challenge)}`);
    expect(res.headers.get('set-cookie')).toMatch(/ringplan_csrf=[^;]+;.*HttpOnly.*SameSite=Strict/);
    expect(csrfToken).toMatch(/^\d+\.[\w-]{43}$/);
  });

  it('refuses a post from another site, or without the token or cookie, and sets no session', async () => {
    const refused = [
      await attempt({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, true, true),
      await attempt({ origin: 'https://evil.example', 'sec-fetch-site': '' }, true, true),
      await attempt({ 'sec-fetch-site': 'same-site' }, true, true),
      await attempt({ origin: 'null', 'sec-fetch-site': 'cross-site' }, true, true),
      await attempt({}, false, true),
      await attempt({}, true, false),
      // A token of another authorize request (another state) does not fit this one.
      await attempt({}, true, true, { state: 'another-state-0123456789' }),
    ];
    for (const res of refused) {
      expect(res.status).toBe(403);
      expect(res.headers.get('location')).toBeNull();
      expect(cookieSet(res, 'ringplan_session')).toBe('');
    }
    expect(await refused[0]?.text()).toContain('This form was sent from another site.');
    expect(await refused[4]?.text()).toContain('This sign-in form has expired. Enter your password again.');
    const ok = await attempt({ origin: 'http://localhost', 'sec-fetch-site': 'same-origin' }, true, true);
    expect(ok.status).toBe(302);
    expect(cookieSet(ok, 'ringplan_session')).toMatch(/^ringplan_session=/);
    // The page's own post under its no-referrer policy: Chromium sends `Origin: null`.
    expect((await attempt({ origin: 'null', 'sec-fetch-site': 'same-origin' }, true, true)).status).toBe(302);
  });

  it('50 cross-site posts at once: none signs in', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        attempt({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, true, true),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(403));
    expect(answers.filter((r) => cookieSet(r, 'ringplan_session') !== '')).toHaveLength(0);
  });
});

describe('sign-in guessing limits', () => {
  async function guess(email: string, password: string, client: string, json = false) {
    const { verifier, challenge } = pkce();
    const query = authorizeQuery(challenge);
    const { csrfToken, csrfCookie } = await openForm(sb, `/auth/authorize?${query}`);
    const res = await post(
      '/auth/authorize',
      { ...Object.fromEntries(new URLSearchParams(query)), email, password, csrf_token: csrfToken },
      { cookie: csrfCookie, client, json },
    );
    return { res, verifier, text: json ? '' : await res.clone().text() };
  }

  it('5 free wrong passwords per account, then 30 s, 60 s …; a right one inside the wait is refused', async () => {
    const email = await register();
    for (let i = 1; i <= 4; i++) expect((await guess(email, `wrong-${String(i)}`, newClient())).res.status).toBe(401);
    const fifth = await guess(email, 'wrong-5', newClient());
    expect(fifth.res.status).toBe(429);
    expect(fifth.res.headers.get('retry-after')).toBe('30');
    expect(fifth.text).toContain('Too many attempts. Try again in 30 seconds.');
    const right = await guess(email, 'right-password', newClient());
    expect(right.res.status).toBe(429);
    expect(cookieSet(right.res, 'ringplan_session')).toBe('');
    sb.clock.ms += 20_000;
    expect((await guess(email, 'right-password', newClient())).text).toContain('Try again in 10 seconds.');
    sb.clock.ms += 10_000;
    const sixth = await guess(email, 'wrong-6', newClient());
    expect(sixth.res.headers.get('retry-after')).toBe('60');
    sb.clock.ms += 60_000;
    expect((await guess(email, 'right-password', newClient())).res.status).toBe(302);
    // A right password starts the account over.
    expect((await guess(email, 'wrong-7', newClient())).res.status).toBe(401);
  });

  it('50 parallel guesses on one account: at most 5 are checked, and a right one inside the lockout never wins', async () => {
    const email = await register();
    const first = await Promise.all(
      Array.from({ length: 50 }, (_, i) => guess(email, `wrong-${String(i)}`, newClient())),
    );
    const checked = first.filter((g) => g.text.includes('Wrong email or password.'));
    expect(checked).toHaveLength(5);
    expect(first.filter((g) => g.res.status === 429).length).toBe(46);
    // Locked: 50 parallel tries, half of them with the right password, all refused.
    const second = await Promise.all(
      Array.from({ length: 50 }, (_, i) => guess(email, i % 2 ? 'right-password' : 'wrong', newClient())),
    );
    expect(second.map((g) => g.res.status)).toEqual(Array(50).fill(429));
    expect(
      second.every((g) => g.res.headers.get('location') === null && cookieSet(g.res, 'ringplan_session') === ''),
    ).toBe(true);
  });

  it('per client address: 20 free wrong passwords across accounts, then waits, 50 at once included', async () => {
    const client = newClient();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => guess(`nobody-${String(i)}@example.com`, 'wrong', client)),
    );
    expect(answers.filter((g) => g.text.includes('Wrong email or password.'))).toHaveLength(20);
    // The demo user's right password from that client waits too.
    expect((await guess('demo@example.com', 'demo-password', client)).res.status).toBe(429);
    expect((await guess('demo@example.com', 'demo-password', newClient())).res.status).toBe(302);
  });

  it('the 429 page says the wait its Retry-After header gives, even for the right password', async () => {
    const email = await register();
    for (let i = 0; i < 5; i++) await guess(email, 'wrong', newClient());
    const { res, text } = await guess(email, 'right-password', newClient());
    expect(res.status).toBe(429);
    const wait = Number(res.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(text).toContain(`Try again in ${String(wait)} seconds.`);
    expect(cookieSet(res, 'ringplan_session')).toBe('');
  });
});

describe('change password', () => {
  const returnTo = `${APP}/account`;
  async function change(cookie: string, fields: Record<string, string>, client = newClient()) {
    const { csrfToken, csrfCookie } = await openForm(
      sb,
      `/auth/change-password?return_to=${encodeURIComponent(returnTo)}`,
      { cookie },
    );
    return post(
      '/auth/change-password',
      { return_to: returnTo, csrf_token: csrfToken, ...fields },
      { cookie: [cookie, csrfCookie].filter(Boolean).join('; '), client },
    );
  }

  it('changes it, returns with password=changed, and signs out the other sessions', async () => {
    const email = await register('old-password');
    const here = await signedIn(email, 'old-password');
    const elsewhere = await signedIn(email, 'old-password');
    const form = await openForm(sb, `/auth/change-password?return_to=${encodeURIComponent(returnTo)}`, {
      cookie: here.cookie,
    });
    expect(form.html).toContain(`value="${email}"`);
    const mismatch = await change(here.cookie, {
      email,
      current_password: 'old-password',
      new_password: 'new-password-1',
      confirm_password: 'new-password-2',
    });
    expect(mismatch.status).toBe(422);
    expect(await mismatch.text()).toContain('The two new passwords are not the same.');
    const wrong = await change(here.cookie, {
      email,
      current_password: 'not-it',
      new_password: 'new-password-1',
      confirm_password: 'new-password-1',
    });
    expect(wrong.status).toBe(401);
    const res = await change(here.cookie, {
      email,
      current_password: 'old-password',
      new_password: 'new-password-1',
      confirm_password: 'new-password-1',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${returnTo}?password=changed`);
    expect((await refresh(elsewhere.refresh_token)).status).toBe(401);
    expect((await refresh(here.refresh_token)).status).toBe(200);
    expect((await signInForm(sb, pkce().challenge, email, 'old-password', newClient())).res.status).toBe(401);
    expect((await signInForm(sb, pkce().challenge, email, 'new-password-1', newClient())).res.status).toBe(302);
  });

  it('refuses a return_to off the registered origins, and a post from another site', async () => {
    const bad = await sb.app.request(
      `/auth/change-password?return_to=${encodeURIComponent('https://evil.example/account')}`,
    );
    expect(bad.status).toBe(400);
    const email = await register('old-password');
    const { csrfToken, csrfCookie } = await openForm(
      sb,
      `/auth/change-password?return_to=${encodeURIComponent(returnTo)}`,
    );
    const cross = await post(
      '/auth/change-password',
      {
        return_to: returnTo,
        csrf_token: csrfToken,
        email,
        current_password: 'old-password',
        new_password: 'new-password-1',
        confirm_password: 'new-password-1',
      },
      { cookie: csrfCookie, headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' } },
    );
    expect(cross.status).toBe(403);
    expect((await signInForm(sb, pkce().challenge, email, 'old-password', newClient())).res.status).toBe(302);
  });

  it('counts wrong current passwords with the sign-in limits', async () => {
    const email = await register('old-password');
    const fields = {
      email,
      current_password: 'wrong',
      new_password: 'new-password-1',
      confirm_password: 'new-password-1',
    };
    const answers = await Promise.all(Array.from({ length: 50 }, () => change('', fields)));
    expect(answers.filter((r) => r.status === 401)).toHaveLength(4);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(46);
    expect((await change('', { ...fields, current_password: 'old-password' })).status).toBe(429);
  });
});

describe("the auth service's own pages", () => {
  it('signs in at the auth root and ends on show-token, as HTML with a Copy button or as JSON', async () => {
    const root = await openForm(sb, '/auth/');
    expect(root.res.status).toBe(200);
    expect(root.html).toContain('<form method="post" action="/auth/">');
    const res = await post(
      '/auth/',
      { email: 'demo@example.com', password: 'demo-password', csrf_token: root.csrfToken },
      { cookie: root.csrfCookie },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/auth/show-token');
    const cookie = cookieSet(res, 'ringplan_session');
    const html = await sb.app.request('/auth/show-token', {
      headers: { cookie, accept: 'text/html,application/xhtml+xml' },
    });
    expect(html.status).toBe(200);
    const page = await html.text();
    expect(page).toMatch(/<input id="id-token" type="text" readonly="" value="ey[\w.-]+"/);
    expect(page).toContain('Copy id_token');
    expect(page).toContain('refresh_token_expires_in:</span> 1209600');
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)/);
    const csp = html.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const script = await sb.app.request('/auth/assets/show-token.js');
    expect(script.status).toBe(200);
    expect(await script.text()).toContain('navigator.clipboard');
    const json = await sb.app.request('/auth/show-token', { headers: { cookie, accept: 'application/json' } });
    expectMatchesContract('auth', 'showToken', 200, await json.json());
    // Signed in: the root goes straight to the tokens.
    expect((await sb.app.request('/auth/', { headers: { cookie } })).headers.get('location')).toBe('/auth/show-token');
    expect((await sb.app.request('/auth/show-token', { headers: { accept: 'text/html' } })).status).toBe(401);
  });
});
