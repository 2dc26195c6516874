// Starts the sandbox: opens the database, migrates, seeds on first start, listens.
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import type { SandboxDeps } from './context.js';
import { migrate, openDatabase } from './db/database.js';
import { seedDemo } from './seed/demo.js';

const config = loadConfig();
const db = openDatabase(config.dataDir);
migrate(db);
const deps: SandboxDeps = { db, config, now: () => new Date() };
const seeded = await seedDemo(deps);
const app = createApp(deps);

const server = serve({ fetch: app.fetch, port: config.port }, () => {
  const u = config.publicUrl;
  console.log(
    `[sandbox] ${u} · auth ${u}/auth · ssp ${u}/ssp · docs ${u}/ssp/ui · data ${config.dataDir}` +
      (seeded ? ' · demo data seeded (demo@example.com / demo-password)' : ''),
  );
});

function shutdown(): void {
  server.close();
  db.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
