// Reads a body that may be form-encoded or JSON into plain fields (the OAuth endpoints take both).
import { problem, readRawBody, type BodyResult } from './problems.js';

import type { Context } from 'hono';

export async function readFields(c: Context): Promise<BodyResult<Record<string, unknown>>> {
  const raw = await readRawBody(c);
  if (raw === null) return { ok: false, response: problem(c, 413, 'Request body exceeds 1 MB') };
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  const text = raw.toString('utf8');
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return { ok: true, data: Object.fromEntries(new URLSearchParams(text)) };
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return { ok: true, data: parsed as Record<string, unknown> };
    }
  } catch {
    // fall through to the 400 below
  }
  return { ok: false, response: problem(c, 400, 'The body must be a form or a JSON object') };
}
