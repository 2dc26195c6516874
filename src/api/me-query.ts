// The signed-in user's profile (GET /users/me): one query that the frame (name, initials, minutes
// used), the account page and Meet (zone, email) all read, so a rename shows everywhere at once.
import { queryOptions } from '@tanstack/react-query';

import { ssp, unwrap } from '@/api/clients';
import { queryRoots } from '@/api/query-keys';

export function meQuery() {
  return queryOptions({
    queryKey: [...queryRoots.me, 'profile'] as const,
    queryFn: ({ signal }) => unwrap(ssp().GET('/users/me', { signal })),
    staleTime: 5 * 60_000,
  });
}
