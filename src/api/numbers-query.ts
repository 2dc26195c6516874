// The company's texting numbers and who may text from each (GET /texting/numbers): one cache entry that
// the inbox, Contacts' "Message" and the account page share, and one rule for which are the user's.
import { queryOptions } from '@tanstack/react-query';

import { ssp } from '@/api/clients';
import { queryKeys } from '@/api/query-keys';
import type { components } from '@/api/schema/ssp';

export type TextingNumber = components['schemas']['TextingNumber'];

export function numbersQuery() {
  return queryOptions({
    queryKey: queryKeys.numbers.list(),
    queryFn: async ({ signal }) => (await ssp().GET('/texting/numbers', { signal })).data,
    staleTime: 5 * 60_000,
  });
}

/** The numbers the signed-in user may text from: their email is in `ownership` (case and spaces aside). */
export function ownedNumbers(numbers: TextingNumber[], email: string): TextingNumber[] {
  const me = email.trim().toLowerCase();
  return numbers.filter((n) => n.ownership.some((owner) => owner.trim().toLowerCase() === me));
}
