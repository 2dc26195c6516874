// The signed-in user's profile: GET and PATCH /users/me.
import { queryOptions } from '@tanstack/react-query';
import { ssp, unwrap } from '@/api/clients';
import { queryRoots } from '@/api/query-keys';
import type { components } from '@/api/schema/ssp';

export type User = components['schemas']['User'];
export type UserPatch = components['schemas']['UserPatch'];

export const accountQueries = {
  // The same key and fetcher as Meet's view of the profile: one cache entry, invalidated together.
  me: () =>
    queryOptions({
      queryKey: [...queryRoots.me, 'profile'] as const,
      queryFn: ({ signal }) => unwrap(ssp().GET('/users/me', { signal })),
      staleTime: 5 * 60_000,
    }),
};

export function updateMe(patch: UserPatch): Promise<User> {
  return unwrap(ssp().PATCH('/users/me', { body: patch }));
}
