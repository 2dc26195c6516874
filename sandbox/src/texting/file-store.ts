// Uploaded MMS images: stored bytes, their capability keys, and ownership checks.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { FileRow } from './serialize.js';
import type { Statements } from './statements.js';

export interface StoredFile {
  mime: string;
  size: number;
  bytes: Buffer;
}

interface ContentRow {
  mime: string;
  size: number;
  capability: string;
  data: Buffer | null;
  path: string | null;
}

export function newCapability(): string {
  return randomBytes(32).toString('base64url');
}

export class FileStore {
  constructor(
    private readonly sql: Statements,
    private readonly dataDir: string,
  ) {}

  insert(
    file: { id: string; company_id: string; description: string | null; mime: string; bytes: Buffer },
    nowMs: number,
  ): FileRow {
    const capability = newCapability();
    this.sql
      .get(
        `INSERT INTO files (id, company_id, description, mime, size, capability, data, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(file.id, file.company_id, file.description, file.mime, file.bytes.length, capability, file.bytes, nowMs);
    return { id: file.id, company_id: file.company_id, description: file.description, capability };
  }

  /** The ids among `ids` that are not files of this company. */
  missing(companyId: string, ids: readonly string[]): string[] {
    const found = new Set(
      this.sql
        .allIn<{ id: string }>('SELECT id FROM files WHERE company_id = ? AND id IN (?)', ids, [companyId])
        .map((r) => r.id),
    );
    return ids.filter((id) => !found.has(id));
  }

  /** The bytes behind a capability URL, or undefined when the id or the key is wrong. */
  content(id: string, key: string): StoredFile | undefined {
    const row = this.sql.get('SELECT mime, size, capability, data, path FROM files WHERE id = ?').get(id) as
      ContentRow | undefined;
    if (!row) return undefined;
    const expected = Buffer.from(row.capability);
    const given = Buffer.from(key);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    const bytes = row.data ?? (row.path ? readFileSync(join(this.dataDir, row.path)) : Buffer.alloc(0));
    return { mime: row.mime, size: row.size, bytes };
  }
}
