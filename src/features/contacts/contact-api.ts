// Contacts on the SSP backend: the fetchers and their query-options factories.
import { queryOptions } from '@tanstack/react-query';

import { ssp, unwrap, unwrapPage } from '@/api/clients';
import { getConfig } from '@/api/config';
import { queryRoots } from '@/api/query-keys';
import type { components, operations } from '@/api/schema/ssp';

export type Contact = components['schemas']['Contact'];
export type ContactInput = components['schemas']['ContactInput'];
export type TextingNumber = components['schemas']['TextingNumber'];
export type Conversation = components['schemas']['Conversation'];

/** The orders `GET /texting/contacts` takes (`-` descending); the API's default is `first_name`. */
export type ContactSort = NonNullable<NonNullable<operations['listContacts']['parameters']['query']>['sort']>;
export const CONTACT_SORTS: readonly ContactSort[] = [
  'first_name',
  '-first_name',
  'last_name',
  '-last_name',
  'number',
  '-number',
];
export const DEFAULT_CONTACT_SORT: ContactSort = 'first_name';

/**
 * Whether the list can be sorted: the sandbox sorts the whole list by `sort`, a parameter the portal
 * team added; RingPlan's service is not known to honour it, and a header claiming an order the rows
 * do not have would mislead, so there the list keeps the service's order and offers no sort.
 */
export function canSortContacts(): boolean {
  return getConfig().environment === 'sandbox';
}

export interface ContactListParams {
  page: number;
  perPage: number;
  search: string;
  sort: ContactSort;
}

export const contactQueries = {
  all: () => queryRoots.contacts,
  lists: () => [...queryRoots.contacts, 'list'] as const,
  list: ({ page, perPage, search, sort }: ContactListParams) =>
    queryOptions({
      queryKey: [...contactQueries.lists(), { page, perPage, search, sort }] as const,
      queryFn: ({ signal }) =>
        unwrapPage(
          ssp().GET('/texting/contacts', {
            params: {
              query: {
                page,
                per_page: perPage,
                ...(search ? { search } : {}),
                ...(sort === DEFAULT_CONTACT_SORT ? {} : { sort }),
              },
            },
            signal,
          }),
        ),
    }),
};

/** The company's texting numbers (everyone's; filter by `ownership` for the signed-in user's). */
export const numberQueries = {
  all: () => queryRoots.numbers,
  list: () =>
    queryOptions({
      queryKey: [...queryRoots.numbers, 'list'] as const,
      queryFn: ({ signal }) => unwrap(ssp().GET('/texting/numbers', { signal })),
    }),
};

/** The conversation roots other features read: invalidated when a contact changes or goes. */
export const conversationRoots = [queryRoots.conversations, queryRoots.messages] as const;

export interface CreateContactResult {
  contact: Contact;
  /** The server answered 200 "Contact already exist for company": `contact` is the one that has the number. */
  existed: boolean;
}

export async function createContact(input: ContactInput): Promise<CreateContactResult> {
  const answer = await ssp().POST('/texting/contacts', { body: input });
  const contact = await unwrap(Promise.resolve(answer));
  return { contact, existed: answer.response.status === 200 };
}

export function updateContact(id: string, input: ContactInput): Promise<Contact> {
  return unwrap(ssp().PUT('/texting/contacts/{contact_id}', { params: { path: { contact_id: id } }, body: input }));
}

export async function deleteContact(id: string): Promise<void> {
  await unwrap(ssp().DELETE('/texting/contacts/{contact_id}', { params: { path: { contact_id: id } } }));
}

/** Opens the conversation of a contact with one of the company numbers (201 new, 200 existing). */
export function openConversation(contactId: string, fromNumber: string): Promise<Conversation> {
  return unwrap(ssp().POST('/texting/conversations', { body: { contact_id: contactId, from_number: fromNumber } }));
}

export function contactName(contact: Pick<Contact, 'first_name' | 'last_name'>): string {
  return [contact.first_name, contact.last_name].filter(Boolean).join(' ').trim();
}
