import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import { buildICalendar, escapeText, foldLine, formatUtcDateTime, icsFileName } from '@/lib/icalendar';

const octets = (line: string) => new TextEncoder().encode(line).length;

const base = {
  uid: '130725076@ringplan-portal',
  start: new Date('2026-03-08T10:30:00Z'),
  end: new Date('2026-03-08T11:00:00Z'),
  stamp: new Date('2026-03-01T08:00:00Z'),
  summary: 'Weekly sync',
};

function parseEvent(text: string) {
  const component = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vevent = component.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { component, vevent, event: new ICAL.Event(vevent) };
}

describe('buildICalendar', () => {
  it('is a VCALENDAR with CRLF line ends that ical.js reads back with the same times in UTC', () => {
    const text = buildICalendar(base);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { event, vevent } = parseEvent(text);
    expect(event.uid).toBe('130725076@ringplan-portal');
    expect(event.summary).toBe('Weekly sync');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-08T10:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-08T11:00:00.000Z');
    expect(event.startDate.zone.tzid).toBe('UTC');
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-03-01T08:00:00Z');
    expect(text).toContain('\r\nDTSTART:20260308T103000Z\r\n');
  });

  it('escapes TEXT values and gets them back intact', () => {
    const description = 'Agenda; budget, hiring\nLine two\\with a backslash\r\nand <b>markup</b>';
    const { event } = parseEvent(buildICalendar({ ...base, summary: 'Q1; plans, final', description }));
    expect(event.summary).toBe('Q1; plans, final');
    expect(event.description).toBe('Agenda; budget, hiring\nLine two\\with a backslash\nand <b>markup</b>');
  });

  it('folds long lines at 75 octets without splitting multi-byte characters', () => {
    const description = `Встреча команды 🎉 — ${'ünïcödé '.repeat(30)}end`;
    const text = buildICalendar({ ...base, description });
    const lines = text.split('\r\n').filter(Boolean);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    // A broken character would come back as U+FFFD or differ.
    expect(parseEvent(text).event.description).toBe(description);
  });

  it('lists the organizer and attendees as mailto addresses', () => {
    const { vevent } = parseEvent(
      buildICalendar({ ...base, organizer: 'demo@example.com', attendees: ['a@example.com', 'b@example.com'] }),
    );
    expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:demo@example.com');
    expect(vevent.getAllProperties('attendee').map((p) => p.getFirstValue())).toEqual([
      'mailto:a@example.com',
      'mailto:b@example.com',
    ]);
  });

  it('leaves DTEND out when the meeting has no length', () => {
    const text = buildICalendar({ ...base, end: base.start });
    expect(text).not.toContain('DTEND');
    expect(parseEvent(text).event.startDate.toJSDate().toISOString()).toBe('2026-03-08T10:30:00.000Z');
  });
});

describe('pieces', () => {
  it('formats UTC date-times', () => {
    expect(formatUtcDateTime(new Date('2026-12-01T09:30:05.123Z'))).toBe('20261201T093005Z');
  });

  it('escapes text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds exactly at 75 octets', () => {
    const line = 'X'.repeat(150);
    const folded = foldLine(line).split('\r\n');
    expect(folded.map(octets)).toEqual([75, 75, 2]);
    expect(foldLine('short')).toBe('short');
  });

  it('names the file after the title', () => {
    expect(icsFileName('Weekly sync: Q1/Q2')).toBe('weekly-sync-q1q2.ics');
    expect(icsFileName('🎉')).toBe('meeting.ics');
  });
});
