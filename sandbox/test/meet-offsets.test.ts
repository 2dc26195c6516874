// Date-times with `Z` or an offset (the guide's Swagger model: `2020-10-18T12:17:16.153Z`) are
// accepted wherever the API takes one, converted to the event's time zone, and answered in the
// guide's offset-less shape; at the DST edges too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectMatchesContract } from './contract.js';
import { createSandbox, type Sandbox } from './fixture.js';

let sb: Sandbox;
let token: string;
beforeAll(async () => {
  sb = await createSandbox('2026-01-15T18:00:00.000Z');
  // A user of its own, so the demo's meetings do not crowd the lists.
  await sb.call('POST', '/auth/api/user/register', {
    json: {
      first_name: 'Zoe',
      last_name: 'Zone',
      email: 'zones@example.com',
      company: 'Zones',
      key: sb.deps.config.registrationKey,
      pwd: 'long-enough-pw',
    },
  });
  token = await sb.tokenFor('zones@example.com');
});
afterAll(() => sb.close());

interface Created {
  _id: string;
  event: { date_start: string; date_end: string; timeZone: string };
}

/** A history meeting started at `at` (text as sent), with the test clock 10 minutes after `utc`. */
async function history(at: string, zone: string, utc: string, end = at): Promise<Response> {
  sb.clock.ms = Date.parse(utc) + 10 * 60_000;
  // A token of the moved clock's time: one from another time is expired or not yet valid.
  token = await sb.tokenFor('zones@example.com');
  return sb.call('POST', '/ssp/meet/calendar/event/history', {
    token,
    json: {
      description: '',
      start_time: at,
      end_time: end,
      summary: 'Edge',
      time_zone: zone,
      title_meet: `Edge ${at}`,
    },
  });
}

async function created(at: string, zone: string, utc: string, end?: string): Promise<Created> {
  const res = await history(at, zone, utc, end);
  const body = (await res.json()) as Created;
  expect(res.status, JSON.stringify(body)).toBe(201);
  expectMatchesContract('ssp', 'createHistoryEvent', 201, body);
  return body;
}

/** The stored instant of a meeting. */
const storedUtc = (id: string) =>
  (sb.deps.db.prepare('SELECT date_start FROM events WHERE id = ?').get(id) as { date_start: string }).date_start;

async function list(query: string): Promise<Created[]> {
  const res = await sb.call('GET', `/ssp/meet/calendar/events?event_type=history&per_page=100&${query}`, { token });
  const body = (await res.json()) as Created[];
  expect(res.status, JSON.stringify(body)).toBe(200);
  expectMatchesContract('ssp', 'listEvents', 200, body);
  return body;
}

describe('history events with Z or an offset', () => {
  it("takes the guide's Swagger model time as written (Z, a fraction) in Etc/GMT+0", async () => {
    const body = await created('2020-10-18T12:17:16.153Z', 'Etc/GMT+0', '2020-10-18T12:17:16Z');
    expect(body.event.date_start).toBe('2020-10-18T12:17:16+00:00');
    expect(storedUtc(body._id)).toBe('2020-10-18T12:17:16.000Z');
    const other = await created('2020-10-18T14:20:00+02:00', 'Etc/GMT+0', '2020-10-18T12:20:00Z');
    expect(other.event.date_start).toBe('2020-10-18T12:20:00+00:00');
  });

  it('America/Los_Angeles spring-forward: an instant in or around the gap gets its real wall-clock time', async () => {
    // 2026-03-08 02:00 PST (10:00Z) becomes 03:00 PDT.
    const before = await created('2026-03-08T09:59:59Z', 'America/Los_Angeles', '2026-03-08T09:59:59Z');
    expect(before.event.date_start).toBe('2026-03-08T01:59:59-08:00');
    const after = await created('2026-03-08T10:00:00Z', 'America/Los_Angeles', '2026-03-08T10:00:00Z');
    expect(after.event.date_start).toBe('2026-03-08T03:00:00-07:00');
    // 02:30 "PST" does not exist on the wall; its instant is 10:30Z, which the wall calls 03:30 PDT.
    const gap = await created('2026-03-08T02:30:00-08:00', 'America/Los_Angeles', '2026-03-08T10:30:00Z');
    expect(gap.event.date_start).toBe('2026-03-08T03:30:00-07:00');
    expect(storedUtc(gap._id)).toBe('2026-03-08T10:30:00.000Z');
    // The same wall-clock text with no offset is moved forward by the gap: the same instant.
    const wall = await created('2026-03-08T02:30:00', 'America/Los_Angeles', '2026-03-08T10:30:00Z');
    expect(storedUtc(wall._id)).toBe(storedUtc(gap._id));
  });

  it('America/Los_Angeles fall-back: both 01:30s are kept apart by their offsets', async () => {
    // 2026-11-01 02:00 PDT (09:00Z) becomes 01:00 PST, so 01:30 happens twice.
    const first = await created('2026-11-01T01:30:00-07:00', 'America/Los_Angeles', '2026-11-01T08:30:00Z');
    const second = await created('2026-11-01T09:30:00Z', 'America/Los_Angeles', '2026-11-01T09:30:00Z');
    expect(first.event.date_start).toBe('2026-11-01T01:30:00-07:00');
    expect(second.event.date_start).toBe('2026-11-01T01:30:00-08:00');
    expect(storedUtc(first._id)).toBe('2026-11-01T08:30:00.000Z');
    expect(storedUtc(second._id)).toBe('2026-11-01T09:30:00.000Z');
    // Without an offset the earlier one is meant, as calendars do.
    const wall = await created('2026-11-01T01:30:00', 'America/Los_Angeles', '2026-11-01T09:30:00Z');
    expect(storedUtc(wall._id)).toBe(storedUtc(first._id));

    // Lists keep the guide's offset-less shape: both read 01:30.
    const listed = await list('date_from=2026-11-01&date_to=2026-11-01');
    expect(listed.map((e) => e.event.date_start)).toEqual([
      '2026-11-01T01:30:00',
      '2026-11-01T01:30:00',
      '2026-11-01T01:30:00',
    ]);
    // A filter with an offset is an instant: only the second 01:30 starts at or after 09:00Z.
    const later = await list('date_from=2026-11-01T09:00:00Z&date_to=2026-11-01T10:00:00Z');
    expect(later.map((e) => e._id)).toEqual([second._id]);
    const earlier = await list(
      `date_from=${encodeURIComponent('2026-11-01T01:00:00-07:00')}&date_to=${encodeURIComponent('2026-11-01T01:59:59-07:00')}`,
    );
    expect(earlier.map((e) => e._id).sort()).toEqual([first._id, wall._id].sort());
  });

  it('Europe/Berlin at both edges', async () => {
    // 2026-03-29 02:00 CET (01:00Z) becomes 03:00 CEST.
    const spring = await created('2026-03-29T01:30:00Z', 'Europe/Berlin', '2026-03-29T01:30:00Z');
    expect(spring.event.date_start).toBe('2026-03-29T03:30:00+02:00');
    // 2026-10-25 03:00 CEST (01:00Z) becomes 02:00 CET: 02:30 twice.
    const summer = await created('2026-10-25T02:30:00+02:00', 'Europe/Berlin', '2026-10-25T00:30:00Z');
    const winter = await created('2026-10-25T02:30:00+01:00', 'Europe/Berlin', '2026-10-25T01:30:00Z');
    expect([summer.event.date_start, winter.event.date_start]).toEqual([
      '2026-10-25T02:30:00+02:00',
      '2026-10-25T02:30:00+01:00',
    ]);
    expect(storedUtc(winter._id)).toBe('2026-10-25T01:30:00.000Z');
  });

  it("converts an offset in another zone to the event's zone, and compares start and end as instants", async () => {
    // start_time and end_time must be the same: the same instant written two ways is the same.
    const body = await created(
      '2026-01-15T20:00:00+02:00',
      'Etc/GMT+0',
      '2026-01-15T18:00:00Z',
      '2026-01-15T18:00:00Z',
    );
    expect(body.event).toMatchObject({
      date_start: '2026-01-15T18:00:00+00:00',
      date_end: '2026-01-15T18:00:00+00:00',
      timeZone: 'Etc/GMT+0',
    });
    const tokyo = await created('2026-01-15T18:05:00Z', 'Asia/Tokyo', '2026-01-15T18:05:00Z');
    expect(tokyo.event.date_start).toBe('2026-01-16T03:05:00+09:00');
    const different = await history(
      '2026-01-15T18:00:00Z',
      'Etc/GMT+0',
      '2026-01-15T18:00:00Z',
      '2026-01-15T18:00:00+01:00',
    );
    expect(different.status).toBe(422);
  });

  it('refuses offsets that are not real, with a field error', async () => {
    for (const at of [
      '2026-01-15T18:00:00+15:00',
      '2026-01-15T18:00:00+02:60',
      '2026-02-30T18:00:00Z',
      '2026-01-15T18:00:00z',
      '2026-01-15T18:00:00+0200',
    ]) {
      const res = await history(at, 'Etc/GMT+0', '2026-01-15T18:00:00Z');
      expect(res.status, at).toBe(422);
      const body = (await res.json()) as { errors: { field: string }[] };
      expectMatchesContract('ssp', 'createHistoryEvent', 422, body);
      expect(
        body.errors.map((e) => e.field),
        at,
      ).toContain('start_time');
    }
  });
});

describe('scheduled events and filters', () => {
  it("converts a scheduled meeting's Z times to its zone and lists them without an offset", async () => {
    sb.clock.ms = Date.parse('2026-01-15T18:00:00Z');
    token = await sb.tokenFor('zones@example.com');
    // Calendar access through the sandbox's Google stand-in, as a user grants it.
    const url = (await (await sb.call('GET', '/ssp/meet/app/calendar/get-auth-url', { token })).json()) as {
      auth_url: string;
    };
    const state = new URL(url.auth_url).searchParams.get('state') ?? '';
    await sb.app.request('/meetauth/callback', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ state, account: 'zones@example.com', decision: 'allow' }).toString(),
    });
    const res = await sb.call('POST', '/ssp/meet/calendar/event/scheduled', {
      token,
      json: {
        attendees: [{ email: 'guest@example.com' }],
        description: '',
        summary: 'Plan',
        title_meet: 'Plan',
        start_time: '2026-02-10T17:00:00.153Z',
        end_time: '2026-02-10T12:30:00-05:00',
        time_zone: 'America/Los_Angeles',
      },
    });
    const body = (await res.json()) as Created & { event: { cal: string } };
    expect(res.status, JSON.stringify(body)).toBe(201);
    expectMatchesContract('ssp', 'createScheduledEvent', 201, body);
    expect(body.event).toMatchObject({
      date_start: '2026-02-10T09:00:00-08:00',
      date_end: '2026-02-10T09:30:00-08:00',
    });
    expect(body.event.cal).toContain('DTSTART:20260210T170000Z');
    const listed = (await (
      await sb.call(
        'GET',
        '/ssp/meet/calendar/events?date_from=2026-02-10T16:59:59Z&date_to=2026-02-10T17:00:00%2B00:00',
        { token },
      )
    ).json()) as Created[];
    expect(listed.map((e) => [e._id, e.event.date_start, e.event.date_end])).toEqual([
      [body._id, '2026-02-10T09:00:00', '2026-02-10T09:30:00'],
    ]);
    // An unencoded "+" arrives as a space; it is read as the offset it was.
    const unencoded = (await (
      await sb.call(
        'GET',
        '/ssp/meet/calendar/events?date_from=2026-02-10T18:00:00+01:00&date_to=2026-02-10T18:00:00+01:00',
        { token },
      )
    ).json()) as Created[];
    expect(unencoded.map((e) => e._id)).toEqual([body._id]);
  });

  it('answers 400 for a filter whose offset is not real', async () => {
    token = await sb.tokenFor('zones@example.com');
    for (const q of [
      'date_from=2026-01-15T18:00:00%2B15:00',
      'date_to=2026-01-15T18:00:00Zulu',
      'date_to=2026-01-15Z',
    ]) {
      const res = await sb.call('GET', `/ssp/meet/calendar/events?${q}`, { token });
      expect(res.status, q).toBe(400);
      expectMatchesContract('ssp', 'listEvents', 400, await res.json());
    }
  });
});
