// Registering a company's primary user with the auth service.
import { auth } from '@/api/auth-client';
import type { components } from '@/api/schema/auth';
import type { RegisterValues } from '@/features/auth/register/register-schema';

export type RegisteredUser = components['schemas']['RegisteredUser'];

export async function registerUser(values: RegisterValues): Promise<RegisteredUser> {
  const { pwd, ...rest } = values;
  const { data } = await auth().POST('/api/user/register', { body: { ...rest, ...(pwd ? { pwd } : {}) } });
  return data;
}
