// Problem JSON answers, ids, and the one JSON body reader every route uses.
import { randomBytes } from 'node:crypto';

import type { Context } from 'hono';
import type { ZodType } from 'zod';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export const MAX_JSON_BYTES = 1024 * 1024;

export function problem(c: Context, status: number, detail: string, extra?: Record<string, unknown>): Response {
  const body = { type: 'about:blank', title: REASONS[status] ?? 'Error', status, detail, ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** A 24-hex id, the shape the real services use. */
export function newId(): string {
  return randomBytes(12).toString('hex');
}

export interface FieldError {
  field: string;
  message: string;
}

export type BodyResult<T> = { ok: true; data: T } | { ok: false; response: Response };

/** Reads the raw body, refusing more than `limit` bytes without buffering all of it. */
export async function readRawBody(c: Context, limit = MAX_JSON_BYTES): Promise<Buffer | null> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > limit) return null;
  const stream = c.req.raw.body;
  if (!stream) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const result: { done: boolean; value?: unknown } = await reader.read();
    if (result.done) break;
    const value = result.value;
    if (!(value instanceof Uint8Array)) continue;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

export function validationProblem(c: Context, errors: FieldError[]): Response {
  const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return problem(c, 422, detail || 'Invalid request body', { errors });
}

/** Checks parsed input against a zod schema; 422 with per-field errors otherwise. */
export function validate<T>(c: Context, schema: ZodType<T>, input: unknown): BodyResult<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors = parsed.error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : 'body',
    message: issue.message,
  }));
  return { ok: false, response: validationProblem(c, errors) };
}

/**
 * Reads a JSON body: 413 above 1 MB, 400 when it is not JSON, 422 with
 * `errors: [{field, message}]` when it does not match the schema.
 */
export async function readJson<T>(c: Context, schema: ZodType<T>): Promise<BodyResult<T>> {
  const raw = await readRawBody(c);
  if (raw === null) return { ok: false, response: problem(c, 413, 'Request body exceeds 1 MB') };
  let input: unknown;
  try {
    input = JSON.parse(raw.toString('utf8'));
  } catch {
    return { ok: false, response: problem(c, 400, 'Request body is not valid JSON') };
  }
  return validate(c, schema, input);
}
