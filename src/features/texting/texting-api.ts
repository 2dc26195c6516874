// Texting's fetchers, their query-options factories (keys under `queryKeys`) and mutation hooks.
import { infiniteQueryOptions, mutationOptions, queryOptions, useMutation } from '@tanstack/react-query';

import { readPage, ssp, type Page } from '@/api/clients';
import { contactsQuery, createContact, DEFAULT_CONTACT_SORT } from '@/api/contacts';
import { openConversation } from '@/api/conversations';
import { queryKeys, type MutationCallbacks } from '@/api/query-keys';
import type { components } from '@/api/schema/ssp';
import { looksLikeNumber, searchDigits } from '@/lib/phone';

export type Conversation = components['schemas']['Conversation'];
export type Message = components['schemas']['Message'];
export type Contact = components['schemas']['Contact'];
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
  all: () => queryKeys.conversations.all,
  lists: () => [...queryKeys.conversations.all, 'list'] as const,
  list: (search: string) =>
    infiniteQueryOptions({
      queryKey: [...conversationQueries.lists(), { search: toSearchParam(search) ?? '' }] as const,
      queryFn: ({ pageParam, signal }) =>
        readPage(
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
      queryKey: [...queryKeys.conversations.all, 'detail', id] as const,
      queryFn: async ({ signal }) => {
        for (let page = 1; page <= 50; page += 1) {
          const { items } = await readPage(
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
  all: (conversationId: string) => [...queryKeys.messages.all, conversationId] as const,
  /** The newest page, polled while the thread is open. */
  latest: (conversationId: string) =>
    queryOptions({
      queryKey: [...messageQueries.all(conversationId), 'latest'] as const,
      queryFn: ({ signal }) =>
        readPage(
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
        readPage(
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

/** The recipient field's look-up: the first contacts matching a name or number digits. */
export function contactSearchQuery(term: string) {
  return contactsQuery({ page: 1, perPage: 8, search: toSearchParam(term) ?? '', sort: DEFAULT_CONTACT_SORT });
}

export interface StartConversationInput {
  /** The contact picked, or a typed number to add as a contact first. */
  to: { contactId: string } | { number: string; first_name: string; last_name: string };
  fromNumber: string;
}

async function startConversation({ to, fromNumber }: StartConversationInput): Promise<Conversation> {
  // A typed number that is already a contact's answers that contact (200), so a second try goes on.
  const contactId = 'contactId' in to ? to.contactId : (await createContact(to)).contact.id;
  return openConversation(contactId, fromNumber);
}

export function useStartConversation(callbacks: MutationCallbacks<Conversation, StartConversationInput>) {
  return useMutation({
    ...callbacks,
    mutationFn: startConversation,
    meta: { invalidates: [queryKeys.contacts.all, conversationQueries.lists()] },
  });
}

export async function uploadFile(file: File): Promise<TextingFile> {
  const { data } = await ssp().POST('/texting/files', {
    body: { file },
    bodySerializer: (body) => {
      const form = new FormData();
      form.append('file', body.file);
      return form;
    },
  });
  return data;
}

async function sendMessage({ conversationId, input }: SendMessageInput): Promise<Message> {
  const { data } = await ssp().POST('/texting/conversations/{conversation_id}/messages', {
    params: { path: { conversation_id: conversationId } },
    body: input,
  });
  return data;
}

export interface SendMessageInput {
  conversationId: string;
  input: MessageInput;
}

/**
 * Sending a message: the list's previews and order change with it. Options rather than a hook, because
 * the outbox also sends outside React (outbox-flush.ts); either way it runs through the MutationCache.
 */
export const sendMessageMutation = mutationOptions({
  mutationFn: sendMessage,
  meta: { invalidates: [conversationQueries.lists()] },
});
