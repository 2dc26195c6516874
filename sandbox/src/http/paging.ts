// Query parameters of the texting lists: page, per_page, search, number. Bad ones are 400s.
import { NATIONAL_NUMBER, NUMBER_RULE } from '../texting/search-keys.js';
import { problem } from './problems.js';

import type { Context } from 'hono';

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;
export const MAX_SEARCH_LENGTH = 100;

export interface Paging {
  page: number;
  perPage: number;
  limit: number;
  offset: number;
}

export type QueryResult<T> = { ok: true; value: T } | { ok: false; response: Response };

function integer(raw: string | undefined, fallback: number): number | null {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw)) return null;
  return Number(raw);
}

export function readPaging(c: Context): QueryResult<Paging> {
  const page = integer(c.req.query('page'), 1);
  if (page === null || page < 1) {
    return { ok: false, response: problem(c, 400, 'page must be a whole number from 1') };
  }
  const perPage = integer(c.req.query('per_page'), DEFAULT_PER_PAGE);
  if (perPage === null || perPage < 1 || perPage > MAX_PER_PAGE) {
    return { ok: false, response: problem(c, 400, `per_page must be a whole number from 1 to ${MAX_PER_PAGE}`) };
  }
  return { ok: true, value: { page, perPage, limit: perPage, offset: (page - 1) * perPage } };
}

export function readSearch(c: Context): QueryResult<string | undefined> {
  const search = c.req.query('search');
  if (search !== undefined && search.length > MAX_SEARCH_LENGTH) {
    return { ok: false, response: problem(c, 400, `search must be at most ${MAX_SEARCH_LENGTH} characters`) };
  }
  return { ok: true, value: search };
}

export function readNumberFilter(c: Context): QueryResult<string | undefined> {
  const number = c.req.query('number');
  if (number === undefined) return { ok: true, value: undefined };
  if (!NATIONAL_NUMBER.test(number)) {
    return { ok: false, response: problem(c, 400, `number ${NUMBER_RULE}`) };
  }
  return { ok: true, value: number };
}

/** Answers a page of a list with its total in X-Total-Count. */
export function pageResponse(c: Context, items: unknown[], total: number): Response {
  c.header('X-Total-Count', String(total));
  return c.json(items);
}
