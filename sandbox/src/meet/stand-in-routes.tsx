// /meet-room/{meeting_id}?jwt=…: the room stand-in checks the room token.
// /meet-room/recordings/{recording_id}: a past meeting's recording (its unguessable link is the key).
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';

import { MessagePage } from '../http/layout.js';
import { findEventByMeetingId, findEventByRecordingId } from './events-store.js';
import { RecordingPage } from './recording-page.js';
import { RoomPage } from './room-page.js';
import { verifyRoomToken } from './room-token.js';
import { utcToLocalIso } from './zoned-time.js';

import type { SandboxDeps } from '../context.js';

const REASONS = {
  expired: 'Your meeting link has expired. Ask the organizer for a new one.',
  invalid: 'This meeting link is not valid.',
  'other-room': 'This meeting link belongs to another meeting.',
} as const;

export function meetRoomRoutes(deps: SandboxDeps): Hono {
  const app = new Hono();
  app.get('/recordings/:recording_id', (c) => {
    const recordingId = c.req.param('recording_id');
    const row = /^[0-9a-f]{32}$/.test(recordingId) ? findEventByRecordingId(deps, recordingId) : undefined;
    if (!row)
      return c.html(<MessagePage title="Recording not found" message="There is no recording at this link." />, 404);
    const startedAt = utcToLocalIso(new Date(row.date_start), row.time_zone);
    return c.html(
      <RecordingPage
        meetingId={row.meeting_id}
        title={row.title_meet}
        startedAt={startedAt}
        timeZone={row.time_zone}
      />,
    );
  });
  app.get('/:meeting_id', async (c) => {
    const meetingId = c.req.param('meeting_id');
    const row = /^\d{9}$/.test(meetingId) ? findEventByMeetingId(deps, meetingId) : undefined;
    if (!row) return c.html(<MessagePage title="Meeting not found" message="There is no meeting with this id." />, 404);
    const jwt = c.req.query('jwt');
    if (!jwt) {
      return c.html(
        <MessagePage
          title="Cannot join"
          message="This link has no meeting token. Open the meeting from its invitation link."
        />,
        401,
      );
    }
    const check = await verifyRoomToken(deps, jwt, meetingId);
    if (!check.ok) {
      return c.html(
        <MessagePage title="Cannot join" message={REASONS[check.reason]} />,
        check.reason === 'other-room' ? 403 : 401,
      );
    }
    return c.html(
      <RoomPage meetingId={meetingId} title={row.title_meet} moderator={check.moderator} name={check.name} />,
    );
  });
  return app;
}
