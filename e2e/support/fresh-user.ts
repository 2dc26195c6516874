// A fresh user of a fresh company, made through the sandbox's APIs (register, the hosted sign-in form
// with PKCE, and optionally the Google consent stand-in), handed to a journey as browser storage state.
// Journeys that change a user's state (Google connected) use one, so the demo user stays as the
// other journeys expect it.
import { createHash, randomBytes } from 'node:crypto';

import { SANDBOX_URL } from './demo';

/** The sandbox's development registration key (sandbox/src/config.ts). */
const REGISTRATION_KEY = 'b6ae17b92f60d3110c2cDsI90!dK5!1P';
const CLIENT_ID = 'ringplan-portal';

export interface FreshUser {
  email: string;
  password: string;
  idToken: string;
  /** Browser storage state in which the app is signed in as this user. */
  storageState: { cookies: []; origins: { origin: string; localStorage: { name: string; value: string }[] }[] };
}

async function expectStatus(response: Response, expected: number, what: string): Promise<void> {
  if (response.status !== expected) {
    throw new Error(`${what} answered ${String(response.status)}: ${await response.text()}`);
  }
}

function claimsOf(idToken: string): { exp: number; emails?: string[]; given_name?: string; family_name?: string } {
  const payload = idToken.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as ReturnType<typeof claimsOf>;
}

async function signIn(
  appUrl: string,
  email: string,
  password: string,
): Promise<{ id_token: string; refresh_token: string }> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const redirectUri = `${appUrl}/auth/callback`;
  const params = {
    client_id: CLIENT_ID,
    redirect_uri: redirectUri,
    state: randomBytes(16).toString('base64url'),
    code_challenge: challenge,
    code_challenge_method: 'S256',
  };
  // The form is posted as the page would: with the page's CSRF token and the cookie it set.
  const page = await fetch(`${SANDBOX_URL}/auth/authorize?${new URLSearchParams(params).toString()}`);
  await expectStatus(page, 200, 'GET /auth/authorize');
  const csrfToken = /name="csrf_token" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  const csrfCookie = page.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .join('; ');
  const authorize = await fetch(`${SANDBOX_URL}/auth/authorize`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: csrfCookie },
    body: new URLSearchParams({ ...params, email, password, csrf_token: csrfToken }),
  });
  await expectStatus(authorize, 302, 'POST /auth/authorize');
  const code = new URL(authorize.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const token = await fetch(`${SANDBOX_URL}/auth/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: redirectUri,
      client_id: CLIENT_ID,
    }),
  });
  await expectStatus(token, 200, 'POST /auth/token');
  return (await token.json()) as { id_token: string; refresh_token: string };
}

/** Grants the user's Google Calendar access through the consent stand-in, with the profile's account. */
async function connectGoogle(appUrl: string, idToken: string, email: string): Promise<void> {
  const redirect = encodeURIComponent(`${appUrl}/meet?tab=scheduled`);
  const answer = await fetch(`${SANDBOX_URL}/ssp/meet/app/calendar/get-auth-url?redirect_uri=${redirect}`, {
    headers: { authorization: idToken },
  });
  await expectStatus(answer, 200, 'GET get-auth-url');
  const { auth_url } = (await answer.json()) as { auth_url: string };
  const state = new URL(auth_url).searchParams.get('state') ?? '';
  const consent = await fetch(`${SANDBOX_URL}/meetauth/callback`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({ state, account: email, decision: 'allow' }),
  });
  await expectStatus(consent, 302, 'POST /meetauth/callback');
  if (!new URL(consent.headers.get('location') ?? '').searchParams.get('google')?.startsWith('connected')) {
    throw new Error(`Google consent did not connect: ${consent.headers.get('location') ?? ''}`);
  }
}

export async function freshUser(appUrl: string, { googleConnected = false } = {}): Promise<FreshUser> {
  const stamp = `${String(Date.now())}${randomBytes(3).toString('hex')}`;
  const email = `kb-${stamp}@example.com`;
  const password = `pw-${stamp}`;
  const register = await fetch(`${SANDBOX_URL}/auth/api/user/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      first_name: 'Kim',
      last_name: 'Board',
      email,
      company: `Keys ${stamp}`,
      key: REGISTRATION_KEY,
      pwd: password,
    }),
  });
  await expectStatus(register, 201, 'POST /auth/api/user/register');
  const tokens = await signIn(appUrl, email, password);
  if (googleConnected) await connectGoogle(appUrl, tokens.id_token, email);

  const claims = claimsOf(tokens.id_token);
  const session = {
    idToken: tokens.id_token,
    refreshToken: tokens.refresh_token,
    expiresAt: claims.exp * 1000,
    email: claims.emails?.[0] ?? email,
    givenName: claims.given_name ?? '',
    familyName: claims.family_name ?? '',
  };
  const persisted = JSON.stringify({ state: { session, status: 'signed-in', returnTo: null }, version: 1 });
  return {
    email,
    password,
    idToken: tokens.id_token,
    storageState: {
      cookies: [],
      origins: [{ origin: appUrl, localStorage: [{ name: 'ringplan.session', value: persisted }] }],
    },
  };
}
