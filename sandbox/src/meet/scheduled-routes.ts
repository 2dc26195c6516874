// POST /meet/calendar/event/scheduled: a Google Calendar meeting with its invitation and tokens.
import { Hono } from 'hono';

import { generatePassword, hashPassword } from '../auth/passwords.js';
import { hasGoogleCredentials } from '../google/credentials.js';
import { appOriginOf } from '../http/origins.js';
import { problem, validationProblem } from '../http/problems.js';
import { json } from '../http/validate.js';
import { checkScheduledTimes, ScheduledEventInput } from './event-input.js';
import { insertEvent, linkOnMeet, newGoogleEventId, newMeetingId, toApiEvent } from './events-store.js';
import { buildCalendar } from './icalendar.js';
import { invitationText } from './invitation.js';
import { tokenForMeet } from './room-token.js';

import type { SandboxDeps, SandboxEnv } from '../context.js';

export const NO_GOOGLE_CREDENTIALS = 'This acc doesn`t have credentials for google app';

export function scheduledRoutes(deps: SandboxDeps): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  app.post('/meet/calendar/event/scheduled', json(ScheduledEventInput), async (c) => {
    const input = c.req.valid('json');
    const now = deps.now();
    const checked = checkScheduledTimes(input, now);
    if (!checked.ok) return validationProblem(c, checked.errors);
    const user = c.var.user;
    if (!hasGoogleCredentials(deps, user.id)) return problem(c, 404, NO_GOOGLE_CREDENTIALS);

    const isPrivate = input.password !== undefined;
    const modPassword = isPrivate ? generatePassword(12) : undefined;
    const [passwordHash, modHash] = await Promise.all([
      input.password !== undefined ? hashPassword(input.password) : null,
      modPassword !== undefined ? hashPassword(modPassword) : null,
    ]);
    const origin = appOriginOf(c, deps.config);
    const meetingId = newMeetingId(deps);
    const googleEventId = newGoogleEventId();
    const attendees = [...new Set(input.attendees.map((a) => a.email.toLowerCase()))];
    const link = linkOnMeet(origin, meetingId);
    const text = invitationText({ link, meetingId, description: input.description, password: input.password });
    const { start, end } = checked.times;

    const row = insertEvent(deps, {
      company_id: user.company_id,
      organizer_id: user.id,
      event_type: 'scheduled',
      meeting_id: meetingId,
      title_meet: input.title_meet,
      summary: input.summary,
      description: input.description,
      time_zone: input.time_zone,
      date_start: start.toISOString(),
      date_end: end.toISOString(),
      attendees: JSON.stringify(attendees),
      google_event_id: googleEventId,
      password_hash: passwordHash,
      mod_password_hash: modHash,
    });
    const cal = buildCalendar({
      uid: `${googleEventId}@google.com`,
      summary: input.summary,
      description: text,
      location: link,
      start,
      end,
      stamp: now,
      organizerEmail: user.email,
      attendees,
    });
    const name = `${user.first_name} ${user.last_name}`;
    // Without a password the link's token is the organizer's; with one, participants get a guest token.
    const token_for_meet = await tokenForMeet(deps, { meetingId, moderator: !isPrivate, endsAt: end });
    const api = toApiEvent(row, origin, true);
    const event: Record<string, unknown> = { ...api.event, cal, text_for_event: text, token_for_meet };
    if (isPrivate && modPassword !== undefined) {
      const modToken = await tokenForMeet(deps, { meetingId, moderator: true, endsAt: end, name });
      event.password = input.password;
      event.mod_text_for_event = invitationText({
        link,
        meetingId,
        description: input.description,
        password: modPassword,
      });
      event.mod_token_for_meet = { ...modToken, mod_password: modPassword };
    }
    return c.json({ ...api, event }, 201);
  });
  return app;
}
