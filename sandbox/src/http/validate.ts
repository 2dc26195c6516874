// Request validation as middleware, before a handler runs: handlers read what passed with
// c.req.valid('json' | 'form' | 'query'). Bodies over 1 MB get a 413 problem without being read whole.
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { validator } from 'hono/validator';

import { problem, validationProblem } from './problems.js';

import type { Context, MiddlewareHandler } from 'hono';
import type { BlankEnv } from 'hono/types';
import type { ZodType } from 'zod';

export const MAX_JSON_BYTES = 1024 * 1024;
const NOT_JSON = 'Request body is not valid JSON';

type Refusal = (c: Context) => Response | Promise<Response>;
/** A middleware after which c.req.valid(target) is T. */
type Valid<K extends 'json' | 'form' | 'query', T> = MiddlewareHandler<
  BlankEnv,
  string,
  { in: { [P in K]: unknown }; out: { [P in K]: T } }
>;

const tooLarge: Refusal = (c) => problem(c, 413, 'Request body exceeds 1 MB');

/** `check` behind the 1 MB limit; a body it cannot parse (Hono's validator throws a 400) is `unreadable`. */
function limited<K extends 'json' | 'form', T>(
  check: Valid<K, T>,
  onTooLarge: Refusal,
  unreadable: Refusal,
): Valid<K, T> {
  const limit = bodyLimit({ maxSize: MAX_JSON_BYTES, onError: onTooLarge });
  return (c, next) =>
    limit(c, async () => {
      try {
        return (await check(c, next)) as undefined;
      } catch (err) {
        if (err instanceof HTTPException && err.status === 400) return (await unreadable(c)) as unknown as undefined;
        throw err;
      }
    });
}

/** A JSON body matching `schema`: 413 above 1 MB, 400 when it is not JSON, 422 with `errors: [{field, message}]`. */
export function json<T>(schema: ZodType<T>): Valid<'json', T> {
  const check = validator('json', (value, c): T | Response => {
    // json-only.ts has refused every other type; what is left is a bodiless request with none.
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) return problem(c, 400, NOT_JSON);
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const errors = parsed.error.issues.map((issue) => ({
      field: issue.path.length > 0 ? issue.path.join('.') : 'body',
      message: issue.message,
    }));
    return validationProblem(c, errors);
  });
  return limited(check as unknown as Valid<'json', T>, tooLarge, (c) => problem(c, 400, NOT_JSON));
}

/**
 * The fields of a form, or of a JSON object (the OAuth endpoints take both), as plain values. A body
 * over 1 MB, or one that is neither, gets `refused`: by default a 413 or 400 problem; the hosted
 * forms answer a page instead.
 */
export function fields(refused?: Refusal): Valid<'form', Record<string, unknown>> {
  const notFields: Refusal = refused ?? ((c) => problem(c, 400, 'The body must be a form or a JSON object'));
  const check = validator('form', async (value, c): Promise<Record<string, unknown> | Response> => {
    if ((c.req.header('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      // A repeated field counts once, with its last value.
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v.at(-1) : v]));
    }
    const parsed: unknown = await c.req.json().catch(() => null);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    return notFields(c);
  });
  return limited(check as unknown as Valid<'form', Record<string, unknown>>, refused ?? tooLarge, notFields);
}

/** Query parameters matching `schema` (a repeated one by its first value); 400 with the first problem's message. */
export function query<T>(schema: ZodType<T>): Valid<'query', T> {
  const check = validator('query', (value, c): T | Response => {
    const first = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
    const parsed = schema.safeParse(first);
    if (parsed.success) return parsed.data;
    return problem(c, 400, parsed.error.issues[0]?.message ?? 'Invalid query parameters');
  });
  return check as unknown as Valid<'query', T>;
}
