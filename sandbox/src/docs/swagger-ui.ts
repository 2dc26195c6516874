// Swagger UI at /ssp/ui and /auth/ui, served from the swagger-ui-dist package so it works offline.
// The pages carry no inline code: the initializer is a served file that reads the document's URL
// from a data attribute, so the pages keep a strict CSP.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { Hono } from 'hono';

import { problem } from '../http/problems.js';

const DIST_DIR = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** The package's files the pages use (and the source maps the browser's tools ask for). */
const DIST_FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui.css.map': 'application/json',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-bundle.js.map': 'application/json',
  'favicon-16x16.png': 'image/png',
  'favicon-32x32.png': 'image/png',
};

export const SWAGGER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' https://b2clogin.dev.ringplan.com https://ssp-backend.dev.ringplan.com",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

const INIT_JS = `// Starts Swagger UI on the document named by #swagger-ui's data-url.
(function () {
  var root = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-url'),
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
})();
`;

const PAGE_CSS = `.sandbox-docs-nav{display:flex;gap:1.5rem;align-items:center;padding:.75rem 1.25rem;background:#1c2330;font:600 15px/1.4 system-ui,sans-serif}
.sandbox-docs-nav span{color:#c9d0dc}
.sandbox-docs-nav a{color:#fff}
.sandbox-docs-nav a[aria-current=page]{text-decoration:none;border-bottom:2px solid #89bf04}
`;

interface UiPage {
  /** Where the page lives, e.g. /ssp/ui; its assets are under `${base}/`. */
  base: string;
  document: string;
  title: string;
}

export const UI_PAGES: readonly UiPage[] = [
  { base: '/ssp/ui', document: '/ssp/openapi.yaml', title: 'SSP backend' },
  { base: '/auth/ui', document: '/auth/openapi.yaml', title: 'Auth service' },
];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function pageHtml(page: UiPage): string {
  const a = (path: string) => escapeHtml(`${page.base}/${path}`);
  const nav = UI_PAGES.map(
    (p) => `<a href="${escapeHtml(p.base)}"${p === page ? ' aria-current="page"' : ''}>${escapeHtml(p.title)}</a>`,
  ).join(' ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>RingPlan sandbox · ${escapeHtml(page.title)} API</title>
<link rel="icon" type="image/png" sizes="32x32" href="${a('favicon-32x32.png')}">
<link rel="icon" type="image/png" sizes="16x16" href="${a('favicon-16x16.png')}">
<link rel="stylesheet" href="${a('swagger-ui.css')}">
<link rel="stylesheet" href="${a('page.css')}">
</head>
<body>
<nav class="sandbox-docs-nav" aria-label="API documents"><span>RingPlan sandbox</span> ${nav}</nav>
<div id="swagger-ui" data-url="${escapeHtml(page.document)}"></div>
<script src="${a('swagger-ui-bundle.js')}"></script>
<script src="${a('init.js')}"></script>
</body>
</html>
`;
}

const ASSET_CACHE = 'public, max-age=3600';

export function swaggerUiRoutes(): Hono {
  const app = new Hono();
  for (const page of UI_PAGES) {
    const html = pageHtml(page);
    const htmlHeaders = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': SWAGGER_CSP };
    app.get(page.base, (c) => c.body(html, 200, htmlHeaders));
    app.get(`${page.base}/`, (c) => c.body(html, 200, htmlHeaders));
    app.get(`${page.base}/init.js`, (c) =>
      c.body(INIT_JS, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }),
    );
    app.get(`${page.base}/page.css`, (c) =>
      c.body(PAGE_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': ASSET_CACHE }),
    );
    app.get(`${page.base}/:file`, async (c, next) => {
      const file = c.req.param('file');
      const type = Object.hasOwn(DIST_FILES, file) ? DIST_FILES[file] : undefined;
      if (!type) {
        await next();
        return;
      }
      try {
        const bytes = await readFile(join(DIST_DIR, file));
        return c.body(new Uint8Array(bytes), 200, { 'content-type': type, 'cache-control': ASSET_CACHE });
      } catch {
        return problem(c, 404, `Swagger UI's ${file} is missing: run npm install.`);
      }
    });
  }
  return app;
}
