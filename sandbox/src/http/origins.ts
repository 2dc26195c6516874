// Which app origins and URLs the sandbox trusts for CORS, sign-in and consent redirects.
import type { Context } from 'hono';
import type { SandboxConfig } from '../context.js';

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
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}
