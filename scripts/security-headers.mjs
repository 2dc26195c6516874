// The security headers of the built app, wherever it is served (vite preview, deploy/nginx.conf).
// The CSP allows no inline script; styles may be inline because the component library injects them.
// Its API origins come from the runtime configuration (/config.json), so one file moves an environment:
// vite preview reads the served config on every request; for nginx,
//   npm run deploy:csp -- [config.json] [out.conf]
// writes deploy/security-headers.conf from a config (default: deploy/config.ringplan.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @param {{ authBaseUrl: string, sspBaseUrl: string }} config */
export function contentSecurityPolicy(config) {
  const apiOrigins = [...new Set([new URL(config.authBaseUrl).origin, new URL(config.sspBaseUrl).origin])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    // MMS images come from the API's capability URLs, and previews of attachments are blob: URLs.
    `img-src 'self' data: blob: ${apiOrigins}`,
    `connect-src 'self' ${apiOrigins}`,
    "font-src 'self' data:",
    // The service worker (/sw.js, its Workbox runtime) and the web app manifest: this origin only.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** @param {{ authBaseUrl: string, sspBaseUrl: string }} config */
export function securityHeaders(config) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(config),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Not a security header: the browser opens its connection to the API (DNS, TCP, TLS) as the page
    // arrives, while the app's code downloads, instead of before the page's first call. Anonymous
    // (`crossorigin`), as the app's calls are: they send their token in a header, not cookies.
    Link: `<${new URL(config.sspBaseUrl).origin}>; rel=preconnect; crossorigin`,
  };
}

/**
 * nginx's include of the headers (deploy/security-headers.conf) for a configuration.
 * @param {{ authBaseUrl: string, sspBaseUrl: string }} config
 * @param {string} source the configuration file, named in the include's header
 */
export function nginxInclude(config, source) {
  const lines = Object.entries(securityHeaders(config)).map(([name, value]) => `add_header ${name} "${value}" always;`);
  return [
    `# Written by \`npm run deploy:csp -- ${source}\` (scripts/security-headers.mjs) from the runtime`,
    '# configuration served as /config.json: run it again whenever that file moves to other API origins.',
    '# Included in every location of nginx.conf (nginx does not inherit add_header into a location that',
    '# sets its own).',
    ...lines,
    '# Behind TLS, turn on HSTS so browsers never try plain HTTP again (and a network attacker cannot',
    '# strip TLS on the first request). It is off here because this server listens on plain HTTP (the',
    '# TLS terminator in front of it should send it, or uncomment it where nginx itself serves HTTPS);',
    '# sent over HTTP it is ignored, and once sent it cannot be taken back for max-age seconds.',
    '# add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [source = 'deploy/config.ringplan.json', out = 'deploy/security-headers.conf'] = process.argv.slice(2);
  const config = JSON.parse(readFileSync(source, 'utf8'));
  writeFileSync(out, nginxInclude(config, source));
  console.log(`${out}: CSP for ${config.authBaseUrl} and ${config.sspBaseUrl} (from ${source})`);
}
