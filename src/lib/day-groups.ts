// Messages grouped by local day, and the short times of a list (server times: src/lib/server-time.ts).
import { differenceInCalendarDays, format, isSameYear } from 'date-fns';

const pad = (n: number, digits = 2) => String(n).padStart(digits, '0');

/**
 * The local calendar day of an instant, as a key that sorts ("2024-03-09"). Written from the date's
 * parts, not with `format`: a thread's first render keys every message it holds.
 */
export function dayKey(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Today", "Yesterday", "Monday, March 4", or with the year when it is not this year's. */
export function dayLabel(date: Date, now: Date = new Date()): string {
  const days = differenceInCalendarDays(now, date);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return format(date, isSameYear(date, now) ? 'EEEE, MMMM d' : 'EEEE, MMMM d, yyyy');
}

/** A conversation list's time: "now", "5 min", "3:41 PM" today, "Yesterday", "Mon", "Mar 4", "Mar 4, 2023". */
export function shortTime(date: Date, now: Date = new Date()): string {
  const seconds = (now.getTime() - date.getTime()) / 1000;
  if (seconds < 60) return 'now';
  if (seconds < 3600) return `${String(Math.floor(seconds / 60))} min`;
  const days = differenceInCalendarDays(now, date);
  if (days === 0) return format(date, 'p');
  if (days === 1) return 'Yesterday';
  if (days < 7) return format(date, 'EEE');
  return format(date, isSameYear(date, now) ? 'MMM d' : 'MMM d, yyyy');
}

/** The time of day of a message ("3:41 PM"). */
export function timeOfDay(date: Date): string {
  return format(date, 'p');
}

export type DayRow<T> = { kind: 'day'; key: string; label: string } | { kind: 'item'; key: string; item: T };

/**
 * Items in time order with a day row before the first item of each local day. `keyOf` names each
 * item uniquely (a message id), so a virtualized list keeps its measurements when rows are prepended.
 */
export function withDayRows<T>(
  items: readonly T[],
  timeOf: (item: T) => Date,
  keyOf: (item: T) => string,
  now = new Date(),
): DayRow<T>[] {
  const rows: DayRow<T>[] = [];
  let lastDay = '';
  for (const item of items) {
    const time = timeOf(item);
    const day = dayKey(time);
    if (day !== lastDay) {
      rows.push({ kind: 'day', key: `day-${day}`, label: dayLabel(time, now) });
      lastDay = day;
    }
    rows.push({ kind: 'item', key: keyOf(item), item });
  }
  return rows;
}
