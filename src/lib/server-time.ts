// The API's timestamps as instants. Apart from the day groups (src/lib/day-groups.ts) and their date
// formatting: the unread count on every signed-in page reads times, and shows no dates.

/** The API's times have no offset and are UTC (docs/decisions.md); an offset, when present, wins. */
export function parseServerTime(value: string): Date {
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value);
  return new Date(hasZone ? value : `${value}Z`);
}
