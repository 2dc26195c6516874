import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectMatchesContract } from './contract.js';
import { createSandbox, type Sandbox } from './fixture.js';

let sb: Sandbox;
let privateId: string;
let openId: string;
beforeAll(async () => {
  sb = await createSandbox();
  const token = await sb.tokenFor('demo@example.com');
  const at = new Date(sb.clock.ms).toISOString().slice(0, 19);
  const make = async (extra: Record<string, unknown>) => {
    const res = await sb.call('POST', '/ssp/meet/calendar/event/history', {
      token,
      json: {
        description: '',
        start_time: at,
        end_time: at,
        summary: 's',
        time_zone: 'Etc/GMT+0',
        title_meet: 'Board <meeting>',
        ...extra,
      },
    });
    return ((await res.json()) as { event: { meeting_id: string } }).event.meeting_id;
  };
  privateId = await make({ password: 'meet-1234' });
  openId = await make({});
});
afterAll(() => sb.close());

const join = (id: string, json: unknown) => sb.call('POST', `/ssp/meet/rooms/${id}/join`, { json });

describe('rooms', () => {
  it('shows public facts of a meeting without a token', async () => {
    const res = await sb.call('GET', `/ssp/meet/rooms/${privateId}`);
    const body = await res.json();
    expectMatchesContract('ssp', 'getRoom', 200, body);
    expect(body).toMatchObject({
      meeting_id: privateId,
      is_private: true,
      title_meet: 'Board <meeting>',
      timeZone: 'Etc/GMT+0',
    });
    for (const id of ['000000000', 'abc', '12345678901']) {
      const missing = await sb.call('GET', `/ssp/meet/rooms/${id}`);
      expect(missing.status).toBe(404);
      expectMatchesContract('ssp', 'getRoom', 404, await missing.json());
    }
  });

  it('joins an open meeting as guest whatever the password', async () => {
    const res = await join(openId, { password: '' });
    const body = (await res.json()) as { link_on_meet_with_token: string };
    expectMatchesContract('ssp', 'joinRoom', 200, body);
    const page = await (await sb.app.request(body.link_on_meet_with_token.replace('http://localhost:4010', ''))).text();
    expect(page).toContain('as guest');
    expect(page).toContain('Board &lt;meeting&gt;');
  });

  it('counts wrong passwords per meeting and client, then locks for 5 minutes', async () => {
    for (const left of [4, 3, 2, 1]) {
      const res = await join(privateId, { password: 'wrong' });
      expect(res.status).toBe(403);
      const body = await res.json();
      expectMatchesContract('ssp', 'joinRoom', 403, body);
      expect(body).toMatchObject({ attempts_left: left });
    }
    const locked = await join(privateId, { password: 'wrong' });
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('300');
    expectMatchesContract('ssp', 'joinRoom', 429, await locked.json());
    // Even the right password waits out the lock.
    const right = await join(privateId, { password: 'meet-1234' });
    expect(right.status).toBe(429);
    sb.clock.ms += 120_000;
    expect(
      ((await (await join(privateId, { password: 'meet-1234' })).json()) as { retry_after: number }).retry_after,
    ).toBe(180);
    sb.clock.ms += 181_000;
    const after = await join(privateId, { password: 'meet-1234' });
    expect(after.status).toBe(200);
    const again = await join(privateId, { password: 'wrong' });
    expect(await again.json()).toMatchObject({ attempts_left: 4 });
  });

  it('answers 400 for malformed JSON, 422 for a missing password, 404 for an unknown meeting', async () => {
    const malformed = await sb.call('POST', `/ssp/meet/rooms/${privateId}/join`, {
      body: '{',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expectMatchesContract('ssp', 'joinRoom', 400, await malformed.json());
    const missing = await join(privateId, {});
    expect(missing.status).toBe(422);
    expectMatchesContract('ssp', 'joinRoom', 422, await missing.json());
    const unknown = await join('999999999', { password: 'x' });
    expect(unknown.status).toBe(404);
  });

  it('lets the signed-in organizer join their private meeting as moderator, without a password or a try', async () => {
    const organizer = await sb.tokenFor('demo@example.com');
    const guesses = () =>
      sb.deps.db.prepare('SELECT count(*) AS n FROM room_guesses WHERE meeting_id = ?').get(privateId);
    const before = guesses();
    const res = await sb.call('POST', `/ssp/meet/rooms/${privateId}/join-as-organizer`, { token: organizer });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { link_on_meet_with_token: string };
    expectMatchesContract('ssp', 'joinRoomAsOrganizer', 200, body);
    const page = await (await sb.app.request(body.link_on_meet_with_token.replace('http://localhost:4010', ''))).text();
    expect(page).toContain('as moderator');
    expect(page).toContain('(Demo User)');
    expect(guesses()).toEqual(before);

    // Anyone else, signed in or not, is refused; an unknown meeting is a 404.
    const other = await sb.call('POST', `/ssp/meet/rooms/${privateId}/join-as-organizer`, {
      token: await sb.tokenFor('other@example.com'),
    });
    expect(other.status).toBe(403);
    expectMatchesContract('ssp', 'joinRoomAsOrganizer', 403, await other.json());
    expect((await sb.call('POST', `/ssp/meet/rooms/${privateId}/join-as-organizer`)).status).toBe(401);
    expect((await sb.call('POST', '/ssp/meet/rooms/999999999/join-as-organizer', { token: organizer })).status).toBe(
      404,
    );
  });

  it("the room stand-in refuses missing, forged, expired and other rooms' tokens", async () => {
    const ok = (await (await join(openId, { password: '' })).json()) as { link_on_meet_with_token: string };
    const jwt = new URL(ok.link_on_meet_with_token).searchParams.get('jwt') ?? '';
    expect((await sb.app.request(`/meet-room/${openId}`)).status).toBe(401);
    expect((await sb.app.request(`/meet-room/${openId}?jwt=${jwt.slice(0, -3)}abc`)).status).toBe(401);
    const other = await sb.app.request(`/meet-room/${privateId}?jwt=${jwt}`);
    expect(other.status).toBe(403);
    expect(await other.text()).toContain('another meeting');
    sb.clock.ms += 3 * 86_400_000;
    const expired = await sb.app.request(`/meet-room/${openId}?jwt=${jwt}`);
    expect(expired.status).toBe(401);
    expect(await expired.text()).toContain('expired');
  });
});
