// Cross-site writes: a page on another site can send a "simple" request (no preflight) with a
// text/plain, form or multipart body, or a body with no type. Every JSON endpoint therefore takes
// only application/json bodies (415 otherwise); the few form and upload endpoints are listed here.
import { problem } from './problems.js';

import type { MiddlewareHandler } from 'hono';

/** Paths (under their mount) that take forms or uploads, with the media types they take. */
const NOT_JSON: readonly { prefix: string; exact?: boolean; types: readonly string[] }[] = [
  // The hosted forms (sign-in, the developer's sign-in at the root, change password), and the code
  // exchange and revocation OAuth clients send as a form (or JSON).
  { prefix: '/auth/authorize', types: ['application/x-www-form-urlencoded'] },
  { prefix: '/auth/', exact: true, types: ['application/x-www-form-urlencoded'] },
  { prefix: '/auth/change-password', types: ['application/x-www-form-urlencoded'] },
  { prefix: '/auth/token', types: ['application/x-www-form-urlencoded', 'application/json'] },
  { prefix: '/auth/revoke', types: ['application/x-www-form-urlencoded', 'application/json'] },
  { prefix: '/auth/logout', types: ['application/x-www-form-urlencoded'] },
  // The Google consent stand-in and RingPlan's consent callback are form posts of their pages.
  { prefix: '/google/', types: ['application/x-www-form-urlencoded'] },
  { prefix: '/meetauth/', types: ['application/x-www-form-urlencoded'] },
  { prefix: '/ssp/texting/files', types: ['multipart/form-data'] },
];

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function mediaType(header: string | undefined): string | null {
  if (header === undefined) return null;
  return (header.split(';')[0] ?? '').trim().toLowerCase();
}

export function jsonBodiesOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (!WRITES.has(c.req.method)) return next();
    const type = mediaType(c.req.header('content-type'));
    const length = Number(c.req.header('content-length') ?? '0');
    const hasBody = length > 0 || c.req.header('transfer-encoding') !== undefined;
    // A bodiless POST (curl -X POST /dev/reset) has nothing to refuse.
    if (type === null && !hasBody) return next();
    const path = c.req.path;
    const route = NOT_JSON.find((r) =>
      r.exact ? path === r.prefix || `${path}/` === r.prefix : path.startsWith(r.prefix),
    );
    const allowed = route?.types ?? ['application/json'];
    if (type !== null && allowed.includes(type)) return next();
    return problem(c, 415, `Send the body as ${allowed.join(' or ')}${type ? `, not ${type}` : ''}.`);
  };
}
