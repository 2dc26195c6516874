// The per-company totals of the unfiltered contact and conversation lists.
import type { Statements } from './statements.js';

export type TotalName = 'contacts' | 'conversations';

export function addToTotal(sql: Statements, companyId: string, name: TotalName, delta: number): void {
  sql
    .get(
      `INSERT INTO texting_totals (company_id, ${name}) VALUES (?, ?)
          ON CONFLICT (company_id) DO UPDATE SET ${name} = ${name} + excluded.${name}`,
    )
    .run(companyId, delta);
}

export function total(sql: Statements, companyId: string, name: TotalName): number {
  const row = sql.get(`SELECT ${name} AS n FROM texting_totals WHERE company_id = ?`).get(companyId) as
    { n: number } | undefined;
  return row?.n ?? 0;
}
