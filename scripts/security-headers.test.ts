import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { contentSecurityPolicy, nginxInclude, securityHeaders } from './security-headers.mjs';

describe('the security headers', () => {
  it('allow exactly the API origins of the configuration', () => {
    const policy = contentSecurityPolicy({
      authBaseUrl: 'http://127.0.0.1:4010/auth',
      sspBaseUrl: 'http://127.0.0.1:4010/ssp',
    });
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:4010;");
    expect(policy).toContain("img-src 'self' data: blob: http://127.0.0.1:4010;");
  });

  it('let only this origin provide the service worker and the manifest', () => {
    const policy = contentSecurityPolicy({ authBaseUrl: 'https://a.example/auth', sspBaseUrl: 'https://b.example' });
    expect(policy).toContain("worker-src 'self';");
    expect(policy).toContain("manifest-src 'self';");
  });

  it('ask the browser to open its connection to the API as the page arrives', () => {
    const headers = securityHeaders({ authBaseUrl: 'https://a.example/auth', sspBaseUrl: 'https://b.example/v1' });
    expect(headers.Link).toBe('<https://b.example>; rel=preconnect; crossorigin');
  });

  it("in deploy/ are the ones `npm run deploy:csp` writes from RingPlan's configuration", () => {
    const config = JSON.parse(readFileSync('deploy/config.ringplan.json', 'utf8')) as {
      authBaseUrl: string;
      sspBaseUrl: string;
    };
    expect(readFileSync('deploy/security-headers.conf', 'utf8')).toBe(
      nginxInclude(config, 'deploy/config.ringplan.json'),
    );
  });
});
