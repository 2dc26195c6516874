// Every typed client is made here, with the one middleware that turns a non-2xx answer into an ApiError
// (problem JSON and all). Calls therefore resolve only with data, and their type says so: callers read
// `data`, never an `error` branch. Failures before an answer (offline, a session that ended) are thrown
// by the client's fetch itself (plain-fetch.ts, auth-fetch.ts) and pass through untouched.
import createClient, {
  type Client,
  type ClientPathsWithMethod,
  type FetchResponse,
  type MaybeOptionalInit,
  type Middleware,
} from 'openapi-fetch';

import { toApiError } from '@/api/errors';

const throwOnError: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await toApiError(response);
    return undefined;
  },
};

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
type Paths<P> = { [Path in keyof P]: Partial<Record<Method, unknown>> };
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
// As openapi-fetch's own: the options argument may be left out when none of its keys is required.
type InitArgument<Init> = [RequiredKeys<Init>] extends [never] ? [Init?] : [Init];

/** A call that resolved: openapi-fetch's success branch (the middleware throws on the other one). */
type Answered<P extends Paths<P>, Path extends keyof P, M extends Method, Init> = Extract<
  FetchResponse<P[Path][M] & Record<string | number, unknown>, Init, `${string}/${string}`>,
  { data: unknown }
>;

type CallMethod<P extends Paths<P>, M extends Method> = <
  Path extends ClientPathsWithMethod<Client<P>, M>,
  Init extends MaybeOptionalInit<P[Path], M>,
>(
  url: Path,
  ...init: InitArgument<Init>
) => Promise<Answered<P, Path, M, Init>>;

export interface ApiClient<P extends Paths<P>> {
  GET: CallMethod<P, 'get'>;
  PUT: CallMethod<P, 'put'>;
  POST: CallMethod<P, 'post'>;
  DELETE: CallMethod<P, 'delete'>;
  PATCH: CallMethod<P, 'patch'>;
}

export function createApiClient<P extends Paths<P>>(baseUrl: string, fetch: (request: Request) => Promise<Response>) {
  const client = createClient<P>({ baseUrl, fetch });
  client.use(throwOnError);
  // Only the type changes: the error branch of openapi-fetch's answer can no longer resolve.
  return client as unknown as ApiClient<P>;
}
