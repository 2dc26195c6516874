import { afterEach, describe, expect, it } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { prepareHostedSignIn } from '@/features/auth/hosted-sign-in/hosted-sign-in';
import { finishHostedSignIn, forgetExchanges } from '@/features/auth/hosted-sign-in/hosted-sign-in-callback';
import { codeChallengeFor } from '@/features/auth/hosted-sign-in/pkce';
import { tokenExchange, tokenExchangeRejected } from '@/testing/auth-handlers';
import { server } from '@/testing/server';

afterEach(() => {
  forgetExchanges();
});

function pendingVerifier(): string {
  const raw = sessionStorage.getItem('ringplan.pending-sign-in');
  return (JSON.parse(raw ?? '{}') as { verifier: string }).verifier;
}

describe('starting the hosted sign-in', () => {
  it('sends the client, callback, a random state and an S256 challenge of the saved verifier', async () => {
    const url = new URL(await prepareHostedSignIn('/contacts?page=2'));
    expect(url.origin + url.pathname).toBe('http://auth.test/authorize');
    const params = url.searchParams;
    expect(params.get('client_id')).toBe('ringplan-portal');
    expect(params.get('redirect_uri')).toBe(`${window.location.origin}/auth/callback`);
    expect(params.get('response_type')).toBe('code');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('code_challenge')).toBe(await codeChallengeFor(pendingVerifier()));
    // The verifier itself never leaves the tab.
    expect(url.toString()).not.toContain(pendingVerifier());
  });

  it('uses a new state every time', async () => {
    const first = new URL(await prepareHostedSignIn('/')).searchParams.get('state');
    const second = new URL(await prepareHostedSignIn('/')).searchParams.get('state');
    expect(first).not.toBe(second);
  });
});

describe('finishing the hosted sign-in', () => {
  async function started(returnTo = '/contacts?page=2') {
    return new URL(await prepareHostedSignIn(returnTo)).searchParams.get('state') ?? '';
  }

  it('exchanges the code with the verifier and returns to where the user was going', async () => {
    const bodies: Record<string, unknown>[] = [];
    server.use(tokenExchange(bodies));
    const state = await started();
    const verifier = pendingVerifier();
    const result = await finishHostedSignIn(`?code=abc&state=${state}`);
    expect(result).toEqual({ ok: true, returnTo: '/contacts?page=2' });
    expect(bodies).toEqual([
      expect.objectContaining({ grant_type: 'authorization_code', code: 'abc', code_verifier: verifier }),
    ]);
    expect(sessionStore.get().status).toBe('signed-in');
  });

  it('exchanges a code once even when asked twice (StrictMode effects)', async () => {
    const bodies: Record<string, unknown>[] = [];
    server.use(tokenExchange(bodies));
    const state = await started();
    const [a, b] = await Promise.all([
      finishHostedSignIn(`?code=abc&state=${state}`),
      finishHostedSignIn(`?code=abc&state=${state}`),
    ]);
    expect(a).toEqual(b);
    expect(bodies).toHaveLength(1);
  });

  it('refuses a tampered state without calling the service', async () => {
    const state = await started();
    const result = await finishHostedSignIn(`?code=abc&state=${state}x`);
    expect(result).toEqual({ ok: false, failure: { kind: 'state-mismatch' } });
    expect(sessionStore.get().status).toBe('signed-out');
  });

  it('refuses a missing state, and a state can be used only once', async () => {
    await started();
    expect(await finishHostedSignIn('?code=abc')).toEqual({ ok: false, failure: { kind: 'state-mismatch' } });
    // The pending sign-in was spent by that attempt.
    expect(await finishHostedSignIn('?code=abc&state=whatever')).toEqual({
      ok: false,
      failure: { kind: 'no-pending' },
    });
  });

  it('says when the sign-in was denied', async () => {
    await started();
    expect(await finishHostedSignIn('?error=access_denied&state=x')).toEqual({
      ok: false,
      failure: { kind: 'denied' },
    });
  });

  it('says when the service refuses the code', async () => {
    server.use(tokenExchangeRejected('The code was already used.'));
    const state = await started();
    expect(await finishHostedSignIn(`?code=used&state=${state}`)).toEqual({
      ok: false,
      failure: { kind: 'code-rejected', detail: 'The code was already used.' },
    });
  });

  it('never returns to another origin', async () => {
    server.use(tokenExchange());
    const state = await started('https://evil.example/steal');
    expect(await finishHostedSignIn(`?code=abc&state=${state}`)).toEqual({ ok: true, returnTo: '/texting' });
  });
});
