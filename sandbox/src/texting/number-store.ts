// The company's texting numbers and the emails of the users who may text from each.
import { randomInt } from 'node:crypto';

import type { Statements } from './statements.js';

/**
 * Numbers the sandbox hands out (registration's trial number, `/dev/numbers` without a number) are
 * in the 555 area code, which no real line has; the failing number is never one of them.
 */
export const SANDBOX_AREA_CODE = '555';

export interface TextingNumberJson {
  company_id: string;
  id: string;
  number: string;
  ownership: string[];
}

interface NumberRow {
  id: string;
  company_id: string;
  number: string;
}

export class NumberStore {
  constructor(private readonly sql: Statements) {}

  list(companyId: string): TextingNumberJson[] {
    const numbers = this.sql
      .get('SELECT id, company_id, number FROM texting_numbers WHERE company_id = ? ORDER BY number')
      .all(companyId) as NumberRow[];
    const owners = this.sql.allIn<{ number_id: string; email: string }>(
      'SELECT number_id, email FROM texting_number_owners WHERE number_id IN (?) ORDER BY number_id, position',
      numbers.map((n) => n.id),
    );
    return numbers.map((n) => ({
      company_id: n.company_id,
      id: n.id,
      number: n.number,
      ownership: owners.filter((o) => o.number_id === n.id).map((o) => o.email),
    }));
  }

  /** The company that owns a number, for an inbound SMS to it. */
  find(number: string): NumberRow | undefined {
    return this.sql.get('SELECT id, company_id, number FROM texting_numbers WHERE number = ?').get(number) as
      NumberRow | undefined;
  }

  isCompanyNumber(companyId: string, number: string): boolean {
    const row = this.find(number);
    return row !== undefined && row.company_id === companyId;
  }

  mayTextFrom(companyId: string, number: string, email: string): boolean {
    return (
      this.sql
        .get(
          `SELECT 1 FROM texting_numbers n JOIN texting_number_owners o ON o.number_id = n.id
              WHERE n.company_id = ? AND n.number = ? AND o.email = ?`,
        )
        .get(companyId, number, email) !== undefined
    );
  }

  /** The numbers the sandbox refuses to hand out (the failing destination, the demo's). */
  private isFree(number: string, reserved: readonly string[]): boolean {
    return !reserved.includes(number) && this.find(number) === undefined;
  }

  /**
   * A fresh, unused 555 number. Call inside the transaction that inserts it, so two requests can
   * never both take one (better-sqlite3 runs a transaction whole).
   */
  freshNumber(reserved: readonly string[]): string {
    for (;;) {
      const number = SANDBOX_AREA_CODE + String(randomInt(0, 10_000_000)).padStart(7, '0');
      if (this.isFree(number, reserved)) return number;
    }
  }

  /** A fresh number for the company, owned by `owners`: registration's trial number, `/dev/numbers`. */
  allocate(
    id: string,
    companyId: string,
    owners: readonly string[],
    nowMs: number,
    reserved: readonly string[],
  ): TextingNumberJson {
    return this.sql.db.transaction(() => {
      const number = this.freshNumber(reserved);
      this.insert(id, companyId, number, owners, nowMs);
      return { company_id: companyId, id, number, ownership: owners.map((e) => e.toLowerCase()) };
    })();
  }

  /** Adds owners at the end of the number's list; an email already there stays where it is. */
  addOwners(numberId: string, emails: readonly string[]): void {
    this.sql.db.transaction(() => {
      const last = this.sql
        .get('SELECT coalesce(max(position), -1) AS p FROM texting_number_owners WHERE number_id = ?')
        .get(numberId) as { p: number };
      const owner = this.sql.get(
        'INSERT INTO texting_number_owners (number_id, email, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      );
      emails.forEach((email, i) => owner.run(numberId, email.toLowerCase(), last.p + 1 + i));
    })();
  }

  insert(id: string, companyId: string, number: string, ownerEmails: readonly string[], nowMs: number): void {
    this.sql.db.transaction(() => {
      this.sql
        .get('INSERT INTO texting_numbers (id, company_id, number, created_at) VALUES (?, ?, ?, ?)')
        .run(id, companyId, number, nowMs);
      const owner = this.sql.get('INSERT INTO texting_number_owners (number_id, email, position) VALUES (?, ?, ?)');
      ownerEmails.forEach((email, position) => owner.run(id, email.toLowerCase(), position));
    })();
  }
}
