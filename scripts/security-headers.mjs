// The security headers of the built app, wherever it is served (vite preview, deploy/nginx.conf).
// The CSP allows no inline script; styles may be inline because the component library injects them.

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
  };
}
