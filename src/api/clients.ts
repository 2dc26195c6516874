// The SSP backend's typed clients, and the paged lists' totals. Clients are made on first use because the
// base URLs come from the runtime configuration; a non-2xx answer rejects with an ApiError (api-client.ts).
import { createApiClient, type ApiClient } from '@/api/api-client';
import { resetAuthClient } from '@/api/auth-client';
import { authFetch } from '@/api/auth-fetch';
import { getConfig } from '@/api/config';
import { plainFetch } from '@/api/plain-fetch';
import type { paths as SspPaths } from '@/api/schema/ssp';

let sspClient: ApiClient<SspPaths> | undefined;
let publicSspClient: ApiClient<SspPaths> | undefined;

/** The SSP backend, signed in: every call carries the id_token and renews it when needed. */
export function ssp(): ApiClient<SspPaths> {
  sspClient ??= createApiClient<SspPaths>(getConfig().sspBaseUrl, authFetch);
  return sspClient;
}

/** The SSP backend's public calls (the meeting password page works signed out). */
export function publicSsp(): ApiClient<SspPaths> {
  publicSspClient ??= createApiClient<SspPaths>(getConfig().sspBaseUrl, plainFetch);
  return publicSspClient;
}

/** Forget the clients, for tests that change the configuration. */
export function resetClients(): void {
  sspClient = undefined;
  resetAuthClient();
  publicSspClient = undefined;
}

export interface Page<T> {
  items: T[];
  /** From X-Total-Count; undefined when a service does not send it. */
  total: number | undefined;
}

/** A paged list with its total from the `X-Total-Count` header. */
export async function readPage<T>(call: Promise<{ data: T[]; response: Response }>): Promise<Page<T>> {
  const { data, response } = await call;
  const header = response.headers.get('x-total-count');
  const total = header === null ? undefined : Number(header);
  return { items: data, total: Number.isFinite(total) ? total : undefined };
}
