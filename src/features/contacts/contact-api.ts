// Contacts on the SSP backend: the sorts this page offers, and the changes it makes (hooks that declare
// what they make out of date). The list query, adding a contact and naming one live in `src/api/contacts.ts`.
import { useMutation } from '@tanstack/react-query';

import { ssp } from '@/api/clients';
import { getConfig } from '@/api/config';
import {
  createContact,
  type Contact,
  type ContactInput,
  type ContactSort,
  type CreateContactResult,
} from '@/api/contacts';
import { openConversation, type Conversation } from '@/api/conversations';
import { isApiError } from '@/api/errors';
import { queryKeys, type MutationCallbacks } from '@/api/query-keys';

export const CONTACT_SORTS: readonly ContactSort[] = [
  'first_name',
  '-first_name',
  'last_name',
  '-last_name',
  'number',
  '-number',
];

/**
 * Whether the list can be sorted: the sandbox sorts the whole list by `sort`, a parameter the portal
 * team added; RingPlan's service is not known to honour it, and a header claiming an order the rows
 * do not have would mislead, so there the list keeps the service's order and offers no sort.
 */
export function canSortContacts(): boolean {
  return getConfig().environment === 'sandbox';
}

export async function updateContact(id: string, input: ContactInput): Promise<Contact> {
  const { data } = await ssp().PUT('/texting/contacts/{contact_id}', {
    params: { path: { contact_id: id } },
    body: input,
  });
  return data;
}

/** Deletes a contact; false when it was already gone (404): either way it no longer exists. */
export async function deleteContact(id: string): Promise<boolean> {
  try {
    await ssp().DELETE('/texting/contacts/{contact_id}', { params: { path: { contact_id: id } } });
    return true;
  } catch (error) {
    if (isApiError(error) && error.status === 404) return false;
    throw error;
  }
}

// The inbox shows contact names and numbers, and a deleted contact's conversations go with it.
const contactsAndConversations = [queryKeys.contacts.all, queryKeys.conversations.all, queryKeys.messages.all];

/** Creates a contact, or saves the one given: a rename must show in the inbox too. */
export function useSaveContact(
  contact: Contact | undefined,
  callbacks: MutationCallbacks<CreateContactResult, ContactInput>,
) {
  return useMutation({
    ...callbacks,
    mutationFn: async (input) =>
      contact ? { contact: await updateContact(contact.id, input), existed: false } : createContact(input),
    meta: { invalidates: contact ? contactsAndConversations : [queryKeys.contacts.all] },
  });
}

export function useDeleteContact(callbacks: MutationCallbacks<boolean, Contact>) {
  return useMutation({
    ...callbacks,
    mutationFn: (contact) => deleteContact(contact.id),
    meta: { invalidates: contactsAndConversations },
  });
}

export interface OpenConversationVariables {
  contact: Contact;
  from: string;
}

export function useOpenConversation(callbacks: MutationCallbacks<Conversation, OpenConversationVariables>) {
  return useMutation({
    ...callbacks,
    mutationFn: ({ contact, from }) => openConversation(contact.id, from),
    meta: { invalidates: [queryKeys.conversations.all] },
  });
}
