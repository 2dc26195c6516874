// The contacts list's bookmarkable state: /contacts?q=&sort=&page=&size= (page from 1).
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { DEFAULT_CONTACT_SORT, type ContactListParams, type ContactSort } from '@/api/contacts';
import { canSortContacts, CONTACT_SORTS } from '@/features/contacts/contact-api';
import { looksLikeNumber, searchDigits } from '@/lib/phone';

export const PAGE_SIZES = [10, 25, 50, 100] as const;
const DEFAULT_SIZE = 25;

export interface ContactsUrlState {
  q: string;
  /** The API's order names (`last_name`, `-number`, …); an unknown one is the default. */
  sort: ContactSort;
  page: number;
  size: number;
}

function positiveInt(value: string | null, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

export function readContactsUrl(params: URLSearchParams): ContactsUrlState {
  const size = positiveInt(params.get('size'), DEFAULT_SIZE);
  return {
    q: params.get('q') ?? '',
    sort: CONTACT_SORTS.find((sort) => sort === params.get('sort')) ?? DEFAULT_CONTACT_SORT,
    page: positiveInt(params.get('page'), 1),
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_SIZE,
  };
}

/** What the list asks the API for: number digits (without +1) when the search looks like a number. */
export function contactListParams({ q, sort, page, size }: ContactsUrlState): ContactListParams {
  return {
    page,
    perPage: size,
    search: looksLikeNumber(q) ? searchDigits(q) : q.trim(),
    sort: canSortContacts() ? sort : DEFAULT_CONTACT_SORT,
  };
}

export function useContactsUrl(): [ContactsUrlState, (next: Partial<ContactsUrlState>) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readContactsUrl(params), [params]);

  const update = useCallback(
    (next: Partial<ContactsUrlState>) => {
      setParams(
        (current) => {
          const merged = new URLSearchParams(current);
          const set = (key: string, value: string | number | undefined, fallback: string | number) => {
            if (value === undefined) return;
            if (value === fallback || value === '') merged.delete(key);
            else merged.set(key, String(value));
          };
          set('q', next.q, '');
          set('sort', next.sort, DEFAULT_CONTACT_SORT);
          set('page', next.page, 1);
          set('size', next.size, DEFAULT_SIZE);
          return merged;
        },
        // Typing a search refines the same view; paging is a step the Back button should undo.
        { replace: next.q !== undefined },
      );
    },
    [setParams],
  );

  return [state, update];
}
