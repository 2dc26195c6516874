// The signed-in user's profile (GET and PATCH /users/me) and the company's texting numbers.
import { ssp, unwrap } from '@/api/clients';
import { meQuery } from '@/api/me-query';
import { numbersQuery } from '@/api/numbers-query';
import type { components } from '@/api/schema/ssp';

export type User = components['schemas']['User'];
export type UserPatch = components['schemas']['UserPatch'];
export type TextingNumber = components['schemas']['TextingNumber'];

export const accountQueries = {
  me: meQuery,
  numbers: numbersQuery,
};

export function updateMe(patch: UserPatch): Promise<User> {
  return unwrap(ssp().PATCH('/users/me', { body: patch }));
}
