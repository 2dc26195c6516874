// iCalendar (RFC 5545) text for one event, for "Add to calendar" when the API gave no `cal`: CRLF line
// ends, lines folded at 75 octets without splitting a UTF-8 character, TEXT values escaped, times in UTC.

export interface CalendarEventInput {
  /** Globally unique and stable for the event, e.g. `<meeting id>@<host>`. */
  uid: string;
  start: Date;
  /** Omitted from the output when it is not after `start` (a meeting started on the spot). */
  end?: Date;
  /** When this text was made (DTSTAMP). */
  stamp: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizer?: string;
  attendees?: readonly string[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** `20261201T093000Z` */
export function formatUtcDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/** A parameter value (CN=…): quoted, with the characters a quoted value cannot hold removed. */
function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${value.replace(/["\u0000-\u001f\u007f]/g, '')}"`;
}

/**
 * One content line folded per RFC 5545 3.1: no line longer than 75 octets, each continuation starting
 * with a space (which counts), and never a break inside a UTF-8 character.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      pieces.push(current);
      current = ' ';
      octets = 1;
      limit = MAX_OCTETS;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(CRLF);
}

function mailto(email: string): string {
  return `mailto:${email.replace(/[\s"<>]/g, '')}`;
}

/** The VCALENDAR text of one event, ready to download as an `.ics` file. */
export function buildICalendar(event: CalendarEventInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//RingPlan//RingPlan Portal//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtcDateTime(event.stamp)}`,
    `DTSTART:${formatUtcDateTime(event.start)}`,
  ];
  if (event.end && event.end.getTime() > event.start.getTime()) lines.push(`DTEND:${formatUtcDateTime(event.end)}`);
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url.replace(/\s/g, '')}`);
  if (event.organizer) lines.push(`ORGANIZER;CN=${paramValue(event.organizer)}:${mailto(event.organizer)}`);
  for (const attendee of event.attendees ?? []) {
    lines.push(`ATTENDEE;CN=${paramValue(attendee)};ROLE=REQ-PARTICIPANT;RSVP=TRUE:${mailto(attendee)}`);
  }
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name for the event's `.ics`: letters, digits and dashes only. */
export function icsFileName(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${base || 'meeting'}.ics`;
}
