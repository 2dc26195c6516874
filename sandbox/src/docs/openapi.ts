// Serves the OpenAPI documents from openapi/ (the sandbox listed first among their servers) and
// Swagger UI at /ssp/ui and /auth/ui.
import { readFile } from 'node:fs/promises';

import { Hono } from 'hono';
import { parse, stringify } from 'yaml';

import { problem } from '../http/problems.js';
import { swaggerUiRoutes } from './swagger-ui.js';

const OPENAPI_DIR = new URL('../../../openapi/', import.meta.url);
const LOCAL_SERVER = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/;

interface ServedDocument {
  path: string;
  file: string;
  /** Where the service is mounted in this sandbox. */
  mount: string;
  note?: string;
}

const SIGN_IN_NOTE = `**In this sandbox.** To try the calls that need an \`id_token\`, sign in once in this
browser at [/auth/](/auth/) (demo@example.com / demo-password): you land on
[/auth/show-token](/auth/show-token). Copy its \`id_token\`, click **Authorize** and paste it (no
\`Bearer \` prefix), as the guide shows.

`;

const DOCUMENTS: readonly ServedDocument[] = [
  { path: '/ssp/openapi.yaml', file: 'ssp.yaml', mount: '/ssp', note: SIGN_IN_NOTE },
  { path: '/auth/openapi.yaml', file: 'auth.yaml', mount: '/auth' },
];

type Server = { url?: unknown; description?: unknown };
type Document = { servers?: Server[]; info?: { description?: unknown } };

/**
 * The document as this sandbox serves it: the sandbox itself first among the servers, as a
 * same-origin path, so "Try it out" calls it whatever host name the page was opened with.
 */
export function sandboxDocument(text: string, mount: string, note = ''): string {
  const doc = parse(text) as Document;
  const others = (doc.servers ?? []).filter((s) => typeof s.url !== 'string' || !LOCAL_SERVER.test(s.url));
  doc.servers = [{ url: mount, description: 'This sandbox' }, ...others];
  if (note && doc.info) {
    doc.info.description = note + (typeof doc.info.description === 'string' ? doc.info.description : '');
  }
  return stringify(doc, { lineWidth: 0 });
}

export function docsRoutes(): Hono {
  const app = new Hono();
  for (const served of DOCUMENTS) {
    app.get(served.path, async (c) => {
      let text: string;
      try {
        text = await readFile(new URL(served.file, OPENAPI_DIR), 'utf8');
      } catch {
        return problem(c, 404, `The OpenAPI document ${served.file} is not there yet.`);
      }
      return c.body(sandboxDocument(text, served.mount, served.note), 200, {
        'content-type': 'application/yaml; charset=utf-8',
      });
    });
  }
  app.route('/', swaggerUiRoutes());
  return app;
}
