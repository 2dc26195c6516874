// Problem JSON answers: every error of the sandbox is one.
import type { Context } from 'hono';

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

export function problem(c: Context, status: number, detail: string, extra?: Record<string, unknown>): Response {
  const body = { type: 'about:blank', title: REASONS[status] ?? 'Error', status, detail, ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

export interface FieldError {
  field: string;
  message: string;
}

/** 422 with `errors: [{field, message}]`. */
export function validationProblem(c: Context, errors: FieldError[]): Response {
  const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return problem(c, 422, detail || 'Invalid request body', { errors });
}
