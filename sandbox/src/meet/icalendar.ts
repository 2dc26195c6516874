// iCalendar (RFC 5545) text of a scheduled meeting: CRLF lines, escaped text, folded at 75 octets.
import { icsUtc } from './zoned-time.js';

export interface IcsEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  start: Date;
  end: Date;
  stamp: Date;
  organizerEmail: string;
  attendees: string[];
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value: quoted, since emails and names may hold `:` `;` `,`; DQUOTE and controls dropped. */
function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${value.replace(/["\u0000-\u001f\u007f]/g, '')}"`;
}

/** Folds a content line so no line passes 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const octets = Buffer.byteLength(ch, 'utf8');
    if (size + octets > limit) {
      out.push(current);
      current = ' ';
      size = 1;
      limit = 75;
    }
    current += ch;
    size += octets;
  }
  out.push(current);
  return out.join('\r\n');
}

function mailto(email: string): string {
  return `mailto:${email.replace(/[\r\n]/g, '')}`;
}

export function buildCalendar(e: IcsEvent): string {
  const attendeeLines = [...new Set([...e.attendees, e.organizerEmail])].map(
    (email) =>
      `ATTENDEE;CN=${paramValue(email)};CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE;X-NUM-GUESTS=0:${mailto(email)}`,
  );
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ringplan//Ringplan meeting//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `SUMMARY:${escapeText(e.summary)}`,
    `DTSTART:${icsUtc(e.start)}`,
    `DTEND:${icsUtc(e.end)}`,
    `DTSTAMP:${icsUtc(e.stamp)}`,
    `UID:${e.uid}`,
    'SEQUENCE:0',
    ...attendeeLines,
    `CREATED:${icsUtc(e.stamp)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    `LAST-MODIFIED:${icsUtc(e.stamp)}`,
    `LOCATION:${escapeText(e.location)}`,
    `ORGANIZER;CN=${paramValue(e.organizerEmail)}:${mailto(e.organizerEmail)}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
