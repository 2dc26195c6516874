// Serves the OpenAPI documents from openapi/ and Swagger UI at /ssp/ui.
import { readFile } from 'node:fs/promises';
import { swaggerUI } from '@hono/swagger-ui';
import type { Hono } from 'hono';
import { problem } from '../problems.js';

const OPENAPI_DIR = new URL('../../../openapi/', import.meta.url);

export const SWAGGER_CSP = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
  "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
  "img-src 'self' data: https://cdn.jsdelivr.net",
  "connect-src 'self' https://b2clogin.dev.ringplan.com https://ssp-backend.dev.ringplan.com",
  "frame-ancestors 'self'",
].join('; ');

function serveDocument(app: Hono, path: string, file: string): void {
  app.get(path, async (c) => {
    try {
      const text = await readFile(new URL(file, OPENAPI_DIR), 'utf8');
      return c.body(text, 200, { 'content-type': 'application/yaml; charset=utf-8' });
    } catch {
      return problem(c, 404, `The OpenAPI document ${file} is not there yet.`);
    }
  });
}

export function mountDocs(app: Hono): void {
  serveDocument(app, '/ssp/openapi.yaml', 'ssp.yaml');
  serveDocument(app, '/auth/openapi.yaml', 'auth.yaml');
  app.get(
    '/ssp/ui',
    swaggerUI({
      urls: [
        { url: '/ssp/openapi.yaml', name: 'SSP backend' },
        { url: '/auth/openapi.yaml', name: 'Auth service' },
      ],
      title: 'RingPlan sandbox API',
    }),
  );
}
