// GET /meet/calendar/events and POST /meet/calendar/event/history.
import { Hono } from 'hono';
import { z } from 'zod';

import { hashPassword } from '../auth/passwords.js';
import { appOriginOf } from '../http/origins.js';
import { pageResponse, pagingQuery } from '../http/paging.js';
import { validationProblem } from '../http/problems.js';
import { json, query } from '../http/validate.js';
import { checkHistoryTimes, HistoryEventInput } from './event-input.js';
import { insertEvent, listEvents, toApiEvent } from './events-store.js';
import { tokenForMeet } from './room-token.js';
import { inputToUtc, parseDateTimeInput, parseLocalDateTime } from './zoned-time.js';

import type { SandboxDeps, SandboxEnv } from '../context.js';

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

const SHAPES = 'a date (2020-11-06), a local date-time (2020-11-06T09:00:00) or one with Z or an offset';

function dateBound(edge: 'from' | 'to') {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const b = bound(raw, edge);
      if (b.ok) return b;
      ctx.addIssue({ code: 'custom', message: `date_${edge} must be ${SHAPES}.` });
      return z.NEVER;
    });
}

const EventsQuery = z.object({
  ...pagingQuery,
  event_type: z
    .enum(['scheduled', 'history'], { error: 'event_type must be scheduled or history.' })
    .default('scheduled'),
  date_from: dateBound('from'),
  date_to: dateBound('to'),
});

export function eventsRoutes(deps: SandboxDeps): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  app.get('/meet/calendar/events', query(EventsQuery), (c) => {
    const q = c.req.valid('query');
    const { rows, total } = listEvents(deps, {
      organizerId: c.var.user.id,
      type: q.event_type,
      now: deps.now(),
      localFrom: q.date_from.local,
      localTo: q.date_to.local,
      utcFrom: q.date_from.utc,
      utcTo: q.date_to.utc,
      page: q.page,
      perPage: q.per_page,
    });
    const origin = appOriginOf(c, deps.config);
    return pageResponse(
      c,
      rows.map((row) => toApiEvent(row, origin, false, deps.config.publicUrl)),
      total,
    );
  });

  app.post('/meet/calendar/event/history', json(HistoryEventInput), async (c) => {
    const input = c.req.valid('json');
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
  return app;
}
