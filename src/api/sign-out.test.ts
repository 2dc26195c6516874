import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { setConfig } from '@/api/config';
import { sessionStore } from '@/api/session-store';
import { signOut, signOutEverywhere } from '@/api/sign-out';
import { testConfig } from '@/testing/config';
import { authHttp } from '@/testing/http';
import { server } from '@/testing/server';
import { fakeTokenPair } from '@/testing/tokens';

function revocations() {
  const tokens: string[] = [];
  server.use(
    authHttp.post('/revoke', async ({ request, response }) => {
      tokens.push(((await request.json()) as { token: string }).token);
      return response(200).json({ revoked: true });
    }),
  );
  return tokens;
}

describe('signing out', () => {
  it('forgets the tokens, revokes the refresh token, then goes to the auth service and back to sign-in', async () => {
    const pair = fakeTokenPair();
    sessionStore.get().signedIn(pair);
    const revoked = revocations();
    const go = vi.fn((_url: string) => {
      // By the time the browser leaves, nothing of the session is left in this tab.
      expect(sessionStore.get()).toMatchObject({ session: null, status: 'signed-out' });
      expect(localStorage.getItem('ringplan.session')).not.toContain(pair.refresh_token);
    });
    await signOut(go);
    expect(revoked).toEqual([pair.refresh_token]);
    const url = new URL(String(go.mock.calls[0]?.[0]));
    expect(url.origin + url.pathname).toBe('http://auth.test/logout');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'ringplan-portal',
      post_logout_redirect_uri: `${window.location.origin}/sign-in`,
    });
    // No token in the address bar.
    expect(url.toString()).not.toContain(pair.id_token);
  });

  it('still leaves for the sign-out when the revocation fails, and uses the configured logout URL', async () => {
    setConfig({ ...testConfig, logoutUrl: 'https://login.example/oauth2/logout?p=b2c' });
    sessionStore.get().signedIn(fakeTokenPair());
    server.use(authHttp.untyped.post('*/revoke', () => HttpResponse.error()));
    const go = vi.fn();
    await signOut(go);
    const url = new URL(String(go.mock.calls[0]?.[0]));
    expect(url.origin + url.pathname).toBe('https://login.example/oauth2/logout');
    expect(url.searchParams.get('p')).toBe('b2c');
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${window.location.origin}/sign-in`);
  });
});

describe('signing out everywhere', () => {
  it('asks the auth service with the id_token, then signs this browser out', async () => {
    const pair = fakeTokenPair();
    sessionStore.get().signedIn(pair);
    const seen: (string | null)[] = [];
    server.use(
      authHttp.post('/logout-everywhere', ({ request, response }) => {
        seen.push(request.headers.get('authorization'));
        return response(200).json({ sessions_ended: 2, refresh_tokens_revoked: 3 });
      }),
    );
    revocations();
    const go = vi.fn();
    await signOutEverywhere(go);
    expect(seen).toEqual([pair.id_token]);
    expect(sessionStore.get().session).toBeNull();
    expect(go).toHaveBeenCalledOnce();
  });

  it('keeps the user signed in and rejects when the service refuses', async () => {
    sessionStore.get().signedIn(fakeTokenPair());
    server.use(
      authHttp.post('/logout-everywhere', ({ response }) =>
        response(401).json({
          type: 'about:blank',
          title: 'Unauthorized',
          status: 401,
          detail: 'The id_token is invalid or expired',
        }),
      ),
    );
    const go = vi.fn();
    await expect(signOutEverywhere(go)).rejects.toThrow('The id_token is invalid or expired');
    expect(sessionStore.get().status).toBe('signed-in');
    expect(go).not.toHaveBeenCalled();
  });
});
