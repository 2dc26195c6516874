// Empties every data table (keeping migrations and signing keys) and seeds the demo data again.
import type { SandboxDeps } from '../context.js';
import { seedDemo } from './demo.js';

const KEEP = new Set(['schema_migrations', 'settings']);

export async function resetData(deps: SandboxDeps): Promise<void> {
  const tables = (
    deps.db.prepare("SELECT name, type FROM pragma_table_list WHERE schema = 'main'").all() as {
      name: string;
      type: string;
    }[]
  ).filter((t) => t.type === 'table' && !KEEP.has(t.name) && !t.name.startsWith('sqlite_'));
  deps.db.transaction(() => {
    // Rows refer to each other; checking foreign keys at commit lets any order work.
    deps.db.pragma('defer_foreign_keys = ON');
    for (const t of tables) deps.db.prepare(`DELETE FROM "${t.name.replace(/"/g, '""')}"`).run();
  })();
  await seedDemo(deps);
}
