import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { ssp } from '@/api/clients';
import { ApiError, NetworkError, SessionEndedError } from '@/api/errors';
import { sessionStore } from '@/api/session-store';
import { authHttp, sspHttp } from '@/testing/http';
import { server } from '@/testing/server';
import { fakeTokenPair } from '@/testing/tokens';
import { unwrap } from '@/testing/unwrap';

const numbers = [
  {
    company_id: 'c0ffeec0ffeec0ffeec0ffee',
    id: '5f75f385bf99409ca2294bbb',
    number: '8583715117',
    ownership: ['demo@example.com'],
  },
];

/** Serves the numbers call only to the given id_token, answering 401 to any other. */
function numbersFor(validToken: () => string, seen: string[] = []) {
  return sspHttp.get('/texting/numbers', ({ request, response }) => {
    const header = request.headers.get('authorization') ?? '';
    seen.push(header);
    if (header !== validToken()) {
      return response(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Token expired' });
    }
    return response(200).json(numbers);
  });
}

/** A refresh endpoint that rotates to a fresh pair and counts its calls. */
function rotatingRefresh() {
  const state = { calls: 0, current: fakeTokenPair(), usedRefreshTokens: [] as string[] };
  const handler = authHttp.get('/refresh-token', ({ query, response }) => {
    state.calls += 1;
    state.usedRefreshTokens.push(query.get('refresh_token'));
    state.current = fakeTokenPair();
    return response(200).json(state.current);
  });
  return { state, handler };
}

describe('the SSP client', () => {
  it('sends the raw id_token in the authorization header, without "Bearer"', async () => {
    const pair = fakeTokenPair();
    sessionStore.get().signedIn(pair);
    const seen: string[] = [];
    server.use(numbersFor(() => pair.id_token, seen));

    await expect(unwrap(ssp().GET('/texting/numbers'))).resolves.toEqual(numbers);
    expect(seen).toEqual([pair.id_token]);
  });

  it('renews a token that expires within 60 s before the call, and stores the new pair at once', async () => {
    sessionStore.get().signedIn(fakeTokenPair({ expiresInSeconds: 30 }));
    const refresh = rotatingRefresh();
    server.use(
      refresh.handler,
      numbersFor(() => refresh.state.current.id_token),
    );

    await expect(unwrap(ssp().GET('/texting/numbers'))).resolves.toEqual(numbers);
    expect(refresh.state.calls).toBe(1);
    expect(sessionStore.get().session?.idToken).toBe(refresh.state.current.id_token);
    expect(sessionStore.get().session?.refreshToken).toBe(refresh.state.current.refresh_token);
    expect(localStorage.getItem('ringplan.session')).toContain(refresh.state.current.refresh_token);
  });

  it('does not renew a token with more than 60 s left', async () => {
    const pair = fakeTokenPair({ expiresInSeconds: 120 });
    sessionStore.get().signedIn(pair);
    const refresh = rotatingRefresh();
    server.use(
      refresh.handler,
      numbersFor(() => pair.id_token),
    );

    await unwrap(ssp().GET('/texting/numbers'));
    expect(refresh.state.calls).toBe(0);
  });

  it('renews a short-lived token a fifth of its lifetime before it expires, not on every call', async () => {
    // A 5-minute token with 2 minutes left is not expiring yet (margin 60 s); one with 50 s left is.
    const fresh = fakeTokenPair({ expiresInSeconds: 120, lifetimeSeconds: 300 });
    sessionStore.get().signedIn(fresh);
    const refresh = rotatingRefresh();
    server.use(
      refresh.handler,
      numbersFor(() => sessionStore.get().session?.idToken ?? ''),
    );
    await unwrap(ssp().GET('/texting/numbers'));
    expect(refresh.state.calls).toBe(0);

    // A 5-second token (the sandbox's test setting) with 2 s left keeps working; with 0.5 s left it is renewed.
    sessionStore.get().signedIn(fakeTokenPair({ expiresInSeconds: 2, lifetimeSeconds: 5 }));
    await unwrap(ssp().GET('/texting/numbers'));
    expect(refresh.state.calls).toBe(0);
    sessionStore.get().signedIn(fakeTokenPair({ expiresInSeconds: 0.5, lifetimeSeconds: 5 }));
    await unwrap(ssp().GET('/texting/numbers'));
    expect(refresh.state.calls).toBe(1);
  });

  it('after a 401, renews once and retries the call once with the new token', async () => {
    sessionStore.get().signedIn(fakeTokenPair());
    const refresh = rotatingRefresh();
    const seen: string[] = [];
    server.use(
      refresh.handler,
      numbersFor(() => refresh.state.current.id_token, seen),
    );

    await expect(unwrap(ssp().GET('/texting/numbers'))).resolves.toEqual(numbers);
    expect(refresh.state.calls).toBe(1);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(refresh.state.current.id_token);
  });

  it('retries a POST with its body intact', async () => {
    sessionStore.get().signedIn(fakeTokenPair());
    const refresh = rotatingRefresh();
    const bodies: unknown[] = [];
    server.use(
      refresh.handler,
      sspHttp.post('/texting/contacts', async ({ request, response }) => {
        bodies.push(await request.json());
        if (request.headers.get('authorization') !== refresh.state.current.id_token) {
          return response(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'expired' });
        }
        return response(201).json({
          company_id: 'c0ffeec0ffeec0ffeec0ffee',
          id: '5fa04b0816ce9ade1c20ad60',
          first_name: 'Matt',
          last_name: 'Wiz',
          number: '8123382823',
          opted_out: false,
        });
      }),
    );

    const body = { first_name: 'Matt', last_name: 'Wiz', number: '8123382823' };
    await unwrap(ssp().POST('/texting/contacts', { body }));
    expect(bodies).toEqual([body, body]);
  });

  it('gives up after one retry: a second 401 rejects instead of looping', async () => {
    sessionStore.get().signedIn(fakeTokenPair());
    const refresh = rotatingRefresh();
    server.use(
      refresh.handler,
      numbersFor(() => 'a token nobody has'),
    );

    const error: unknown = await unwrap(ssp().GET('/texting/numbers')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(refresh.state.calls).toBe(1);
  });

  it('ten concurrent calls with an expired token cause exactly one refresh', async () => {
    sessionStore.get().signedIn(fakeTokenPair({ expiresInSeconds: -10 }));
    const refresh = rotatingRefresh();
    server.use(
      refresh.handler,
      numbersFor(() => refresh.state.current.id_token),
    );

    const results = await Promise.all(Array.from({ length: 10 }, () => unwrap(ssp().GET('/texting/numbers'))));
    expect(results).toHaveLength(10);
    expect(refresh.state.calls).toBe(1);
  });

  it('ten concurrent 401s cause exactly one refresh, each refresh token used once', async () => {
    sessionStore.get().signedIn(fakeTokenPair());
    const refresh = rotatingRefresh();
    server.use(
      refresh.handler,
      numbersFor(() => refresh.state.current.id_token),
    );

    await Promise.all(Array.from({ length: 10 }, () => unwrap(ssp().GET('/texting/numbers'))));
    expect(refresh.state.calls).toBe(1);
    expect(new Set(refresh.state.usedRefreshTokens).size).toBe(refresh.state.usedRefreshTokens.length);
  });

  it('a refused refresh ends the session and remembers where the user was', async () => {
    window.history.replaceState(null, '', '/texting/5f9aca67660b1197e693295f?draft=1');
    sessionStore.get().signedIn(fakeTokenPair({ expiresInSeconds: -10 }));
    server.use(
      authHttp.get('/refresh-token', ({ response }) =>
        response(401).json({
          type: 'about:blank',
          title: 'Unauthorized',
          status: 401,
          detail: 'Refresh token revoked',
        }),
      ),
    );

    const error: unknown = await unwrap(ssp().GET('/texting/numbers')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SessionEndedError);
    expect(sessionStore.get().status).toBe('ended');
    expect(sessionStore.get().session).toBeNull();
    expect(sessionStore.get().returnTo).toBe('/texting/5f9aca67660b1197e693295f?draft=1');
  });

  it('once the session has ended, calls fail at once without reaching the server', async () => {
    window.history.replaceState(null, '', '/contacts');
    sessionStore.get().signedIn(fakeTokenPair());
    sessionStore.get().sessionEnded('/contacts');
    const seen: string[] = [];
    server.use(numbersFor(() => 'never', seen));

    await expect(unwrap(ssp().GET('/texting/numbers'))).rejects.toBeInstanceOf(SessionEndedError);
    expect(seen).toEqual([]);
  });

  it('a refresh that cannot reach the server keeps the session and reports a network error', async () => {
    const pair = fakeTokenPair({ expiresInSeconds: -10 });
    sessionStore.get().signedIn(pair);
    server.use(authHttp.untyped.get('*/refresh-token', () => HttpResponse.error()));

    await expect(unwrap(ssp().GET('/texting/numbers'))).rejects.toBeInstanceOf(NetworkError);
    expect(sessionStore.get().status).toBe('signed-in');
    expect(sessionStore.get().session?.refreshToken).toBe(pair.refresh_token);
  });

  it('turns a problem answer into an ApiError carrying the problem JSON', async () => {
    sessionStore.get().signedIn(fakeTokenPair());
    server.use(
      sspHttp.get('/texting/contacts/{contact_id}', ({ response }) =>
        response(404).json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'Contact not found' }),
      ),
    );

    const error: unknown = await unwrap(
      ssp().GET('/texting/contacts/{contact_id}', { params: { path: { contact_id: '5f9ac44c660b1197e693295a' } } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toMatchObject({ status: 404, title: 'Not Found', detail: 'Contact not found' });
    expect((error as ApiError).message).toBe('Contact not found');
  });

  it('turns an unreachable service into a NetworkError', async () => {
    sessionStore.get().signedIn(fakeTokenPair());
    server.use(http.get('http://ssp.test/texting/numbers', () => HttpResponse.error()));

    await expect(unwrap(ssp().GET('/texting/numbers'))).rejects.toBeInstanceOf(NetworkError);
  });
});
