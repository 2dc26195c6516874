import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import { buildCalendar, foldLine } from '../src/meet/icalendar.js';
import { parseLocalDateTime, zonedToUtc } from '../src/meet/zoned-time.js';

const utc = (local: string, zone: string) => {
  const parsed = parseLocalDateTime(local);
  if (!parsed) throw new Error(local);
  return zonedToUtc(parsed, zone).toISOString();
};

function calendar(summary: string, description: string, start: Date, end: Date) {
  return buildCalendar({
    uid: 'abc@google.com',
    summary,
    description,
    location: 'http://localhost:5173/meet/130725076',
    start,
    end,
    stamp: new Date('2026-01-01T00:00:00Z'),
    organizerEmail: 'demo@example.com',
    attendees: ['a@example.com'],
  });
}

describe('zoned wall-clock times', () => {
  it('handles the America/Los_Angeles spring-forward day', () => {
    expect(utc('2026-03-08T01:30:00', 'America/Los_Angeles')).toBe('2026-03-08T09:30:00.000Z');
    expect(utc('2026-03-08T09:00:00', 'America/Los_Angeles')).toBe('2026-03-08T16:00:00.000Z');
    // 02:30 does not exist that day: it is read as 03:30 PDT.
    expect(utc('2026-03-08T02:30:00', 'America/Los_Angeles')).toBe('2026-03-08T10:30:00.000Z');
    // 01:30 on the fall-back day happens twice: the first (PDT) wins.
    expect(utc('2026-11-01T01:30:00', 'America/Los_Angeles')).toBe('2026-11-01T08:30:00.000Z');
  });

  it('handles Europe/Chisinau, Asia/Kolkata and Etc/GMT+0 (which is UTC)', () => {
    expect(utc('2026-03-28T10:00:00', 'Europe/Chisinau')).toBe('2026-03-28T08:00:00.000Z');
    expect(utc('2026-03-29T10:00:00', 'Europe/Chisinau')).toBe('2026-03-29T07:00:00.000Z');
    expect(utc('2026-07-01T10:00:00', 'Asia/Kolkata')).toBe('2026-07-01T04:30:00.000Z');
    expect(utc('2026-07-01T10:00:00', 'Etc/GMT+0')).toBe('2026-07-01T10:00:00.000Z');
    // POSIX sign: Etc/GMT+2 is two hours behind UTC.
    expect(utc('2026-07-01T10:00:00', 'Etc/GMT+2')).toBe('2026-07-01T12:00:00.000Z');
  });
});

describe('iCalendar text', () => {
  const start = new Date('2026-03-08T16:00:00Z');
  const end = new Date('2026-03-08T16:30:00Z');

  it('uses CRLF, folds at 75 octets without splitting characters, and parses back', () => {
    const description = `Привет, команда; «план» \\ итоги 🎉\n<b>Meeting link</b>\n${'long text '.repeat(30)}`;
    const cal = calendar('Sync; review, \\ plan', description, start, end);
    expect(cal.endsWith('\r\n')).toBe(true);
    expect(cal.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of cal.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(cal).not.toContain('\uFFFD');
    const vevent = new ICAL.Component(ICAL.parse(cal) as unknown[]).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('summary')).toBe('Sync; review, \\ plan');
    expect(vevent?.getFirstPropertyValue('description')).toBe(description);
    expect(vevent?.getFirstPropertyValue('dtstart')?.toString()).toBe('2026-03-08T16:00:00Z');
    expect(vevent?.getFirstPropertyValue('dtend')?.toString()).toBe('2026-03-08T16:30:00Z');
    expect(vevent?.getAllProperties('attendee').map((p) => p.getFirstValue())).toEqual([
      'mailto:a@example.com',
      'mailto:demo@example.com',
    ]);
  });

  it('folds multibyte text on character boundaries', () => {
    const folded = foldLine(`DESCRIPTION:${'€'.repeat(60)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`DESCRIPTION:${'€'.repeat(60)}`);
  });
});
