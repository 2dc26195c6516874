// Changing the signed-in user's profile (PATCH /users/me); reading it is `meQuery` in src/api.
import { useMutation } from '@tanstack/react-query';

import { ssp } from '@/api/clients';
import type { User } from '@/api/me-query';
import { queryKeys, type MutationCallbacks } from '@/api/query-keys';
import type { components } from '@/api/schema/ssp';

export type UserPatch = components['schemas']['UserPatch'];

export async function updateMe(patch: UserPatch): Promise<User> {
  const { data } = await ssp().PATCH('/users/me', { body: patch });
  return data;
}

export function useUpdateMe(callbacks: MutationCallbacks<User, UserPatch>) {
  return useMutation({ ...callbacks, mutationFn: updateMe, meta: { invalidates: [queryKeys.me.all] } });
}
