// The signed-in user's profile (GET /users/me): one query that the frame (name, initials, minutes
// used), the account page and Meet (zone, email) all read, so a rename shows everywhere at once.
import { queryOptions } from '@tanstack/react-query';

import { ssp } from '@/api/clients';
import { queryKeys } from '@/api/query-keys';
import type { components } from '@/api/schema/ssp';

export type User = components['schemas']['User'];

export function meQuery() {
  return queryOptions({
    queryKey: queryKeys.me.profile(),
    queryFn: async ({ signal }) => (await ssp().GET('/users/me', { signal })).data,
    staleTime: 5 * 60_000,
  });
}
