// Storage of meetings and their API shape (`_id`, `event.timeZone`, `link_on_meet`, …).
import { randomBytes, randomInt } from 'node:crypto';

import { sha256 } from '../auth/passwords.js';
import { newId } from '../db/ids.js';
import { offsetString, utcToLocalIso } from './zoned-time.js';

import type { SandboxDeps } from '../context.js';

export interface EventRow {
  id: string;
  company_id: string;
  organizer_id: string;
  organizer_email: string;
  event_type: 'history' | 'scheduled';
  meeting_id: string;
  title_meet: string;
  summary: string;
  description: string;
  time_zone: string;
  date_start: string;
  date_end: string;
  local_start: string;
  attendees: string;
  google_event_id: string | null;
  password_hash: string | null;
  mod_password_hash: string | null;
  /** Set on past meetings that were recorded (demo data only: the sandbox records nothing itself). */
  recording_id: string | null;
}

export type NewEvent = Omit<EventRow, 'id' | 'organizer_email' | 'meeting_id' | 'local_start' | 'recording_id'> & {
  meeting_id?: string;
  recording_id?: string | null;
};

const SELECT = `SELECT e.*, u.email AS organizer_email FROM events e JOIN users u ON u.id = e.organizer_id`;

/** A fresh 9-digit meeting id (no leading zero) that no meeting uses yet. */
export function newMeetingId(deps: SandboxDeps): string {
  const exists = deps.db.prepare('SELECT 1 FROM events WHERE meeting_id = ?');
  for (;;) {
    const id = String(randomInt(100_000_000, 1_000_000_000));
    if (!exists.get(id)) return id;
  }
}

/** A Google-like event id: 26 characters of base32hex. */
export function newGoogleEventId(): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuv';
  let out = '';
  for (let i = 0; i < 26; i++) out += alphabet.charAt(randomInt(32));
  return out;
}

export function insertEvent(deps: SandboxDeps, input: NewEvent): EventRow {
  const id = newId();
  const meetingId = input.meeting_id ?? newMeetingId(deps);
  const localStart = utcToLocalIso(new Date(input.date_start), input.time_zone);
  deps.db
    .prepare(
      `INSERT INTO events (id, company_id, organizer_id, event_type, meeting_id, title_meet, summary,
        description, time_zone, date_start, date_end, local_start, attendees, google_event_id,
        password_hash, mod_password_hash, recording_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      input.company_id,
      input.organizer_id,
      input.event_type,
      meetingId,
      input.title_meet,
      input.summary,
      input.description,
      input.time_zone,
      input.date_start,
      input.date_end,
      localStart,
      input.attendees,
      input.google_event_id,
      input.password_hash,
      input.mod_password_hash,
      input.recording_id ?? null,
      deps.now().toISOString(),
    );
  return findEventByMeetingId(deps, meetingId) as EventRow;
}

/** A fresh recording id: 32 hex characters, so a recording's link cannot be guessed. */
export function newRecordingId(): string {
  return randomBytes(16).toString('hex');
}

export function findEventByRecordingId(deps: SandboxDeps, recordingId: string): EventRow | undefined {
  return deps.db.prepare(`${SELECT} WHERE e.recording_id = ?`).get(recordingId) as EventRow | undefined;
}

/** Where a recording is served: the room stand-in's recordings page. */
export function recordingUrl(publicUrl: string, recordingId: string): string {
  return `${publicUrl}/meet-room/recordings/${recordingId}`;
}

export function findEventByMeetingId(deps: SandboxDeps, meetingId: string): EventRow | undefined {
  return deps.db.prepare(`${SELECT} WHERE e.meeting_id = ?`).get(meetingId) as EventRow | undefined;
}

export interface EventQuery {
  organizerId: string;
  type: 'history' | 'scheduled';
  now: Date;
  localFrom?: string;
  localTo?: string;
  /** Instants (`toISOString()`), compared with the stored UTC start. */
  utcFrom?: string;
  utcTo?: string;
  page: number;
  perPage: number;
}

export function listEvents(deps: SandboxDeps, q: EventQuery): { rows: EventRow[]; total: number } {
  const where = ['e.organizer_id = ?', q.type === 'history' ? 'e.date_start < ?' : 'e.date_start >= ?'];
  const args: (string | number)[] = [q.organizerId, q.now.toISOString()];
  if (q.localFrom) {
    where.push('e.local_start >= ?');
    args.push(q.localFrom);
  }
  if (q.localTo) {
    where.push('e.local_start <= ?');
    args.push(q.localTo);
  }
  if (q.utcFrom) {
    where.push('e.date_start >= ?');
    args.push(q.utcFrom);
  }
  if (q.utcTo) {
    where.push('e.date_start <= ?');
    args.push(q.utcTo);
  }
  const clause = where.join(' AND ');
  const order = q.type === 'history' ? 'DESC' : 'ASC';
  const total = (deps.db.prepare(`SELECT count(*) AS n FROM events e WHERE ${clause}`).get(...args) as { n: number }).n;
  const rows = deps.db
    .prepare(`${SELECT} WHERE ${clause} ORDER BY e.date_start ${order}, e.id ${order} LIMIT ? OFFSET ?`)
    .all(...args, q.perPage, (q.page - 1) * q.perPage) as EventRow[];
  return { rows, total };
}

/** `<app origin>/meet/<meeting_id>`: the app's page that opens the room or the password form. */
export function linkOnMeet(appOrigin: string, meetingId: string): string {
  return `${appOrigin}/meet/${meetingId}`;
}

/**
 * The API shape of a stored meeting. `withOffset` gives times as the creation answers do; with
 * `publicUrl` a recorded meeting carries its `recording_url` (lists only: a new meeting has none).
 */
export function toApiEvent(row: EventRow, appOrigin: string, withOffset = false, publicUrl?: string) {
  const zone = row.time_zone;
  const at = (iso: string) => {
    const instant = new Date(iso);
    return utcToLocalIso(instant, zone) + (withOffset ? offsetString(instant, zone) : '');
  };
  const isPrivate = row.password_hash !== null;
  return {
    _id: row.id,
    event: {
      attendees: JSON.parse(row.attendees) as string[],
      date_end: at(row.date_end),
      date_start: at(row.date_start),
      description: row.description,
      event_type: row.event_type,
      google_event_id: row.google_event_id,
      // An opaque digest only: the KDF hash itself never leaves the server.
      ...(isPrivate ? { hash_pass: sha256(`${row.id}:${row.password_hash}`) } : {}),
      link_on_meet: linkOnMeet(appOrigin, row.meeting_id),
      meeting_id: row.meeting_id,
      summary: row.summary,
      timeZone: zone,
      title_meet: row.title_meet,
      ...(row.recording_id && publicUrl ? { recording_url: recordingUrl(publicUrl, row.recording_id) } : {}),
    },
    is_private: isPrivate,
    organizer_email: row.organizer_email,
    organizer_id: row.organizer_id,
  };
}
