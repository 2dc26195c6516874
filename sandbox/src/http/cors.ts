// CORS for the app's origins. Hono's cors() sets its headers on c.res before the handler runs, and a
// response set after that is copied with its body turned into a stream: on the search calls that copy
// cost about a tenth of the server's time. The same headers are set on the handler's answer instead;
// preflights (answered here, never by a handler) still go through cors().
import { cors } from 'hono/cors';

import type { MiddlewareHandler } from 'hono';

const EXPOSED = ['X-Total-Count', 'Retry-After'];

export function appCors(appOrigins: readonly string[]): MiddlewareHandler {
  const preflight = cors({
    origin: (origin) => (appOrigins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: ['authorization', 'content-type'],
    exposeHeaders: EXPOSED,
    maxAge: 86400, // browsers reuse a preflight up to their cap (Chrome 2 h, Firefox 24 h)
  });
  const exposed = EXPOSED.join(',');
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    await next();
    const origin = c.req.header('origin') ?? '';
    const headers = c.res.headers;
    if (appOrigins.includes(origin)) headers.set('access-control-allow-origin', origin);
    headers.set('access-control-expose-headers', exposed);
    headers.append('vary', 'Origin');
  };
}
