// The sandbox app on a loopback port, for the benchmark: no seeding, no /dev helpers.
import { serve } from '@hono/node-server';

import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { migrate, openDatabase } from '../src/db/database.js';

const config = loadConfig();
const db = openDatabase(config.dataDir);
migrate(db);
const app = createApp({ db, config, now: () => new Date() }, { dev: false });
const server = serve({ fetch: app.fetch, port: config.port, hostname: '127.0.0.1' }, (info) => {
  console.log(`ready ${info.port}`);
});
process.on('SIGTERM', () => {
  server.close();
  db.close();
  process.exit(0);
});
