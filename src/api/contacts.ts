// Contacts as both Contacts and Texting use them: the one list and look-up query (GET /texting/contacts),
// adding a contact (both features do), and the one way a contact is named on screen.
import { queryOptions } from '@tanstack/react-query';

import { readPage, ssp } from '@/api/clients';
import { queryKeys } from '@/api/query-keys';
import type { components, operations } from '@/api/schema/ssp';
import { formatNumber } from '@/lib/phone';

export type Contact = components['schemas']['Contact'];
export type ContactInput = components['schemas']['ContactInput'];

/** The orders `GET /texting/contacts` takes (`-` descending). */
export type ContactSort = NonNullable<NonNullable<operations['listContacts']['parameters']['query']>['sort']>;
/** The API's order when none is sent. */
export const DEFAULT_CONTACT_SORT: ContactSort = 'first_name';

export interface ContactListParams {
  page: number;
  perPage: number;
  /** Sent as typed: callers turn a number into its digits. Empty: every contact. */
  search: string;
  sort: ContactSort;
}

export function contactsQuery({ page, perPage, search, sort }: ContactListParams) {
  return queryOptions({
    queryKey: queryKeys.contacts.list({ page, perPage, search, sort }),
    queryFn: ({ signal }) =>
      readPage(
        ssp().GET('/texting/contacts', {
          params: {
            query: {
              page,
              per_page: perPage,
              ...(search ? { search } : {}),
              // The default is not sent: RingPlan's service is not known to take `sort` at all.
              ...(sort === DEFAULT_CONTACT_SORT ? {} : { sort }),
            },
          },
          signal,
        }),
      ),
  });
}

export interface CreateContactResult {
  contact: Contact;
  /** The server answered 200 "Contact already exist for company": `contact` is the one that has the number. */
  existed: boolean;
}

export async function createContact(input: ContactInput): Promise<CreateContactResult> {
  const { data, response } = await ssp().POST('/texting/contacts', { body: input });
  return { contact: data, existed: response.status === 200 };
}

/** "Maria Garcia", or the formatted number for a contact without a name. */
export function contactName(contact: Pick<Contact, 'first_name' | 'last_name' | 'number'>): string {
  const name = [contact.first_name, contact.last_name].filter(Boolean).join(' ').trim();
  return name || formatNumber(contact.number);
}
