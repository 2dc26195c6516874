import ICAL from 'ical.js';
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

const RETURN = `${APP}/meet?tab=scheduled`;
const scheduled = (extra: Record<string, unknown> = {}) => ({
  attendees: [{ email: 'guest@example.com' }],
  description: 'Plan; review, <b>ship</b>',
  start_time: '2026-02-10T09:00:00',
  end_time: '2026-02-10T09:30:00',
  summary: 'Planning',
  time_zone: 'America/Los_Angeles',
  title_meet: 'Planning',
  ...extra,
});

async function consentState(): Promise<string> {
  const res = await sb.call('GET', `/ssp/meet/app/calendar/get-auth-url?redirect_uri=${encodeURIComponent(RETURN)}`, {
    token,
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { auth_url: string };
  expectMatchesContract('ssp', 'getGoogleAuthUrl', 200, body);
  const url = new URL(body.auth_url);
  expect(url.pathname).toBe('/google/consent');
  expect(url.searchParams.get('scope')).toBe('https://www.googleapis.com/auth/calendar');
  expect(url.searchParams.get('access_type')).toBe('offline');
  return url.searchParams.get('state') ?? '';
}

function decide(state: string, account: string, decision: 'allow' | 'deny') {
  return sb.app.request('/meetauth/callback', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ state, account, decision }).toString(),
  });
}

describe('Google consent', () => {
  it("refuses scheduling with the guide's exact 404 until calendar access is granted", async () => {
    const res = await sb.call('POST', '/ssp/meet/calendar/event/scheduled', { token, json: scheduled() });
    expect(res.status).toBe(404);
    const body = await res.json();
    expectMatchesContract('ssp', 'createScheduledEvent', 404, body);
    expect(body).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'This acc doesn`t have credentials for google app',
    });
  });

  it("takes the guide's call with no query, returning to the default app origin's Meet page", async () => {
    const res = await sb.call('GET', '/ssp/meet/app/calendar/get-auth-url', { token });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { auth_url: string };
    expectMatchesContract('ssp', 'getGoogleAuthUrl', 200, body);
    const state = new URL(body.auth_url).searchParams.get('state') ?? '';
    const denied = await decide(state, 'demo@example.com', 'deny');
    expect(denied.headers.get('location')).toBe(`${sb.deps.config.defaultAppOrigin}/meet?google=denied`);
    // From a registered app origin, the browser returns to that origin.
    const fromPreview = await sb.call('GET', '/ssp/meet/app/calendar/get-auth-url', {
      token,
      headers: { origin: 'http://localhost:4173' },
    });
    const previewState =
      new URL(((await fromPreview.json()) as { auth_url: string }).auth_url).searchParams.get('state') ?? '';
    const back = await decide(previewState, 'demo@example.com', 'deny');
    expect(back.headers.get('location')).toBe('http://localhost:4173/meet?google=denied');
  });

  it('only returns to registered app origins', async () => {
    const empty = await sb.call('GET', '/ssp/meet/app/calendar/get-auth-url?redirect_uri=', { token });
    expect(empty.status).toBe(422);
    expectMatchesContract('ssp', 'getGoogleAuthUrl', 422, await empty.json());
    const foreign = await sb.call(
      'GET',
      `/ssp/meet/app/calendar/get-auth-url?redirect_uri=${encodeURIComponent('https://evil.example/meet')}`,
      { token },
    );
    expect(foreign.status).toBe(422);
    expectMatchesContract('ssp', 'getGoogleAuthUrl', 422, await foreign.json());
  });

  it('offers the profile account and another, and handles deny, wrong account and allow', async () => {
    const state = await consentState();
    const page = await (await sb.app.request(`/google/consent?state=${state}`)).text();
    expect(page).toContain('demo@example.com');
    expect(page).toContain('someone.else@gmail.com');
    const denied = await decide(state, 'demo@example.com', 'deny');
    expect(denied.status).toBe(302);
    expect(new URL(denied.headers.get('location') ?? '').searchParams.get('google')).toBe('denied');
    expect((await decide(state, 'demo@example.com', 'allow')).status).toBe(400);
    const wrong = await decide(await consentState(), 'someone.else@gmail.com', 'allow');
    expect(wrong.headers.get('location')).toBe(`${RETURN}&google=wrong_account`);
    expect((await sb.app.request('/google/consent?state=made-up')).status).toBe(400);
    const me = async () =>
      ((await (await sb.call('GET', '/ssp/users/me', { token })).json()) as { google_calendar_connected: boolean })
        .google_calendar_connected;
    expect(await me()).toBe(false);
    const ok = await decide(await consentState(), 'demo@example.com', 'allow');
    expect(ok.headers.get('location')).toBe(`${RETURN}&google=connected`);
    expect(await me()).toBe(true);
  });
});

describe('scheduled events', () => {
  it('answers the event with google id, invitation text, room token and a valid iCalendar', async () => {
    const res = await sb.call('POST', '/ssp/meet/calendar/event/scheduled', {
      token,
      json: scheduled(),
      headers: { origin: 'http://localhost:4173' },
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { event: Record<string, string> & { token_for_meet: { token: string } } };
    expectMatchesContract('ssp', 'createScheduledEvent', 201, body);
    const e = body.event;
    const id = e.meeting_id ?? '';
    expect(e.google_event_id).toMatch(/^[0-9a-v]{26}$/);
    expect(e.link_on_meet).toBe(`http://localhost:4173/meet/${e.meeting_id}`);
    expect(e.date_start).toBe('2026-02-10T09:00:00-08:00');
    expect(e.text_for_event).toContain(`<b>Meeting ID</b>\n${id.slice(0, 3)}-${id.slice(3, 6)}-${id.slice(6)}#`);
    expect(e.text_for_event).toContain('(+1) 858-999-9915');
    const vevent = new ICAL.Component(ICAL.parse(e.cal ?? '') as unknown[]).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('dtstart')?.toString()).toBe('2026-02-10T17:00:00Z');
    expect(vevent?.getFirstPropertyValue('description')).toBe(e.text_for_event);
    expect(e.mod_token_for_meet).toBeUndefined();
  });

  it('adds the moderator password, token and text for a private meeting', async () => {
    const res = await sb.call('POST', '/ssp/meet/calendar/event/scheduled', {
      token,
      json: scheduled({ password: 'guest-pass' }),
    });
    const body = (await res.json()) as {
      is_private: boolean;
      event: {
        meeting_id: string;
        password: string;
        text_for_event: string;
        mod_text_for_event: string;
        mod_token_for_meet: { mod_password: string; link_on_meet_with_token: string };
        token_for_meet: { link_on_meet_with_token: string };
      };
    };
    expectMatchesContract('ssp', 'createScheduledEvent', 201, body);
    expect(body.is_private).toBe(true);
    expect(body.event.password).toBe('guest-pass');
    expect(body.event.text_for_event).toContain('<b>Password for meet</b>\nguest-pass');
    expect(body.event.mod_text_for_event).toContain(body.event.mod_token_for_meet.mod_password);
    const path = (link: string) => link.replace('http://localhost:4010', '');
    expect(await (await sb.app.request(path(body.event.mod_token_for_meet.link_on_meet_with_token))).text()).toContain(
      'as moderator',
    );
    expect(await (await sb.app.request(path(body.event.token_for_meet.link_on_meet_with_token))).text()).toContain(
      'as guest',
    );
    const join = await sb.call('POST', `/ssp/meet/rooms/${body.event.meeting_id}/join`, {
      json: { password: body.event.mod_token_for_meet.mod_password },
    });
    const link = ((await join.json()) as { link_on_meet_with_token: string }).link_on_meet_with_token;
    expect(await (await sb.app.request(path(link))).text()).toContain('as moderator');
  });

  it('validates attendees and times with 422', async () => {
    for (const [extra, field] of [
      [{ attendees: [] }, 'attendees'],
      [{ attendees: [{ email: 'nope' }] }, 'attendees.0.email'],
      [{ end_time: '2026-02-10T08:59:00' }, 'end_time'],
      [{ start_time: '2026-01-01T09:00:00', end_time: '2026-01-01T10:00:00' }, 'start_time'],
    ] as [Record<string, unknown>, string][]) {
      const res = await sb.call('POST', '/ssp/meet/calendar/event/scheduled', { token, json: scheduled(extra) });
      expect(res.status, field).toBe(422);
      const body = (await res.json()) as { errors: { field: string }[] };
      expectMatchesContract('ssp', 'createScheduledEvent', 422, body);
      expect(body.errors.map((e) => e.field)).toContain(field);
    }
  });
});
