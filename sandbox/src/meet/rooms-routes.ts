// Room calls: the password page's public GET /meet/rooms/{id} and POST /meet/rooms/{id}/join, and
// the organizer's POST /meet/rooms/{id}/join-as-organizer (signed in, no password, as moderator).
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';

import { verifyPassword } from '../auth/passwords.js';
import { requireUser } from '../auth/require-user.js';
import { clientIp } from '../http/origins.js';
import { problem } from '../http/problems.js';
import { json } from '../http/validate.js';
import { findEventByMeetingId, type EventRow } from './events-store.js';
import { LookupLimiter, RoomGuesses } from './room-limits.js';
import { tokenForMeet } from './room-token.js';
import { utcToLocalIso } from './zoned-time.js';

import type { SandboxDeps, SandboxEnv } from '../context.js';
import type { Context } from 'hono';

const JoinRequest = z.strictObject({ password: z.string().max(100) });

function tooMany(c: Context, detail: string, seconds: number): Response {
  const res = problem(c, 429, detail, { retry_after: seconds });
  res.headers.set('Retry-After', String(seconds));
  return res;
}

const locked = (c: Context, seconds: number) => tooMany(c, 'Too many wrong passwords. Try again later.', seconds);

export function roomsRoutes(deps: SandboxDeps): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  const guesses = new RoomGuesses(deps);
  const lookups = new LookupLimiter(deps.now);

  /** Meeting ids must not be enumerable: every public call names one, so every one counts. */
  const lookUp = createMiddleware(async (c, next) => {
    const wait = lookups.take(clientIp(c));
    if (wait > 0) return tooMany(c, 'Too many meeting look-ups. Try again later.', wait);
    await next();
  });

  /** The meeting the path names, else 404 (before any body is read). */
  const meeting = createMiddleware<{ Variables: { meeting: EventRow } }>(async (c, next) => {
    const row = findEventByMeetingId(deps, c.req.param('meeting_id') ?? '');
    if (!row) return problem(c, 404, 'No meeting with this id.');
    c.set('meeting', row);
    await next();
  });

  app.get('/meet/rooms/:meeting_id', lookUp, meeting, (c) => {
    const row = c.var.meeting;
    return c.json({
      meeting_id: row.meeting_id,
      title_meet: row.title_meet,
      is_private: row.password_hash !== null,
      date_start: utcToLocalIso(new Date(row.date_start), row.time_zone),
      timeZone: row.time_zone,
    });
  });

  app.post('/meet/rooms/:meeting_id/join', lookUp, meeting, json(JoinRequest), async (c) => {
    const row = c.var.meeting;
    const meetingId = row.meeting_id;
    const endsAt = new Date(row.date_end);
    if (row.password_hash === null) {
      const token = await tokenForMeet(deps, { meetingId, moderator: false, endsAt });
      return c.json({ link_on_meet_with_token: token.link_on_meet_with_token });
    }

    // Reserved before the slow check; a right password during a lock gets the same 429.
    const ip = clientIp(c);
    const reserved = guesses.reserve(meetingId, ip);
    if (!reserved.ok) return locked(c, reserved.retryAfter);
    const { password } = c.req.valid('json');
    const [asGuest, asModerator] = await Promise.all([
      verifyPassword(password, row.password_hash),
      row.mod_password_hash ? verifyPassword(password, row.mod_password_hash) : Promise.resolve(false),
    ]);
    if (asGuest || asModerator) {
      guesses.right(reserved.id);
      const token = await tokenForMeet(deps, { meetingId, moderator: asModerator, endsAt });
      return c.json({ link_on_meet_with_token: token.link_on_meet_with_token });
    }
    const verdict = guesses.wrong(reserved.id, meetingId, ip);
    if ('retryAfter' in verdict) return locked(c, verdict.retryAfter);
    return problem(c, 403, 'Wrong password.', { attempts_left: verdict.attemptsLeft });
  });

  // The organizer needs no password: they own the meeting, and their token says who they are.
  app.post('/meet/rooms/:meeting_id/join-as-organizer', requireUser(deps), meeting, async (c) => {
    const row = c.var.meeting;
    const user = c.get('user');
    if (row.organizer_id !== user.id)
      return problem(c, 403, 'Only the organizer of this meeting joins it without its password.');
    const name = `${user.first_name} ${user.last_name}`.trim() || user.email;
    const token = await tokenForMeet(deps, {
      meetingId: row.meeting_id,
      moderator: true,
      endsAt: new Date(row.date_end),
      name,
    });
    return c.json({ link_on_meet_with_token: token.link_on_meet_with_token });
  });
  return app;
}
