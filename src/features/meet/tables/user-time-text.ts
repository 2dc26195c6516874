// The user's own reading of a meeting's time, when their zone reads it differently from the meeting's.
import { formatInstant, formatLocal, localToInstant } from '@/lib/zoned-time';

export interface MeetingTime {
  start: string;
  end?: string;
  zone: string;
  userZone: string;
}

function instantOf(local: string, zone: string): Date | null {
  try {
    const instant = localToInstant(local, zone);
    return instant && !Number.isNaN(instant.getTime()) ? instant : null;
  } catch {
    return null; // an unknown zone: its wall-clock time is all there is to show
  }
}

/** `Dec 4, 2026, 8:30 PM – 9:00 PM` in the user's zone, or null when it reads as the meeting's zone does. */
export function userTimeText({ start, end, zone, userZone }: MeetingTime): string | null {
  if (userZone === zone) return null;
  const startAt = instantOf(start, zone);
  if (!startAt) return null;
  const startText = formatInstant(startAt, userZone);
  if (startText === formatLocal(start, zone)) return null;
  const endAt = end === undefined ? null : instantOf(end, zone);
  if (!endAt) return startText;
  const endText = formatInstant(endAt, userZone);
  const sameDay =
    endAt.toLocaleDateString('en-CA', { timeZone: userZone }) ===
    startAt.toLocaleDateString('en-CA', { timeZone: userZone });
  return `${startText} – ${sameDay ? new Intl.DateTimeFormat(undefined, { timeStyle: 'short', timeZone: userZone }).format(endAt) : endText}`;
}
