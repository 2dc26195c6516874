import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectMatchesContract } from './contract.js';
import { APP, createSandbox, type Sandbox } from './fixture.js';

let sb: Sandbox;
let token: string;
beforeAll(async () => {
  sb = await createSandbox('2026-01-15T18:00:00.000Z');
  token = await sb.tokenFor('demo@example.com');
});
afterAll(() => sb.close());

type ApiEvent = {
  _id: string;
  event: Record<string, unknown> & { date_start: string; meeting_id: string };
  is_private: boolean;
};

async function list(query: string) {
  const res = await sb.call('GET', `/ssp/meet/calendar/events?${query}`, { token, headers: { origin: APP } });
  const body = (await res.json()) as ApiEvent[];
  if (res.status === 200) expectMatchesContract('ssp', 'listEvents', 200, body);
  return { res, body };
}

/** `2026-01-15T10:00:00` in Etc/GMT+0, minutes from the test clock. */
function localUtc(offsetMinutes: number): string {
  return new Date(sb.clock.ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
}

const historyBody = (extra: Record<string, unknown> = {}) => ({
  description: 'Started <b>now</b>',
  start_time: localUtc(0),
  end_time: localUtc(0),
  summary: 'Quick call',
  time_zone: 'Etc/GMT+0',
  title_meet: 'Quick call',
  ...extra,
});

describe('events list', () => {
  it('pages the seeded history newest first with X-Total-Count and links on the app origin', async () => {
    const { res, body } = await list('event_type=history&per_page=20');
    expect(res.headers.get('x-total-count')).toBe('30');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/X-Total-Count/);
    expect(body).toHaveLength(20);
    const starts = body.map((e) => Date.parse(e.event.date_start + 'Z'));
    expect(body[0]?.event.link_on_meet).toBe(`${APP}/meet/${body[0]?.event.meeting_id}`);
    expect(starts.length).toBe(20);
    const page2 = await list('event_type=history&per_page=20&page=2');
    expect(page2.body).toHaveLength(10);
    expect(body.some((e) => e.is_private && typeof e.event.hash_pass === 'string')).toBe(true);
  });

  it('lists scheduled (the default) soonest first, filtered by wall-clock dates', async () => {
    const { res, body } = await list('');
    expect(res.headers.get('x-total-count')).toBe('10');
    expect(body.every((e) => e.event.google_event_id)).toBe(true);
    const first = body[0]?.event.date_start.slice(0, 10) ?? '';
    const oneDay = await list(`date_from=${first}&date_to=${first}`);
    expect(oneDay.body.length).toBeGreaterThan(0);
    expect(oneDay.body.every((e) => e.event.date_start.startsWith(first))).toBe(true);
  });

  it('answers 400 for bad paging, event_type or dates, and 401 without a token', async () => {
    for (const q of [
      'page=0',
      'per_page=101',
      'page=abc',
      'event_type=past',
      'date_from=2026-13-01',
      'date_to=yesterday',
    ]) {
      const { res, body } = await list(q);
      expect(res.status, q).toBe(400);
      expectMatchesContract('ssp', 'listEvents', 400, body);
    }
    const anonymous = await sb.call('GET', '/ssp/meet/calendar/events');
    expect(anonymous.status).toBe(401);
    expectMatchesContract('ssp', 'listEvents', 401, await anonymous.json());
  });

  it('shows each user only their own meetings', async () => {
    const other = await sb.tokenFor('other@example.com');
    const res = await sb.call('GET', '/ssp/meet/calendar/events?event_type=history', { token: other });
    expect(res.headers.get('x-total-count')).toBe('3');
  });
});

describe('history events', () => {
  it('creates a meeting that starts now, with a moderator room token', async () => {
    const res = await sb.call('POST', '/ssp/meet/calendar/event/history', {
      token,
      json: historyBody(),
      headers: { origin: APP },
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as ApiEvent & {
      event: { token_for_meet: { link_on_meet_with_token: string; room: string } };
    };
    expectMatchesContract('ssp', 'createHistoryEvent', 201, body);
    expect(body.event.meeting_id).toMatch(/^\d{9}$/);
    expect(body.event.date_start).toBe(`${localUtc(0)}+00:00`);
    expect(body.is_private).toBe(false);
    const room = await sb.app.request(
      body.event.token_for_meet.link_on_meet_with_token.replace('http://localhost:4010', ''),
    );
    expect(await room.text()).toContain('as moderator');
    sb.clock.ms += 1000; // history is what started before now
    const { body: history } = await list('event_type=history&per_page=1');
    expect(history[0]?._id).toBe(body._id);
  });

  it('makes a private meeting when a password is sent', async () => {
    const res = await sb.call('POST', '/ssp/meet/calendar/event/history', {
      token,
      json: historyBody({ password: 'secret-1' }),
    });
    const body = (await res.json()) as ApiEvent;
    expect(body.is_private).toBe(true);
    expect(body.event.hash_pass).toMatch(/^[0-9a-f]{64}$/);
    const stored = sb.deps.db.prepare('SELECT password_hash FROM events WHERE id = ?').get(body._id) as {
      password_hash: string;
    };
    expect(stored.password_hash.startsWith('scrypt$')).toBe(true);
  });

  it('enforces the guide rules with 422 field errors and writes nothing', async () => {
    const before = sb.deps.db.prepare('SELECT count(*) AS n FROM events').get();
    const cases: [Record<string, unknown>, string][] = [
      [{ end_time: localUtc(1) }, 'end_time'],
      [{ start_time: localUtc(60), end_time: localUtc(60) }, 'start_time'],
      [{ start_time: localUtc(-49 * 60), end_time: localUtc(-49 * 60) }, 'start_time'],
      [{ time_zone: 'Mars/Olympus' }, 'time_zone'],
      [{ start_time: '2026-02-30T10:00:00', end_time: '2026-02-30T10:00:00' }, 'start_time'],
      [{ title_meet: 42 }, 'title_meet'],
      [{ extra: true }, 'body'],
    ];
    for (const [extra, field] of cases) {
      const res = await sb.call('POST', '/ssp/meet/calendar/event/history', { token, json: historyBody(extra) });
      expect(res.status, JSON.stringify(extra)).toBe(422);
      const body = (await res.json()) as { errors: { field: string }[] };
      expectMatchesContract('ssp', 'createHistoryEvent', 422, body);
      expect(body.errors.map((e) => e.field)).toContain(field);
    }
    expect(sb.deps.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual(before);
  });

  it('accepts 48 hours ago in another zone', async () => {
    // 47 h before the clock, written as Asia/Kolkata wall-clock time (UTC+05:30).
    const kolkata = new Date(sb.clock.ms - 47 * 3600_000 + 330 * 60_000).toISOString().slice(0, 19);
    const res = await sb.call('POST', '/ssp/meet/calendar/event/history', {
      token,
      json: historyBody({ start_time: kolkata, end_time: kolkata, time_zone: 'Asia/Kolkata' }),
    });
    expect(res.status).toBe(201);
  });
});

describe('account', () => {
  it('reads and patches the profile', async () => {
    const me = await sb.call('GET', '/ssp/users/me', { token });
    const body = (await me.json()) as Record<string, unknown>;
    expectMatchesContract('ssp', 'getMe', 200, body);
    expect(body).toMatchObject({
      email: 'demo@example.com',
      company: 'Demo Company',
      timezone: 'America/Los_Angeles',
      google_calendar_connected: false,
    });
    const patched = await sb.call('PATCH', '/ssp/users/me', {
      token,
      json: { mobile: '3185456266', timezone: 'Europe/Chisinau' },
    });
    expect(patched.status).toBe(200);
    const after = await patched.json();
    expectMatchesContract('ssp', 'updateMe', 200, after);
    expect(after).toMatchObject({ mobile: '3185456266', timezone: 'Europe/Chisinau' });
    for (const bad of [
      { timezone: 'Nowhere/City' },
      { mobile: '123' },
      {},
      { email: 'x@example.com' },
      { first_name: '' },
    ]) {
      const res = await sb.call('PATCH', '/ssp/users/me', { token, json: bad });
      expect(res.status, JSON.stringify(bad)).toBe(422);
      expectMatchesContract('ssp', 'updateMe', 422, await res.json());
    }
    const cleared = await sb.call('PATCH', '/ssp/users/me', { token, json: { mobile: null } });
    expect(((await cleared.json()) as { mobile: unknown }).mobile).toBeNull();
  });
});
