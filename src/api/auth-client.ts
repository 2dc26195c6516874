// The auth service's typed client (register, code exchange, refresh). Made on first use: its base URL
// comes from the runtime configuration.
import { createApiClient, type ApiClient } from '@/api/api-client';
import { getConfig } from '@/api/config';
import { plainFetch } from '@/api/plain-fetch';
import type { paths as AuthPaths } from '@/api/schema/auth';

let client: ApiClient<AuthPaths> | undefined;

export function auth(): ApiClient<AuthPaths> {
  client ??= createApiClient<AuthPaths>(getConfig().authBaseUrl, plainFetch);
  return client;
}

export function resetAuthClient(): void {
  client = undefined;
}
