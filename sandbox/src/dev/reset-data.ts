// Empties every data table (keeping migrations and signing keys), deletes uploaded files kept on
// disk, and seeds the demo data again.
import { rm } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';

import { seedDemo } from './demo.js';

import type { SandboxDeps } from '../context.js';

const KEEP = new Set(['schema_migrations', 'settings']);

/** Files under the data directory that upload rows point at (MMS bytes may live there, not in a BLOB). */
function uploadedFilePaths(deps: SandboxDeps): string[] {
  const hasPath = deps.db.prepare("SELECT 1 FROM pragma_table_info('files') WHERE name = 'path'").get();
  if (!hasPath) return [];
  const rows = deps.db.prepare('SELECT path FROM files WHERE path IS NOT NULL').all() as { path: string }[];
  const root = resolve(deps.config.dataDir);
  return rows
    .map((r) => resolve(root, r.path))
    .filter((file) => {
      const inside = relative(root, file);
      return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
    });
}

export async function resetData(deps: SandboxDeps): Promise<void> {
  const tables = (
    deps.db.prepare("SELECT name, type FROM pragma_table_list WHERE schema = 'main'").all() as {
      name: string;
      type: string;
    }[]
  ).filter((t) => t.type === 'table' && !KEEP.has(t.name) && !t.name.startsWith('sqlite_'));
  const files = deps.db.transaction(() => {
    const paths = uploadedFilePaths(deps);
    // Rows refer to each other; checking foreign keys at commit lets any order work.
    deps.db.pragma('defer_foreign_keys = ON');
    for (const t of tables) deps.db.prepare(`DELETE FROM "${t.name.replace(/"/g, '""')}"`).run();
    return paths;
  })();
  // Only once the rows are gone: a failed delete above leaves every file its row needs.
  await Promise.all(files.map((file) => rm(file, { force: true })));
  await seedDemo(deps);
}
