// Starts the sandbox: opens the database, migrates, seeds on first start, listens.
import { relative } from 'node:path';

import { serve } from '@hono/node-server';

import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { migrate, openDatabase } from './db/database.js';
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from './dev/demo.js';
import { SERVER_OPTIONS } from './http/server-options.js';

import type { SandboxDeps } from './context.js';

const config = loadConfig();
const db = openDatabase(config.dataDir);
migrate(db);
const deps: SandboxDeps = { db, config, now: () => new Date() };
const seeded = await seedDemo(deps);
const app = createApp(deps);

const server = serve({ fetch: app.fetch, port: config.port, serverOptions: SERVER_OPTIONS }, () => {
  const u = config.publicUrl;
  const inCwd = relative(process.cwd(), config.dataDir);
  const data = inCwd && !inCwd.startsWith('..') ? inCwd : config.dataDir;
  console.log(
    `[sandbox] ready at ${u} · auth ${u}/auth · ssp ${u}/ssp · Swagger UI ${u}/ssp/ui · ` +
      `sign in as ${DEMO_EMAIL} / ${DEMO_PASSWORD} · data ${data}${seeded ? ' (demo data seeded)' : ''}`,
  );
});

server.on('error', (err: NodeJS.ErrnoException) => {
  const reason =
    err.code === 'EADDRINUSE'
      ? `port ${config.port} is in use; stop what holds it or start with SANDBOX_PORT=<another port>`
      : err.message;
  console.error(`[sandbox] could not listen: ${reason}`);
  db.close();
  process.exit(1);
});

function shutdown(): void {
  server.close();
  db.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
