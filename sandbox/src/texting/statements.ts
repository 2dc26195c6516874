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
    let statement = this.rawCache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql).raw(true);
      this.rawCache.set(sql, statement);
    }
    return (statement.all(...params) as unknown[][]).map((values) => {
      const row: Record<string, unknown> = {};
      columns.forEach((column, i) => {
        row[column] = values[i];
      });
      return row as T;
    });
  }

  /** Rows of `sql`, where `(?)` in it becomes one placeholder per id. */
  allIn<T>(sql: string, ids: readonly string[], before: unknown[] = []): T[] {
    if (ids.length === 0) return [];
    return this.get(withIds(sql, ids)).all(...before, ...ids) as T[];
  }

  /** `rows` of `sql`, where `(?)` in it becomes one placeholder per id: a page's contacts or messages. */
  rowsIn<T>(sql: string, columns: readonly (keyof T & string)[], ids: readonly string[]): T[] {
    if (ids.length === 0) return [];
    return this.rows<T>(withIds(sql, ids), columns, [...ids]);
  }
}

function withIds(sql: string, ids: readonly string[]): string {
  return sql.replace('(?)', `(${ids.map(() => '?').join(', ')})`);
}
