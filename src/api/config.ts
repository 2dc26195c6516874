// The runtime configuration: fetched from /config.json before the app renders, so one build can be
// pointed at the sandbox or at RingPlan's services by editing that file, without rebuilding.
// Checked by hand rather than with a schema library: this runs before the first paint, and a
// handful of fields don't justify the bytes.
import { originsBlockedByPolicy } from '@/api/csp';

export interface RuntimeConfig {
  environment: 'sandbox' | 'ringplan';
  authBaseUrl: string;
  sspBaseUrl: string;
  clientId: string;
  /** The auth service's sign-out (OpenID Connect end_session_endpoint); default `${authBaseUrl}/logout`. */
  logoutUrl?: string;
  /** The auth service's change-password page; default `${authBaseUrl}/change-password`. */
  passwordChangeUrl?: string;
}

let current: RuntimeConfig | undefined;

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The configuration in `value`, or the list of what is wrong with it. */
export function parseConfig(value: unknown): { config: RuntimeConfig } | { problems: string[] } {
  const input = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const problems: string[] = [];
  if (input.environment !== 'sandbox' && input.environment !== 'ringplan') {
    problems.push('"environment" must be "sandbox" or "ringplan"');
  }
  if (!isHttpUrl(input.authBaseUrl)) problems.push('"authBaseUrl" must be an http(s) URL');
  if (!isHttpUrl(input.sspBaseUrl)) problems.push('"sspBaseUrl" must be an http(s) URL');
  if (typeof input.clientId !== 'string' || input.clientId === '')
    problems.push('"clientId" must be a non-empty string');
  for (const optional of ['logoutUrl', 'passwordChangeUrl'] as const) {
    if (input[optional] !== undefined && !isHttpUrl(input[optional]))
      problems.push(`"${optional}" must be an http(s) URL when set`);
  }
  if (problems.length > 0) return { problems };
  return { config: input as unknown as RuntimeConfig };
}

export async function loadConfig(url = '/config.json'): Promise<RuntimeConfig> {
  // index.html preloads /config.json so it downloads beside the app's code; this fetch takes that
  // response. Freshness comes from the server: the file is served with `Cache-Control: no-cache`
  // (deploy/nginx.conf; vite preview does the same), so a changed configuration applies at once.
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`The app's configuration (${url}) could not be loaded: HTTP ${String(response.status)}.`);
  }
  const parsed = parseConfig(await response.json().catch(() => null));
  if ('problems' in parsed) {
    throw new Error(`The app's configuration (${url}) is invalid: ${parsed.problems.join('; ')}.`);
  }
  // The configuration is served with the page's policy: an API origin it does not allow would make
  // every call fail as if the network were down, so say what is wrong instead.
  const blocked = originsBlockedByPolicy(
    response.headers.get('content-security-policy'),
    [parsed.config.authBaseUrl, parsed.config.sspBaseUrl],
    window.location.href,
  );
  if (blocked.length > 0) {
    throw new Error(
      `This build's security policy does not allow ${blocked.join(' or ')}, the API of its configuration (${url}): ` +
        'update the Content-Security-Policy with the configuration (npm run deploy:csp) and reload.',
    );
  }
  setConfig(parsed.config);
  return parsed.config;
}

export function setConfig(config: RuntimeConfig): void {
  current = {
    ...config,
    authBaseUrl: config.authBaseUrl.replace(/\/+$/, ''),
    sspBaseUrl: config.sspBaseUrl.replace(/\/+$/, ''),
  };
}

export function getConfig(): RuntimeConfig {
  if (!current) throw new Error('The runtime configuration is used before it was loaded.');
  return current;
}

/** Where the app sends the browser to sign out of the auth service. */
export function logoutUrl(): string {
  const config = getConfig();
  return config.logoutUrl ?? `${config.authBaseUrl}/logout`;
}

/** The auth service's page where a user changes their password. */
export function passwordChangeUrl(): string {
  const config = getConfig();
  return config.passwordChangeUrl ?? `${config.authBaseUrl}/change-password`;
}
