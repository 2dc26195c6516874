// A per-database cache of prepared statements, for queries whose text depends on the request.
import type Database from 'better-sqlite3';

export class Statements {
  private readonly cache = new Map<string, Database.Statement>();
  private readonly rawCache = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {}

  get(sql: string): Database.Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.cache.set(sql, statement);
    }
    return statement;
  }

  /**
   * Rows as arrays, turned into objects by `columns` order in JS: for the hot lists, where
   * building objects natively costs more than the query itself.
   */
  rows<T>(sql: string, columns: readonly (keyof T & string)[], params: unknown[]): T[] {
    return this.values(sql, params).map((values) => objectOf<T>(columns, values));
  }

  /** The rows of `sql` as arrays of their columns' values. */
  values(sql: string, params: unknown[]): unknown[][] {
    let statement = this.rawCache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql).raw(true);
      this.rawCache.set(sql, statement);
    }
    return statement.all(...params) as unknown[][];
  }

  /** Rows of `sql`, where `(?)` in it becomes one placeholder per id. */
  allIn<T>(sql: string, ids: readonly string[], before: unknown[] = []): T[] {
    if (ids.length === 0) return [];
    return this.get(withIds(sql, ids)).all(...before, ...ids) as T[];
  }
}

/** The object of `columns` from a raw row's values, starting at `offset` (a row of several tables). */
export function objectOf<T>(columns: readonly (keyof T & string)[], values: readonly unknown[], offset = 0): T {
  const row: Record<string, unknown> = {};
  columns.forEach((column, i) => {
    row[column] = values[offset + i];
  });
  return row as T;
}

function withIds(sql: string, ids: readonly string[]): string {
  return sql.replace('(?)', `(${ids.map(() => '?').join(', ')})`);
}
