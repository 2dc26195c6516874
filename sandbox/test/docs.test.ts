// Swagger UI works offline: every asset it loads is served here, and the documents name the sandbox first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { createSandbox, type Sandbox } from './fixture.js';

let sb: Sandbox;
beforeAll(async () => {
  sb = await createSandbox();
});
afterAll(() => sb.close());

/** The src and href of every script, stylesheet and icon of a page. */
function references(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe.each([
  ['/ssp/ui', '/ssp/openapi.yaml', '/ssp'],
  ['/auth/ui', '/auth/openapi.yaml', '/auth'],
])('%s', (page, document, mount) => {
  it('answers a page with no inline script and no external URL, and every asset it references', async () => {
    const res = await sb.app.request(page);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    expect(html).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
    // Every <script> loads a file; none carries code.
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(script[1]).toMatch(/\ssrc="/);
      expect(script[2]?.trim()).toBe('');
    }
    expect(html).toContain(`data-url="${document}"`);
    const assets = references(html);
    expect(assets).toEqual(
      expect.arrayContaining([`${page}/swagger-ui-bundle.js`, `${page}/init.js`, `${page}/swagger-ui.css`]),
    );
    for (const asset of assets) {
      expect(asset.startsWith(`${page}/`), asset).toBe(true);
      const answer = await sb.app.request(asset);
      expect(answer.status, asset).toBe(200);
      expect((await answer.arrayBuffer()).byteLength, asset).toBeGreaterThan(0);
    }
  });

  it('serves the document with this sandbox as the first server', async () => {
    const res = await sb.app.request(document);
    expect(res.status).toBe(200);
    const doc = parse(await res.text()) as { servers: { url: string }[]; paths: Record<string, unknown> };
    expect(doc.servers[0]?.url).toBe(mount);
    expect(doc.servers.map((s) => s.url).filter((u) => u.includes('localhost'))).toEqual([]);
    expect(doc.servers.some((s) => s.url.startsWith('https://'))).toBe(true);
    expect(Object.keys(doc.paths).length).toBeGreaterThan(3);
  });

  it('answers an unknown asset with a 404 problem', async () => {
    const res = await sb.app.request(`${page}/index.html`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });
});

describe('the SSP document in Swagger UI', () => {
  it('authorizes with the id_token in the authorization header, and says how to get one', async () => {
    const doc = parse(await (await sb.app.request('/ssp/openapi.yaml')).text()) as {
      info: { description: string };
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(doc.components.securitySchemes.idToken).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'authorization',
    });
    expect(doc.info.description).toContain('/auth/show-token');
    expect(doc.info.description).toContain('Authorize');
  });
});
