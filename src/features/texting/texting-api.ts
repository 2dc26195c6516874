// Texting's fetchers and their query-options factories (keys under `queryRoots`).
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';

import { ssp, unwrap, unwrapPage, type Page } from '@/api/clients';
import { queryRoots } from '@/api/query-keys';
import type { components } from '@/api/schema/ssp';
import { looksLikeNumber, searchDigits } from '@/lib/phone';

export type Conversation = components['schemas']['Conversation'];
export type Message = components['schemas']['Message'];
export type Contact = components['schemas']['Contact'];
export type TextingNumber = components['schemas']['TextingNumber'];
export type TextingFile = components['schemas']['TextingFile'];
export type MessageInput = components['schemas']['MessageInput'];

export const CONVERSATIONS_PER_PAGE = 20;
export const MESSAGES_PER_PAGE = 50;
/** Polling of the open thread and the list while the tab is visible (issue 5: at most 5 s). */
export const POLL_MS = 4000;

/** What the API's `search` gets: digits for anything that looks like a number (+1, dashes, spaces). */
export function toSearchParam(term: string): string | undefined {
  const trimmed = term.trim();
  if (!trimmed) return undefined;
  return looksLikeNumber(trimmed) ? searchDigits(trimmed) : trimmed;
}

function nextPage<T>(perPage: number) {
  return (last: Page<T>, all: Page<T>[], lastParam: number): number | undefined => {
    const loaded = all.reduce((n, page) => n + page.items.length, 0);
    if (last.items.length < perPage) return undefined;
    if (last.total !== undefined && loaded >= last.total) return undefined;
    return lastParam + 1;
  };
}

export const conversationQueries = {
  all: () => queryRoots.conversations,
  lists: () => [...queryRoots.conversations, 'list'] as const,
  list: (search: string) =>
    infiniteQueryOptions({
      queryKey: [...conversationQueries.lists(), { search: toSearchParam(search) ?? '' }] as const,
      queryFn: ({ pageParam, signal }) =>
        unwrapPage(
          ssp().GET('/texting/conversations', {
            params: { query: { page: pageParam, per_page: CONVERSATIONS_PER_PAGE, search: toSearchParam(search) } },
            signal,
          }),
        ),
      initialPageParam: 1,
      getNextPageParam: nextPage<Conversation>(CONVERSATIONS_PER_PAGE),
    }),
  /**
   * One conversation. The contract has no GET for a single conversation, so this walks the list
   * (100 a page) until it finds it; the inbox shows the cached list's copy meanwhile.
   */
  detail: (id: string) =>
    queryOptions({
      queryKey: [...queryRoots.conversations, 'detail', id] as const,
      queryFn: async ({ signal }) => {
        for (let page = 1; page <= 50; page += 1) {
          const { items } = await unwrapPage(
            ssp().GET('/texting/conversations', { params: { query: { page, per_page: 100 } }, signal }),
          );
          const found = items.find((c) => c.id === id);
          if (found) return found;
          if (items.length < 100) break;
        }
        return null;
      },
    }),
};

export const messageQueries = {
  all: (conversationId: string) => [...queryRoots.messages, conversationId] as const,
  /** The newest page, polled while the thread is open. */
  latest: (conversationId: string) =>
    queryOptions({
      queryKey: [...messageQueries.all(conversationId), 'latest'] as const,
      queryFn: ({ signal }) =>
        unwrapPage(
          ssp().GET('/texting/conversations/{conversation_id}/messages', {
            params: { path: { conversation_id: conversationId }, query: { page: 1, per_page: MESSAGES_PER_PAGE } },
            signal,
          }),
        ),
    }),
  /** Older pages (2, 3, …), loaded as the user scrolls up; they never change, so they are not polled. */
  older: (conversationId: string) =>
    infiniteQueryOptions({
      queryKey: [...messageQueries.all(conversationId), 'older'] as const,
      queryFn: ({ pageParam, signal }) =>
        unwrapPage(
          ssp().GET('/texting/conversations/{conversation_id}/messages', {
            params: {
              path: { conversation_id: conversationId },
              query: { page: pageParam, per_page: MESSAGES_PER_PAGE },
            },
            signal,
          }),
        ),
      initialPageParam: 2,
      getNextPageParam: (last: Page<Message>, _all: Page<Message>[], lastParam: number) =>
        last.items.length < MESSAGES_PER_PAGE ? undefined : lastParam + 1,
      staleTime: Infinity,
    }),
};

export const numberQueries = {
  all: () =>
    queryOptions({
      queryKey: [...queryRoots.numbers, 'texting'] as const,
      queryFn: ({ signal }) => unwrap(ssp().GET('/texting/numbers', { signal })),
      staleTime: 5 * 60_000,
    }),
};

export const contactQueries = {
  search: (term: string) =>
    queryOptions({
      queryKey: [...queryRoots.contacts, 'list', { search: toSearchParam(term) ?? '', per_page: 8 }] as const,
      queryFn: ({ signal }) =>
        unwrapPage(
          ssp().GET('/texting/contacts', { params: { query: { search: toSearchParam(term), per_page: 8 } }, signal }),
        ),
    }),
};

/** The numbers the signed-in user may text from (their email is in `ownership`). */
export function ownedNumbers(numbers: TextingNumber[], email: string): TextingNumber[] {
  const me = email.trim().toLowerCase();
  return numbers.filter((n) => n.ownership.some((owner) => owner.trim().toLowerCase() === me));
}

export function createContact(number: string, firstName: string, lastName: string): Promise<Contact> {
  return unwrap(ssp().POST('/texting/contacts', { body: { first_name: firstName, last_name: lastName, number } }));
}

export function createConversation(contactId: string, fromNumber: string): Promise<Conversation> {
  return unwrap(ssp().POST('/texting/conversations', { body: { contact_id: contactId, from_number: fromNumber } }));
}

export function uploadFile(file: File): Promise<TextingFile> {
  return unwrap(
    ssp().POST('/texting/files', {
      body: { file },
      bodySerializer: (body) => {
        const form = new FormData();
        form.append('file', body.file);
        return form;
      },
    }),
  );
}

export function sendMessage(conversationId: string, input: MessageInput): Promise<Message> {
  return unwrap(
    ssp().POST('/texting/conversations/{conversation_id}/messages', {
      params: { path: { conversation_id: conversationId } },
      body: input,
    }),
  );
}

/** "Maria Garcia", or the formatted number for a contact without a name. */
export function contactName(contact: Contact, format: (n: string) => string): string {
  const name = `${contact.first_name} ${contact.last_name}`.trim();
  return name || format(contact.number);
}
