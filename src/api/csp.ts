// Which API origins a Content-Security-Policy would stop the app from calling (its connect-src).
// The server derives the policy from the configuration (scripts/security-headers.mjs); when the two
// disagree, the browser refuses every API call and the app would only see network errors, so the
// app checks at start and names the origin instead.

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/** Whether one source expression of the policy allows requests to `url`. Paths are not checked. */
function allows(source: string, url: URL, self: URL): boolean {
  const s = source.toLowerCase();
  if (s === '*') return url.protocol === 'http:' || url.protocol === 'https:';
  if (s === "'self'") return url.origin === self.origin;
  if (/^[a-z][a-z0-9+.-]*:$/.test(s)) return s === url.protocol || (s === 'http:' && url.protocol === 'https:');
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9.-]+)(?::(\d+|\*))?(?:\/.*)?$/.exec(s);
  if (!match) return false; // 'none', nonces, hashes and keywords allow no URL
  const [, scheme, host = '', port] = match;
  const wantedScheme = scheme ? `${scheme}:` : self.protocol;
  if (url.protocol !== wantedScheme && !(wantedScheme === 'http:' && url.protocol === 'https:')) return false;
  const hostname = url.hostname.toLowerCase();
  const hostOk = host === '*' || host === hostname || (host.startsWith('*.') && hostname.endsWith(host.slice(1)));
  if (!hostOk) return false;
  const urlPort = url.port || DEFAULT_PORTS[url.protocol] || '';
  if (port === '*') return true;
  if (port === undefined)
    return (
      urlPort === (DEFAULT_PORTS[wantedScheme] ?? '') ||
      (wantedScheme === 'http:' && url.protocol === 'https:' && urlPort === '443')
    );
  return port === urlPort;
}

/** The origins of `urls` that `policy` (a Content-Security-Policy header) does not let fetch() reach. */
export function originsBlockedByPolicy(policy: string | null, urls: readonly string[], documentUrl: string): string[] {
  if (!policy) return [];
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  const sources = directives.get('connect-src') ?? directives.get('default-src');
  if (!sources) return [];
  const self = new URL(documentUrl);
  const blocked = urls.map((u) => new URL(u)).filter((url) => !sources.some((source) => allows(source, url, self)));
  return [...new Set(blocked.map((url) => url.origin))];
}
