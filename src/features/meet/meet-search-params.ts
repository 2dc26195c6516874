// The Meet page's URL: tab, page, page size and date range live in the query string, so a view can be
// bookmarked, shared and reloaded. Unknown or malformed values fall back to the defaults.
import type { EventsTab } from '@/features/meet/meet-api';

export interface MeetSearch {
  tab: EventsTab;
  /** From 1. */
  page: number;
  size: number;
  from?: string;
  to?: string;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function readDate(value: string | null): string | undefined {
  return value && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

export function readMeetSearch(params: URLSearchParams): MeetSearch {
  const tab = params.get('tab') === 'history' ? 'history' : 'scheduled';
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  return {
    tab,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    from: readDate(params.get('from')),
    to: readDate(params.get('to')),
  };
}

/** The query string for a view; defaults are left out so URLs stay short. Other parameters are kept. */
export function writeMeetSearch(current: URLSearchParams, next: MeetSearch): URLSearchParams {
  const params = new URLSearchParams(current);
  params.set('tab', next.tab);
  const set = (key: string, value: string | undefined) => {
    if (value === undefined) params.delete(key);
    else params.set(key, value);
  };
  set('page', next.page > 1 ? String(next.page) : undefined);
  set('size', next.size !== DEFAULT_PAGE_SIZE ? String(next.size) : undefined);
  set('from', next.from);
  set('to', next.to);
  return params;
}
