// MSW handlers and fixtures for the auth and account features: code exchange, registration, /users/me.
import type { components as AuthSchemas } from '@/api/schema/auth';
import type { components as SspSchemas } from '@/api/schema/ssp';
import { authHttp, sspHttp } from '@/testing/http';
import { fakeTokenPair } from '@/testing/tokens';

type User = SspSchemas['schemas']['User'];
type TokenDocument = AuthSchemas['schemas']['TokenDocument'];

export function userFixture(overrides: Partial<User> = {}): User {
  return {
    id: 'a1b2c3d4e5f6a1b2c3d4e5f6',
    email: 'demo@example.com',
    first_name: 'Demo',
    last_name: 'User',
    company: 'Demo Company',
    company_id: 'c0ffeec0ffeec0ffeec0ffee',
    mobile: '8583715117',
    timezone: 'America/Los_Angeles',
    google_calendar_connected: false,
    meet_minutes_used: 42,
    meet_minutes_limit: 200,
    ...overrides,
  };
}

export function tokenDocument(pair = fakeTokenPair()): TokenDocument {
  const now = Math.floor(Date.now() / 1000);
  return {
    _id: 'a1b2c3d4e5f6a1b2c3d4e5f6',
    access_token: pair.id_token,
    expires_at: now + 28800,
    expires_in: 28800,
    expires_on: now + 28800,
    id_token: pair.id_token,
    id_token_expires_in: 28800,
    not_before: now,
    profile_info: 'e30=',
    refresh_token: pair.refresh_token,
    refresh_token_expires_in: 1209600,
    resource: 'dd07e555-e1b6-4e5b-ba8b-b52d2afed9b8',
    scope: ['/', 'offline_access', 'openid'],
    token_type: 'Bearer',
  };
}

/** POST /token: answers a token document and records each request's body. */
export function tokenExchange(bodies: Record<string, unknown>[] = []) {
  return authHttp.post('/token', async ({ request, response }) => {
    bodies.push(await request.json());
    return response(200).json(tokenDocument());
  });
}

export function tokenExchangeRejected(detail = 'The code was already used.') {
  return authHttp.post('/token', ({ response }) =>
    response(400).json({ type: 'about:blank', title: 'Bad Request', status: 400, detail }),
  );
}

/** GET/PATCH /users/me over an in-memory user; PATCH merges what it is sent. */
export function meHandlers(initial: User = userFixture()) {
  const state = { user: initial, patches: [] as Record<string, unknown>[] };
  return {
    state,
    handlers: [
      sspHttp.get('/users/me', ({ response }) => response(200).json(state.user)),
      sspHttp.patch('/users/me', async ({ request, response }) => {
        const patch = (await request.json()) as Partial<User>;
        state.patches.push(patch);
        state.user = { ...state.user, ...patch };
        return response(200).json(state.user);
      }),
    ],
  };
}
