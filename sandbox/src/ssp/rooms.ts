// Public room calls of the password page: GET /meet/rooms/{id} and POST /meet/rooms/{id}/join.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { verifyPassword } from '../auth/passwords.js';
import type { SandboxDeps, SandboxEnv } from '../context.js';
import { clientIp } from '../http/origins.js';
import { findEventByMeetingId } from '../meet/events-store.js';
import { tokenForMeet } from '../meet/room-token.js';
import { utcToLocalIso } from '../meet/zoned-time.js';
import { problem, readJson } from '../problems.js';

export const MAX_WRONG_TRIES = 5;
export const LOCK_SECONDS = 300;

const JoinRequest = z.strictObject({ password: z.string().max(100) });

interface AttemptRow {
  failures: number;
  locked_until: number | null;
}

function locked(c: Context, seconds: number): Response {
  const res = problem(c, 429, 'Too many wrong passwords. Try again later.', { retry_after: seconds });
  res.headers.set('Retry-After', String(seconds));
  return res;
}

export function mountRooms(app: Hono<SandboxEnv>, deps: SandboxDeps): void {
  app.get('/meet/rooms/:meeting_id', (c) => {
    const row = findEventByMeetingId(deps, c.req.param('meeting_id'));
    if (!row) return problem(c, 404, 'No meeting with this id.');
    return c.json({
      meeting_id: row.meeting_id,
      title_meet: row.title_meet,
      is_private: row.password_hash !== null,
      date_start: utcToLocalIso(new Date(row.date_start), row.time_zone),
      timeZone: row.time_zone,
    });
  });

  app.post('/meet/rooms/:meeting_id/join', async (c) => {
    const meetingId = c.req.param('meeting_id');
    const row = findEventByMeetingId(deps, meetingId);
    if (!row) return problem(c, 404, 'No meeting with this id.');
    const body = await readJson(c, JoinRequest);
    if (!body.ok) return body.response;
    const endsAt = new Date(row.date_end);
    if (row.password_hash === null) {
      const token = await tokenForMeet(deps, { meetingId, moderator: false, endsAt });
      return c.json({ link_on_meet_with_token: token.link_on_meet_with_token });
    }

    const ip = clientIp(c);
    const nowMs = deps.now().getTime();
    const attempts = deps.db.prepare('SELECT failures, locked_until FROM room_attempts WHERE meeting_id = ? AND client_ip = ?');
    const before = attempts.get(meetingId, ip) as AttemptRow | undefined;
    if (before?.locked_until && before.locked_until > nowMs) {
      return locked(c, Math.ceil((before.locked_until - nowMs) / 1000));
    }

    const password = body.data.password;
    const [asGuest, asModerator] = await Promise.all([
      verifyPassword(password, row.password_hash),
      row.mod_password_hash ? verifyPassword(password, row.mod_password_hash) : Promise.resolve(false),
    ]);
    if (asGuest || asModerator) {
      deps.db.prepare('DELETE FROM room_attempts WHERE meeting_id = ? AND client_ip = ?').run(meetingId, ip);
      const token = await tokenForMeet(deps, { meetingId, moderator: asModerator, endsAt });
      return c.json({ link_on_meet_with_token: token.link_on_meet_with_token });
    }

    // Count the failure in one statement so parallel guesses cannot slip past the limit.
    const after = deps.db
      .prepare(
        `INSERT INTO room_attempts (meeting_id, client_ip, failures, locked_until) VALUES (?, ?, 1, NULL)
         ON CONFLICT (meeting_id, client_ip) DO UPDATE SET
           failures = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN 1 ELSE failures + 1 END,
           locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN NULL ELSE locked_until END
         RETURNING failures`,
      )
      .get(meetingId, ip, nowMs, nowMs) as { failures: number };
    if (after.failures >= MAX_WRONG_TRIES) {
      deps.db
        .prepare('UPDATE room_attempts SET locked_until = ? WHERE meeting_id = ? AND client_ip = ?')
        .run(nowMs + LOCK_SECONDS * 1000, meetingId, ip);
      return locked(c, LOCK_SECONDS);
    }
    return problem(c, 403, 'Wrong password.', { attempts_left: MAX_WRONG_TRIES - after.failures });
  });
}
