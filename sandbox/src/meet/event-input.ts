// Request schemas of meeting creation and the time rules the guide sets.
import { z } from 'zod';

import { inputToUtc, isValidTimeZone, parseDateTimeInput } from './zoned-time.js';

import type { FieldError } from '../http/problems.js';

/** A local date-time, read in `time_zone`, or one with `Z` or an offset, converted to it. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$/;
const localDateTime = z
  .string()
  .regex(
    DATE_TIME,
    'Expected a date-time such as 2020-11-17T12:17:16 (wall-clock in time_zone) or 2020-11-17T12:17:16Z',
  );

const common = {
  description: z.string().max(2000),
  start_time: localDateTime,
  end_time: localDateTime,
  summary: z.string().max(500),
  time_zone: z.string().min(1).max(64),
  title_meet: z.string().max(500),
  password: z.string().min(1).max(100).optional(),
};

export const HistoryEventInput = z.strictObject(common);
export const ScheduledEventInput = z.strictObject({
  ...common,
  attendees: z
    .array(z.strictObject({ email: z.email().max(254) }))
    .min(1)
    .max(100),
});

export type HistoryEventInput = z.infer<typeof HistoryEventInput>;

/** Client and server clocks may disagree a little; "now" is allowed this much slack. */
export const CLOCK_SKEW_MS = 2 * 60_000;
const HISTORY_WINDOW_MS = 48 * 3600_000;

export interface ResolvedTimes {
  start: Date;
  end: Date;
}

type TimeCheck = { ok: true; times: ResolvedTimes } | { ok: false; errors: FieldError[] };

function resolve(input: { start_time: string; end_time: string; time_zone: string }): TimeCheck {
  const errors: FieldError[] = [];
  if (!isValidTimeZone(input.time_zone)) {
    errors.push({ field: 'time_zone', message: 'Not a known IANA time zone such as Etc/GMT+0 or Europe/Chisinau.' });
  }
  const start = parseDateTimeInput(input.start_time);
  const end = parseDateTimeInput(input.end_time);
  if (!start) errors.push({ field: 'start_time', message: 'Not a real date and time.' });
  if (!end) errors.push({ field: 'end_time', message: 'Not a real date and time.' });
  if (errors.length > 0 || !start || !end) return { ok: false, errors };
  return { ok: true, times: { start: inputToUtc(start, input.time_zone), end: inputToUtc(end, input.time_zone) } };
}

/** History: start == end, not in the future, not more than 48 hours ago. */
export function checkHistoryTimes(input: HistoryEventInput, now: Date): TimeCheck {
  const resolved = resolve(input);
  if (!resolved.ok) return resolved;
  const { start, end } = resolved.times;
  const errors: FieldError[] = [];
  if (start.getTime() !== end.getTime()) errors.push({ field: 'end_time', message: 'end_time must equal start_time.' });
  if (start.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    errors.push({ field: 'start_time', message: 'start_time must not be in the future.' });
  } else if (start.getTime() < now.getTime() - HISTORY_WINDOW_MS) {
    errors.push({ field: 'start_time', message: 'start_time must not be more than 48 hours ago.' });
  }
  return errors.length > 0 ? { ok: false, errors } : resolved;
}

/** Scheduled: end after start, start not in the past. */
export function checkScheduledTimes(input: HistoryEventInput, now: Date): TimeCheck {
  const resolved = resolve(input);
  if (!resolved.ok) return resolved;
  const { start, end } = resolved.times;
  const errors: FieldError[] = [];
  if (end.getTime() <= start.getTime())
    errors.push({ field: 'end_time', message: 'end_time must be after start_time.' });
  if (start.getTime() < now.getTime() - CLOCK_SKEW_MS) {
    errors.push({ field: 'start_time', message: 'start_time must not be in the past.' });
  }
  return errors.length > 0 ? { ok: false, errors } : resolved;
}
