// Which app origins and URLs the sandbox trusts for CORS, sign-in and consent redirects.
import { problem } from './problems.js';

import type { SandboxConfig } from '../context.js';
import type { Context, MiddlewareHandler } from 'hono';

export const CLIENT_ID = 'ringplan-portal';
export const CALLBACK_PATH = '/auth/callback';

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** A URL of a registered app origin, with no credentials and no fragment. */
export function isAppUrl(config: SandboxConfig, value: string): boolean {
  const url = parseUrl(value);
  if (!url || url.username || url.password || url.hash) return false;
  return config.appOrigins.includes(url.origin);
}

/** The OAuth redirect URI of a registered origin: `<origin>/auth/callback`, nothing else. */
export function isRegisteredRedirectUri(config: SandboxConfig, value: string): boolean {
  const url = parseUrl(value);
  return !!url && isAppUrl(config, value) && url.pathname === CALLBACK_PATH && url.search === '';
}

/** The app origin links should point at: the request's registered Origin, else the default. */
export function appOriginOf(c: Context, config: SandboxConfig): string {
  const origin = c.req.header('origin');
  return origin && config.appOrigins.includes(origin) ? origin : config.defaultAppOrigin;
}

/** The client address for rate limits; the sandbox trusts no proxy headers. */
export function clientIp(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

/**
 * The /dev helpers write without a token, so a page on another site must not reach them: a browser
 * always names the page that sent a request, and only the app and the sandbox's own pages may. No
 * Origin at all is a command line (curl, scripts, tests).
 */
export function devOriginsOnly(config: SandboxConfig): MiddlewareHandler {
  const sandboxOrigin = new URL(config.publicUrl).origin;
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined || origin === sandboxOrigin || config.appOrigins.includes(origin)) return next();
    return problem(c, 403, `The developer helpers refuse requests from ${origin}.`);
  };
}
