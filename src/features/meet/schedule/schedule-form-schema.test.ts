import { describe, expect, it } from 'vitest';

import { migrateScheduleDraft } from '@/features/meet/schedule/schedule-draft-store';
import {
  defaultScheduleValues,
  fromDraft,
  scheduleSchema,
  toDraft,
  toScheduledEventInput,
  type ScheduleFormValues,
} from '@/features/meet/schedule/schedule-form-schema';
import { localToCarrier } from '@/lib/zoned-time';

const NOW = new Date('2026-03-08T09:00:00Z'); // 01:00 in Los Angeles, an hour before the clocks jump
const schema = scheduleSchema(() => NOW);

function values(overrides: Partial<ScheduleFormValues> = {}): ScheduleFormValues {
  return {
    title_meet: 'Weekly sync',
    summary: '',
    description: '',
    start: localToCarrier('2026-03-08T03:30:00'),
    end: localToCarrier('2026-03-08T04:00:00'),
    time_zone: 'America/Los_Angeles',
    attendees: ['a@example.com'],
    password: '',
    ...overrides,
  };
}

function errors(input: ScheduleFormValues): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('scheduleSchema', () => {
  it('accepts a complete meeting', () => {
    expect(errors(values())).toEqual({});
  });

  it('needs a title and at least one attendee', () => {
    expect(errors(values({ title_meet: '  ', attendees: [] }))).toEqual({
      title_meet: 'Give the meeting a title.',
      attendees: 'Add at least one attendee.',
    });
  });

  it('refuses an attendee that is not an email address', () => {
    expect(Object.keys(errors(values({ attendees: ['not-an-email'] })))).toEqual(['attendees.0']);
  });

  it('wants the end after the start', () => {
    expect(errors(values({ end: localToCarrier('2026-03-08T03:30:00') })).end).toBe(
      'The meeting must end after it starts.',
    );
  });

  it('judges "in the future" in the chosen zone, not the browser’s', () => {
    // 00:30 in Los Angeles is already past; 00:30 in Kolkata on 2026-03-09 is not.
    const start = localToCarrier('2026-03-08T00:30:00');
    const end = localToCarrier('2026-03-08T00:45:00');
    expect(errors(values({ start, end })).start).toMatch(
      /^Pick a time in the future \(it is 01:00 in America\/Los_Angeles\)/,
    );
    expect(
      errors(
        values({
          start: localToCarrier('2026-03-09T00:30:00'),
          end: localToCarrier('2026-03-09T00:45:00'),
          time_zone: 'Asia/Kolkata',
        }),
      ),
    ).toEqual({});
    // 14:30 in Kolkata on the 8th was 09:00Z: exactly now, so not in the future.
    expect(
      errors(
        values({
          start: localToCarrier('2026-03-08T14:30:00'),
          end: localToCarrier('2026-03-08T15:00:00'),
          time_zone: 'Asia/Kolkata',
        }),
      ).start,
    ).toBeDefined();
  });

  it('needs both times and a real zone', () => {
    expect(errors(values({ start: null, end: new Date(Number.NaN), time_zone: 'Mars/Olympus' }))).toEqual({
      start: 'Pick when the meeting starts.',
      end: 'Pick when the meeting ends.',
      time_zone: 'Pick a time zone.',
    });
  });
});

describe('the API body', () => {
  it('sends wall-clock local date-times in the chosen zone, with no offset', () => {
    const body = toScheduledEventInput(
      toDraft(
        values({
          start: localToCarrier('2026-12-01T09:30:00'),
          end: localToCarrier('2026-12-01T10:15:00'),
          time_zone: 'Europe/Chisinau',
          password: 'pw',
        }),
      ),
    );
    expect(body).toEqual({
      title_meet: 'Weekly sync',
      summary: 'Weekly sync',
      description: '',
      start_time: '2026-12-01T09:30:00',
      end_time: '2026-12-01T10:15:00',
      time_zone: 'Europe/Chisinau',
      attendees: [{ email: 'a@example.com' }],
      password: 'pw',
    });
  });

  it('leaves the password out when there is none', () => {
    expect(toScheduledEventInput(toDraft(values()))).not.toHaveProperty('password');
  });

  it('round-trips through a draft unchanged', () => {
    const draft = toDraft(values({ description: 'Agenda' }));
    expect(toDraft(fromDraft(draft))).toEqual(draft);
  });

  it('starts a fresh form at the next whole hour in the zone, for 30 minutes', () => {
    const fresh = toDraft(defaultScheduleValues('Asia/Kolkata', new Date('2026-01-01T10:10:00Z')));
    expect(fresh.start).toBe('2026-01-01T16:30:00');
    expect(fresh.end).toBe('2026-01-01T17:00:00');
    expect(fresh.time_zone).toBe('Asia/Kolkata');
  });
});

describe('migrateScheduleDraft', () => {
  it('keeps a well-formed draft and its consent phase', () => {
    const draft = toDraft(values());
    expect(migrateScheduleDraft({ draft, consent: 'pending' })).toEqual({ draft, consent: 'pending' });
  });

  it('drops what it cannot read rather than half-using it', () => {
    expect(migrateScheduleDraft({ draft: { title_meet: 1 }, consent: 'pending' })).toEqual({
      draft: null,
      consent: null,
    });
    expect(migrateScheduleDraft(null)).toEqual({ draft: null, consent: null });
    expect(migrateScheduleDraft({ draft: toDraft(values()), consent: 'weird' }).consent).toBeNull();
  });
});
