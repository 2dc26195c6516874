// One error type per way a call can fail, so every caller can tell them apart.
import type { components } from '@/api/schema/ssp';

type FieldError = components['schemas']['FieldError'];
/** A problem JSON; `errors` is present on validation failures (422). */
export type Problem = components['schemas']['Problem'] & { errors?: FieldError[]; [extra: string]: unknown };

/** The server answered with a non-2xx status; `problem` is its problem JSON (or one made from the status). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.status = problem.status;
    this.problem = problem;
  }

  /** The message of a server-side validation error for one field, if the server sent one. */
  fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

/** The request never got an answer: offline, DNS, CORS, connection reset. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(cause: unknown) {
    super('The service could not be reached. Check your connection and try again.', { cause });
  }
}

/** The session cannot be renewed any more (refresh token expired or revoked); the user must sign in. */
export class SessionEndedError extends ApiError {
  constructor(detail = 'Your session has ended. Sign in again to continue.') {
    super({ type: 'about:blank', title: 'Unauthorized', status: 401, detail });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Errors worth retrying automatically and showing in an error boundary: the fault is not the request's. */
export function isTransient(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && error.status >= 500);
}

/** The ApiError of a non-2xx answer: its problem JSON (either media type), or one made from the status. */
export async function toApiError(response: Response): Promise<ApiError> {
  let parsed: unknown;
  try {
    parsed = await response.clone().json();
  } catch {
    parsed = undefined;
  }
  const candidate: Partial<Record<keyof Problem, unknown>> =
    typeof parsed === 'object' && parsed !== null ? parsed : {};
  const title = typeof candidate.title === 'string' ? candidate.title : response.statusText || 'Error';
  return new ApiError({
    ...candidate,
    type: typeof candidate.type === 'string' ? candidate.type : 'about:blank',
    title,
    // Problems from the services use the HTTP status; a proxy's HTML error page has none of these.
    status: response.status,
    detail:
      typeof candidate.detail === 'string' && candidate.detail !== ''
        ? candidate.detail
        : `The service answered ${String(response.status)} ${title}.`,
    errors: Array.isArray(candidate.errors) ? (candidate.errors as FieldError[]) : undefined,
  });
}
