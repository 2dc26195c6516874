import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectMatchesContract } from './contract.js';
import { authorizeQuery, createSandbox, pkce, REDIRECT_URI, signInForm, type Sandbox } from './fixture.js';

let sb: Sandbox;
beforeAll(async () => {
  sb = await createSandbox();
});
afterAll(() => sb.close());

async function exchange(code: string, verifier: string, redirect = REDIRECT_URI) {
  const res = await sb.app.request('/auth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: redirect,
      client_id: 'ringplan-portal',
    }).toString(),
  });
  return { res, body: (await res.json()) as Record<string, unknown> };
}

describe('register', () => {
  const base = {
    first_name: 'Ada',
    last_name: 'Byron',
    company: 'Engines Ltd',
    key: 'b6ae17b92f60d3110c2cDsI90!dK5!1P',
  };

  it('creates a company and user, generating a password when none is sent', async () => {
    const res = await sb.call('POST', '/auth/api/user/register', { json: { ...base, email: 'ada@example.com' } });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { generated_password?: string };
    expectMatchesContract('auth', 'register', 201, body);
    expect(body.generated_password?.length).toBeGreaterThanOrEqual(12);
    const { code } = await signInForm(sb, pkce().challenge, 'ada@example.com', body.generated_password);
    expect(code).toBeTruthy();
  });

  it('answers 409 for an existing email, 422 for a wrong key or bad field, 400 for malformed JSON', async () => {
    const dup = await sb.call('POST', '/auth/api/user/register', {
      json: { ...base, email: 'DEMO@example.com', pwd: 'long-enough' },
    });
    expect(dup.status).toBe(409);
    expectMatchesContract('auth', 'register', 409, await dup.json());
    const key = await sb.call('POST', '/auth/api/user/register', {
      json: { ...base, key: 'nope', email: 'x@example.com' },
    });
    expect(key.status).toBe(422);
    const keyBody = (await key.json()) as { errors: { field: string }[] };
    expectMatchesContract('auth', 'register', 422, keyBody);
    expect(keyBody.errors[0]?.field).toBe('key');
    const bad = await sb.call('POST', '/auth/api/user/register', {
      json: { ...base, email: 'not-an-email', first_name: 7 },
    });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual([
      'email',
      'first_name',
    ]);
    const malformed = await sb.call('POST', '/auth/api/user/register', {
      body: '{"first_name":',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expectMatchesContract('auth', 'register', 400, await malformed.json());
    const huge = await sb.call('POST', '/auth/api/user/register', {
      json: { ...base, email: 'big@example.com', pad: 'x'.repeat(1_100_000) },
    });
    expect(huge.status).toBe(413);
    expect(
      sb.deps.db.prepare("SELECT count(*) AS n FROM users WHERE email IN ('x@example.com','big@example.com')").get(),
    ).toEqual({ n: 0 });
  });
});

describe('authorization code + PKCE', () => {
  it('shows a labelled sign-in page for a registered client and redirect URI', async () => {
    const res = await sb.app.request(`/auth/authorize?${authorizeQuery(pkce().challenge)}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<label for="email">Email</label>');
    expect(html).toContain('<label for="password">Password</label>');
    expect(html).toContain('<button type="submit">Sign in</button>');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('never redirects to an unregistered redirect URI or for an unknown client', async () => {
    const cases: Record<string, string>[] = [
      { redirect_uri: 'https://evil.example/auth/callback' },
      { redirect_uri: 'http://localhost:5173/elsewhere' },
      { client_id: 'other-app' },
    ];
    for (const overrides of cases) {
      const res = await sb.app.request(`/auth/authorize?${authorizeQuery(pkce().challenge, overrides)}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
    }
  });

  it('signs in, redirects with code and state, and exchanges the code once', async () => {
    const { verifier, challenge } = pkce();
    const { res, location, code } = await signInForm(sb, challenge);
    expect(res.status).toBe(302);
    expect(new URL(location ?? '').searchParams.get('state')).toBe('state-0123456789abcdef');
    const first = await exchange(code ?? '', verifier);
    expect(first.res.status).toBe(200);
    expectMatchesContract('auth', 'exchangeToken', 200, first.body);
    const claims = decodeJwt(String(first.body.id_token));
    expect(claims).toMatchObject({
      aud: 'ringplan-portal',
      given_name: 'Demo',
      family_name: 'User',
      emails: ['demo@example.com'],
    });
    expect(typeof claims.company_id).toBe('string');
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(28800);
    const jwks = (await (await sb.app.request('/auth/.well-known/jwks.json')).json()) as JSONWebKeySet;
    expectMatchesContract('auth', 'getJwks', 200, jwks);
    await expect(
      jwtVerify(String(first.body.id_token), createLocalJWKSet(jwks), { currentDate: new Date(sb.clock.ms) }),
    ).resolves.toBeTruthy();
    const again = await exchange(code ?? '', verifier);
    expect(again.res.status).toBe(400);
    expectMatchesContract('auth', 'exchangeToken', 400, again.body);
  });

  it('rejects a wrong verifier, another redirect URI and an expired code', async () => {
    const a = pkce();
    const wrong = await exchange((await signInForm(sb, a.challenge)).code ?? '', pkce().verifier);
    expect(wrong.res.status).toBe(400);
    const b = pkce();
    const other = await exchange(
      (await signInForm(sb, b.challenge)).code ?? '',
      b.verifier,
      'http://localhost:4173/auth/callback',
    );
    expect(other.res.status).toBe(400);
    const c = pkce();
    const { code } = await signInForm(sb, c.challenge);
    sb.clock.ms += 61_000;
    const late = await exchange(code ?? '', c.verifier);
    expect(late.res.status).toBe(400);
    expect(String(late.body.detail)).toMatch(/expired/);
    for (const answer of [wrong, other, late]) {
      expect(answer.body.error).toBe('invalid_grant');
      expectMatchesContract('auth', 'exchangeToken', 400, answer.body);
    }
    const malformed = await exchange((await signInForm(sb, pkce().challenge)).code ?? '', 'too-short');
    expect(malformed.res.status).toBe(400);
    expect(malformed.body.error).toBe('invalid_request');
    expectMatchesContract('auth', 'exchangeToken', 400, malformed.body);
  });

  it('re-renders the page with an error for a wrong password, and reuses a signed-in session', async () => {
    const bad = await signInForm(sb, pkce().challenge, 'demo@example.com', 'wrong-password');
    expect(bad.res.status).toBe(401);
    expect(bad.location).toBeNull();
    expect(await bad.res.text()).toContain('Wrong email or password.');
    const good = await signInForm(sb, pkce().challenge);
    const again = await sb.app.request(`/auth/authorize?${authorizeQuery(pkce().challenge)}`, {
      headers: { cookie: good.cookie },
    });
    expect(again.status).toBe(302);
    const shown = await sb.app.request('/auth/show-token', { headers: { cookie: good.cookie } });
    expect(shown.status).toBe(200);
    expectMatchesContract('auth', 'showToken', 200, await shown.json());
    const anonymous = await sb.app.request('/auth/show-token');
    expect(anonymous.status).toBe(401);
    expectMatchesContract('auth', 'showToken', 401, await anonymous.json());
  });
});

describe('refresh tokens', () => {
  async function freshPair() {
    const { verifier, challenge } = pkce();
    const { code } = await signInForm(sb, challenge);
    return (await exchange(code ?? '', verifier)).body as { id_token: string; refresh_token: string };
  }
  const refresh = (token: string) => sb.app.request(`/auth/refresh-token?refresh_token=${encodeURIComponent(token)}`);

  it('rotates: the new pair works, and presenting the used token again revokes its successor too', async () => {
    const pair = await freshPair();
    const first = await refresh(pair.refresh_token);
    expect(first.status).toBe(200);
    const next = (await first.json()) as { id_token: string; refresh_token: string };
    expectMatchesContract('auth', 'refreshToken', 200, next);
    expect(next.refresh_token).not.toBe(pair.refresh_token);
    expect((await sb.call('GET', '/ssp/users/me', { token: next.id_token })).status).toBe(200);
    const reused = await refresh(pair.refresh_token);
    expect(reused.status).toBe(401);
    expectMatchesContract('auth', 'refreshToken', 401, await reused.json());
    expect((await refresh(next.refresh_token)).status).toBe(401);
  });

  it('refuses revoked, malformed and missing refresh tokens', async () => {
    const pair = await freshPair();
    const revoked = await sb.call('POST', '/dev/revoke', { json: { email: 'demo@example.com' } });
    expect(revoked.status).toBe(200);
    expect((await refresh(pair.refresh_token)).status).toBe(401);
    expect((await refresh('garbage')).status).toBe(401);
    const missing = await sb.app.request('/auth/refresh-token');
    expect(missing.status).toBe(400);
    expectMatchesContract('auth', 'refreshToken', 400, await missing.json());
  });

  it('lets /dev/settings shorten id_token life so tokens expire', async () => {
    await sb.call('POST', '/dev/settings', { json: { id_token_ttl: '5s' } });
    const token = await sb.tokenFor('demo@example.com');
    expect((await sb.call('GET', '/ssp/users/me', { token })).status).toBe(200);
    sb.clock.ms += 6_000;
    const expired = await sb.call('GET', '/ssp/users/me', { token });
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as { detail: string }).detail).toMatch(/expired/);
    await sb.call('POST', '/dev/settings', { json: { id_token_ttl: '8h' } });
  });
});
