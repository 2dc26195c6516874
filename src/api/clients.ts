// The SSP backend's typed clients, and the helpers that turn answers into data or an ApiError. Clients
// are made on first use because the base URLs come from the runtime configuration.
import createClient, { type Client } from 'openapi-fetch';

import { resetAuthClient } from '@/api/auth-client';
import { authFetch } from '@/api/auth-fetch';
import { getConfig } from '@/api/config';
import { toApiError } from '@/api/errors';
import { plainFetch } from '@/api/plain-fetch';
import type { paths as SspPaths } from '@/api/schema/ssp';

let sspClient: Client<SspPaths> | undefined;
let publicSspClient: Client<SspPaths> | undefined;

/** The SSP backend, signed in: every call carries the id_token and renews it when needed. */
export function ssp(): Client<SspPaths> {
  sspClient ??= createClient<SspPaths>({ baseUrl: getConfig().sspBaseUrl, fetch: authFetch });
  return sspClient;
}

/** The SSP backend's public calls (the meeting password page works signed out). */
export function publicSsp(): Client<SspPaths> {
  publicSspClient ??= createClient<SspPaths>({ baseUrl: getConfig().sspBaseUrl, fetch: plainFetch });
  return publicSspClient;
}

/** Forget the clients, for tests that change the configuration. */
export function resetClients(): void {
  sspClient = undefined;
  resetAuthClient();
  publicSspClient = undefined;
}

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful call; any non-2xx answer rejects with an ApiError carrying the problem JSON. */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw await toApiError(response, error);
  return data as T;
}

export interface Page<T> {
  items: T[];
  /** From X-Total-Count; undefined when a service does not send it. */
  total: number | undefined;
}

/** A paged list with its total from the `X-Total-Count` header. */
export async function unwrapPage<T>(call: Promise<Answer<T[]>>): Promise<Page<T>> {
  const answer = await call;
  const items = await unwrap(Promise.resolve(answer));
  const header = answer.response.headers.get('x-total-count');
  const total = header === null ? undefined : Number(header);
  return { items, total: Number.isFinite(total) ? total : undefined };
}
