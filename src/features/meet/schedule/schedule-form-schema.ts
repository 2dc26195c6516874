// The Schedule dialog's form: its zod schema, its defaults, and the conversions between the form
// (picker carriers), the persisted draft (local date-time strings) and the API's body.
import type { ScheduledEventInput } from '@/features/meet/meet-api';
import type { ScheduleDraft } from '@/features/meet/schedule/schedule-draft-store';
import { isValidTimeZone } from '@/lib/time-zones';
import { z } from '@/lib/zod';
import { carrierToLocal, instantToLocal, localToCarrier, localToInstant } from '@/lib/zoned-time';

export const emailSchema = z.email();

export function isEmail(value: string): boolean {
  return emailSchema.safeParse(value).success;
}

/** `now` is injectable so tests can pin the clock. */
export function scheduleSchema(now: () => Date = () => new Date()) {
  return z
    .object({
      title_meet: z.string().trim().min(1, 'Give the meeting a title.').max(500, 'At most 500 characters.'),
      summary: z.string().max(500, 'At most 500 characters.'),
      description: z.string().max(2000, 'At most 2000 characters.'),
      // Carriers: browser-local Dates whose fields are the wall-clock time in `time_zone`.
      start: z.instanceof(Date).nullable(),
      end: z.instanceof(Date).nullable(),
      time_zone: z.string().refine(isValidTimeZone, 'Pick a time zone.'),
      attendees: z.array(emailSchema).min(1, 'Add at least one attendee.').max(100, 'At most 100 attendees.'),
      password: z.string().max(100, 'At most 100 characters.'),
    })
    .superRefine((values, ctx) => {
      const start = carrierToLocal(values.start);
      const end = carrierToLocal(values.end);
      if (!start) ctx.addIssue({ code: 'custom', path: ['start'], message: 'Pick when the meeting starts.' });
      if (!end) ctx.addIssue({ code: 'custom', path: ['end'], message: 'Pick when the meeting ends.' });
      if (!start || !end || !isValidTimeZone(values.time_zone)) return;
      const startAt = localToInstant(start, values.time_zone);
      const endAt = localToInstant(end, values.time_zone);
      if (!startAt || !endAt) return;
      if (startAt.getTime() <= now().getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: ['start'],
          message: `Pick a time in the future (it is ${formatNow(now(), values.time_zone)} in ${values.time_zone}).`,
        });
      }
      if (endAt.getTime() <= startAt.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'The meeting must end after it starts.' });
      }
    });
}

function formatNow(now: Date, zone: string): string {
  return instantToLocal(now, zone).slice(11, 16);
}

export type ScheduleFormValues = z.input<ReturnType<typeof scheduleSchema>>;

/** A fresh form: starts at the next whole hour in the zone, lasts 30 minutes. */
export function defaultScheduleValues(zone: string, now: Date = new Date()): ScheduleFormValues {
  const nextHour = new Date(Math.ceil((now.getTime() + 60_000) / 3_600_000) * 3_600_000);
  const start = instantToLocal(nextHour, zone);
  const end = instantToLocal(new Date(nextHour.getTime() + 30 * 60_000), zone);
  return {
    title_meet: '',
    summary: '',
    description: '',
    start: localToCarrier(start),
    end: localToCarrier(end),
    time_zone: zone,
    attendees: [],
    password: '',
  };
}

export function toDraft(values: ScheduleFormValues): ScheduleDraft {
  return {
    title_meet: values.title_meet,
    summary: values.summary,
    description: values.description,
    start: carrierToLocal(values.start),
    end: carrierToLocal(values.end),
    time_zone: values.time_zone,
    attendees: [...values.attendees],
    password: values.password,
  };
}

export function fromDraft(draft: ScheduleDraft): ScheduleFormValues {
  return {
    title_meet: draft.title_meet,
    summary: draft.summary,
    description: draft.description,
    start: draft.start ? localToCarrier(draft.start) : null,
    end: draft.end ? localToCarrier(draft.end) : null,
    time_zone: draft.time_zone,
    attendees: [...draft.attendees],
    password: draft.password,
  };
}

/** The API's body: times as local date-times in the chosen zone, no offset. */
export function toScheduledEventInput(draft: ScheduleDraft): ScheduledEventInput {
  const title = draft.title_meet.trim();
  return {
    title_meet: title,
    summary: draft.summary.trim() || title,
    description: draft.description,
    start_time: draft.start ?? '',
    end_time: draft.end ?? '',
    time_zone: draft.time_zone,
    attendees: draft.attendees.map((email) => ({ email })),
    ...(draft.password ? { password: draft.password } : {}),
  };
}

/** Where a server field error belongs on the form. */
export const SERVER_FIELDS: Record<string, keyof ScheduleFormValues> = {
  title_meet: 'title_meet',
  summary: 'summary',
  description: 'description',
  start_time: 'start',
  end_time: 'end',
  time_zone: 'time_zone',
  attendees: 'attendees',
  password: 'password',
};
