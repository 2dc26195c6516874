// GET /meet/calendar/events and POST /meet/calendar/event/history.
import { hashPassword } from '../auth/passwords.js';
import { appOriginOf } from '../http/origins.js';
import { problem, readJson, validationProblem } from '../http/problems.js';
import { checkHistoryTimes, HistoryEventInput } from './event-input.js';
import { insertEvent, listEvents, toApiEvent } from './events-store.js';
import { tokenForMeet } from './room-token.js';
import { inputToUtc, parseDateTimeInput, parseLocalDateTime } from './zoned-time.js';

import type { SandboxDeps, SandboxEnv } from '../context.js';
import type { Context, Hono } from 'hono';

type Bound = { ok: true; local?: string; utc?: string } | { ok: false };

/**
 * A filter bound: a date (`2020-11-06`) or local date-time, as the wall-clock text events are
 * compared with; or a date-time with `Z` or an offset, as the UTC instant events start at.
 */
function bound(raw: string | undefined, edge: 'from' | 'to'): Bound {
  if (raw === undefined || raw === '') return { ok: true };
  // An unencoded `+02:00` in a query string arrives as ` 02:00`: read it as the offset it was.
  raw = raw.replace(/(T[\d:.]+) (\d{2}:\d{2})$/, '$1+$2');
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) {
    if (!parseLocalDateTime(`${raw}T00:00:00`)) return { ok: false };
    return { ok: true, local: `${raw}T${edge === 'from' ? '00:00:00' : '23:59:59'}` };
  }
  const parsed = parseDateTimeInput(raw);
  if (!parsed) return { ok: false };
  if (parsed.offsetMinutes !== undefined) return { ok: true, utc: inputToUtc(parsed, 'UTC').toISOString() };
  const { year, month, day, hour, minute, second } = parsed.local;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ok: true, local: `${String(year)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}` };
}

export function pageParams(c: Context): { page: number; perPage: number } | null {
  const page = c.req.query('page') ?? '1';
  const perPage = c.req.query('per_page') ?? '20';
  if (!/^\d{1,6}$/.test(page) || !/^\d{1,3}$/.test(perPage)) return null;
  const p = Number(page);
  const pp = Number(perPage);
  if (p < 1 || pp < 1 || pp > 100) return null;
  return { page: p, perPage: pp };
}

export function mountMeetEvents(app: Hono<SandboxEnv>, deps: SandboxDeps): void {
  app.get('/meet/calendar/events', (c) => {
    const paging = pageParams(c);
    if (!paging) return problem(c, 400, 'page must be 1 or more and per_page between 1 and 100.');
    const type = c.req.query('event_type') ?? 'scheduled';
    if (type !== 'scheduled' && type !== 'history') {
      return problem(c, 400, 'event_type must be scheduled or history.');
    }
    const from = bound(c.req.query('date_from'), 'from');
    const to = bound(c.req.query('date_to'), 'to');
    const shapes = 'a date (2020-11-06), a local date-time (2020-11-06T09:00:00) or one with Z or an offset';
    if (!from.ok) return problem(c, 400, `date_from must be ${shapes}.`);
    if (!to.ok) return problem(c, 400, `date_to must be ${shapes}.`);
    const { rows, total } = listEvents(deps, {
      organizerId: c.var.user.id,
      type,
      now: deps.now(),
      localFrom: from.local,
      localTo: to.local,
      utcFrom: from.utc,
      utcTo: to.utc,
      ...paging,
    });
    const origin = appOriginOf(c, deps.config);
    c.header('X-Total-Count', String(total));
    return c.json(rows.map((row) => toApiEvent(row, origin, false, deps.config.publicUrl)));
  });

  app.post('/meet/calendar/event/history', async (c) => {
    const body = await readJson(c, HistoryEventInput);
    if (!body.ok) return body.response;
    const input = body.data;
    const checked = checkHistoryTimes(input, deps.now());
    if (!checked.ok) return validationProblem(c, checked.errors);
    const user = c.var.user;
    const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
    const row = insertEvent(deps, {
      company_id: user.company_id,
      organizer_id: user.id,
      event_type: 'history',
      title_meet: input.title_meet,
      summary: input.summary,
      description: input.description,
      time_zone: input.time_zone,
      date_start: checked.times.start.toISOString(),
      date_end: checked.times.end.toISOString(),
      attendees: '[]',
      google_event_id: null,
      password_hash: passwordHash,
      mod_password_hash: null,
    });
    const api = toApiEvent(row, appOriginOf(c, deps.config), true);
    const token_for_meet = await tokenForMeet(deps, {
      meetingId: row.meeting_id,
      moderator: true,
      endsAt: checked.times.end,
      name: `${user.first_name} ${user.last_name}`,
    });
    return c.json({ ...api, event: { ...api.event, token_for_meet } }, 201);
  });
}
