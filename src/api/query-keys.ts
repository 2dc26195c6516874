// Every query key, generic to specific. Features build their own keys under these roots (style.md),
// so one feature's change invalidates another's view of the same data (a contact renamed in Contacts
// refreshes the inbox) without either importing the other. The server data several features read
// (the user, the numbers, the contacts) has its whole factory here.
import type { QueryKey, UseMutationOptions } from '@tanstack/react-query';

const me = ['me'] as const;
const numbers = ['numbers'] as const;
const contacts = ['contacts'] as const;

export const queryKeys = {
  me: { all: me, profile: () => [...me, 'profile'] as const },
  numbers: { all: numbers, list: () => [...numbers, 'list'] as const },
  contacts: {
    all: contacts,
    lists: () => [...contacts, 'list'] as const,
    list: (params: object) => [...contacts, 'list', params] as const,
  },
  conversations: { all: ['conversations'] as const },
  messages: { all: ['messages'] as const },
  events: { all: ['events'] as const },
};

/** What a mutation declares; `src/app/query-client.ts` acts on it once the mutation succeeded. */
export interface MutationMeta extends Record<string, unknown> {
  /** The queries the change makes out of date. */
  invalidates?: readonly QueryKey[];
}

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: MutationMeta;
  }
}

/** The options a mutation hook takes from its caller: everything but what the hook itself decides. */
export type MutationCallbacks<TData, TVariables> = Omit<
  UseMutationOptions<TData, Error, TVariables>,
  'mutationFn' | 'meta'
>;
