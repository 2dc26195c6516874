// The company's texting numbers and the emails of the users who may text from each.
import type { Statements } from './statements.js';

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
    return this.sql
      .get('SELECT id, company_id, number FROM texting_numbers WHERE number = ?')
      .get(number) as NumberRow | undefined;
  }

  isCompanyNumber(companyId: string, number: string): boolean {
    const row = this.find(number);
    return row !== undefined && row.company_id === companyId;
  }

  mayTextFrom(companyId: string, number: string, email: string): boolean {
    return (
      this.sql
        .get(`SELECT 1 FROM texting_numbers n JOIN texting_number_owners o ON o.number_id = n.id
              WHERE n.company_id = ? AND n.number = ? AND o.email = ?`)
        .get(companyId, number, email) !== undefined
    );
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
