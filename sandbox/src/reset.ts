// npm run sandbox:reset: deletes the sandbox database so the next start seeds fresh demo data.
import { rmSync } from 'node:fs';
import { join } from 'node:path';

import { loadConfig } from './config.js';
import { DB_FILE } from './db/database.js';

const { dataDir } = loadConfig();
for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, DB_FILE + suffix), { force: true });
console.log(`[sandbox] data reset: ${join(dataDir, DB_FILE)} removed`);
