// The texting part of the SSP backend, mounted at /ssp/texting. Every call needs the id_token
// except the capability URLs of MMS media.
import { Hono } from 'hono';

import { requireUser } from '../auth/require-user.js';
import { contactRoutes } from './contacts-routes.js';
import { conversationRoutes } from './conversations-routes.js';
import { fileRoutes } from './files-routes.js';
import { Texting } from './texting.js';

import type { SandboxDeps, SandboxEnv } from '../context.js';

export function textingRoutes(deps: SandboxDeps): Hono<SandboxEnv> {
  const t = new Texting(deps);
  // Once, as the server starts: a database from before contact_words gets its contacts' words.
  t.contacts.backfillWords();
  const auth = requireUser(deps);
  const app = new Hono<SandboxEnv>();

  // '/contacts/*' also matches '/contacts' itself; listing both would verify the token twice.
  for (const path of ['/numbers', '/contacts/*', '/conversations/*']) app.use(path, auth);

  app.get('/numbers', (c) => c.json(t.numbers.list(c.get('user').company_id)));
  app.route('/contacts', contactRoutes(t));
  app.route('/conversations', conversationRoutes(t));
  app.route('/files', fileRoutes(t, auth));
  return app;
}
