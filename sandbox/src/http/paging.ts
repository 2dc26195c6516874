// The one reading of `page` and `per_page` that every paged list shares, and its answer: one page
// of the list, with the total in X-Total-Count.
import { z } from 'zod';

import type { Context } from 'hono';

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

/** A whole number from `min` to `max`; absent or empty is `fallback`; anything else is `message`. */
function wholeNumber(min: number, max: number, fallback: number, message: string) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === '') return fallback;
      const n = /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
      if (n >= min && n <= max) return n;
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    });
}

/** The paging fields of a list's query schema (spread them in first: their problems are told first). */
export const pagingQuery = {
  page: wholeNumber(1, Number.MAX_SAFE_INTEGER, 1, 'page must be a whole number from 1'),
  per_page: wholeNumber(1, MAX_PER_PAGE, DEFAULT_PER_PAGE, `per_page must be a whole number from 1 to ${MAX_PER_PAGE}`),
};

/** The rows of the page asked for. */
export function pageSlice(query: { page: number; per_page: number }): { limit: number; offset: number } {
  return { limit: query.per_page, offset: (query.page - 1) * query.per_page };
}

export function pageResponse(c: Context, items: unknown[], total: number): Response {
  c.header('X-Total-Count', String(total));
  return c.json(items);
}
