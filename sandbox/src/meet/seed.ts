// Demo meetings of one organizer: past ones (every third recorded) and upcoming ones, around now.
import { insertEvent, newGoogleEventId, newRecordingId } from './events-store.js';

import type { SandboxDeps } from '../context.js';

const ZONES = ['America/Los_Angeles', 'Etc/GMT+0', 'Europe/Chisinau', 'Asia/Kolkata', 'America/New_York'];
const TOPICS = [
  'Weekly sync',
  'Customer onboarding',
  'Sprint planning',
  'Design review',
  'Sales pipeline',
  'Support escalation',
  'Quarterly review',
  'Hiring panel',
  'Vendor call',
  'Product demo',
];
const PEOPLE = ['alex.rivera@example.com', 'sam.lee@example.com', 'jordan.kim@example.com', 'casey.ng@example.com'];
const HOUR = 3600_000;

interface SeedUser {
  userId: string;
  companyId: string;
}

export function seedMeetings(
  deps: SandboxDeps,
  owner: SeedUser,
  meetHash: string,
  history: number,
  scheduled: number,
): void {
  const now = deps.now().getTime();
  const minute = (ms: number) => Math.floor(ms / 60_000) * 60_000;
  for (let i = 0; i < history; i++) {
    const start = new Date(minute(now - 3 * HOUR - i * 37 * HOUR));
    const topic = TOPICS[i % TOPICS.length] ?? 'Meeting';
    insertEvent(deps, {
      company_id: owner.companyId,
      organizer_id: owner.userId,
      event_type: i % 5 === 4 ? 'scheduled' : 'history',
      title_meet: `${topic} #${history - i}`,
      summary: topic,
      description: i % 3 === 0 ? `Notes: <b>${topic}</b>, agenda & follow-ups; see "shared doc"` : '',
      time_zone: ZONES[i % ZONES.length] ?? 'Etc/GMT+0',
      date_start: start.toISOString(),
      date_end: start.toISOString(),
      attendees: JSON.stringify(i % 5 === 4 ? PEOPLE.slice(0, 1 + (i % 3)) : []),
      google_event_id: i % 5 === 4 ? newGoogleEventId() : null,
      password_hash: i % 4 === 1 ? meetHash : null,
      mod_password_hash: null,
      // Every third past meeting was recorded, so the History table's Recording column has links.
      recording_id: i % 3 === 1 ? newRecordingId() : null,
    });
  }
  for (let i = 0; i < scheduled; i++) {
    const start = new Date(Math.ceil((now + (i + 1) * 26 * HOUR) / HOUR) * HOUR);
    const topic = TOPICS[(i + 3) % TOPICS.length] ?? 'Meeting';
    insertEvent(deps, {
      company_id: owner.companyId,
      organizer_id: owner.userId,
      event_type: 'scheduled',
      title_meet: topic,
      summary: `${topic} (planned)`,
      description: `Agenda for ${topic.toLowerCase()}.`,
      time_zone: ZONES[(i + 1) % ZONES.length] ?? 'Etc/GMT+0',
      date_start: start.toISOString(),
      date_end: new Date(start.getTime() + (i % 2 === 0 ? 30 : 60) * 60_000).toISOString(),
      attendees: JSON.stringify(PEOPLE.slice(0, 1 + (i % PEOPLE.length))),
      google_event_id: newGoogleEventId(),
      password_hash: i % 3 === 0 ? meetHash : null,
      mod_password_hash: null,
    });
  }
}
