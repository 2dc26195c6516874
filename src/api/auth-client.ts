// The auth service's typed client (register, code exchange, refresh). Made on first use: its base URL
// comes from the runtime configuration.
import createClient, { type Client } from 'openapi-fetch';

import { getConfig } from '@/api/config';
import { plainFetch } from '@/api/plain-fetch';
import type { paths as AuthPaths } from '@/api/schema/auth';

let client: Client<AuthPaths> | undefined;

export function auth(): Client<AuthPaths> {
  client ??= createClient<AuthPaths>({ baseUrl: getConfig().authBaseUrl, fetch: plainFetch });
  return client;
}

export function resetAuthClient(): void {
  client = undefined;
}
