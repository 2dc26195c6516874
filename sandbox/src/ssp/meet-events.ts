// GET /meet/calendar/events and POST /meet/calendar/event/history.
import type { Context, Hono } from 'hono';
import { hashPassword } from '../auth/passwords.js';
import type { SandboxDeps, SandboxEnv } from '../context.js';
import { appOriginOf } from '../http/origins.js';
import { checkHistoryTimes, HistoryEventInput } from '../meet/event-input.js';
import { insertEvent, listEvents, toApiEvent } from '../meet/events-store.js';
import { tokenForMeet } from '../meet/room-token.js';
import { parseLocalDateTime } from '../meet/zoned-time.js';
import { problem, readJson, validationProblem } from '../problems.js';

type Bound = { ok: true; value?: string } | { ok: false };

/** A date (`2020-11-06`) or local date-time bound, as the wall-clock text events are compared with. */
function bound(raw: string | undefined, edge: 'from' | 'to'): Bound {
  if (raw === undefined || raw === '') return { ok: true };
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) {
    if (!parseLocalDateTime(`${raw}T00:00:00`)) return { ok: false };
    return { ok: true, value: `${raw}T${edge === 'from' ? '00:00:00' : '23:59:59'}` };
  }
  const parsed = parseLocalDateTime(raw);
  if (!parsed) return { ok: false };
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    ok: true,
    value: `${parsed.year}-${pad(parsed.month)}-${pad(parsed.day)}T${pad(parsed.hour)}:${pad(parsed.minute)}:${pad(parsed.second)}`,
  };
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
    if (!from.ok) return problem(c, 400, 'date_from must be a date (2020-11-06) or a local date-time.');
    if (!to.ok) return problem(c, 400, 'date_to must be a date (2020-11-06) or a local date-time.');
    const { rows, total } = listEvents(deps, {
      organizerId: c.var.user.id,
      type,
      now: deps.now(),
      localFrom: from.value,
      localTo: to.value,
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
