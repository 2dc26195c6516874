// A test database as an older sandbox left it: the migrations before `next` applied and recorded, so
// that the next `migrate(db)` runs `next` and what follows over rows written in the old schema.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { onTestFinished } from 'vitest';

import { openDatabase } from '../src/db/database.js';

import type Database from 'better-sqlite3';

const migrations = fileURLToPath(new URL('../src/db/migrations/', import.meta.url));

/** `next` is a migration's number, e.g. '008'; the database and its folder go when the test ends. */
export function databaseBefore(next: string): { db: Database.Database; dataDir: string } {
  const dataDir = mkdtempSync(join(tmpdir(), 'sandbox-migrate-'));
  const db = openDatabase(dataDir);
  onTestFinished(() => {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  db.exec('CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  for (const file of readdirSync(migrations)
    .filter((f) => f < next)
    .sort()) {
    db.exec(readFileSync(join(migrations, file), 'utf8'));
    db.prepare("INSERT INTO schema_migrations (name, applied_at) VALUES (?, '')").run(file);
  }
  return { db, dataDir };
}
