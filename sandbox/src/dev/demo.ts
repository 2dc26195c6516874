// Demo data on first start: the demo company and user, meetings around now, texting, a second company.
import { findUserByEmail, insertAccount } from '../auth/accounts.js';
import { hashPassword } from '../auth/passwords.js';
import { seedMeetings } from '../meet/seed.js';
import { seedTexting } from '../texting/seed.js';

import type { SandboxDeps } from '../context.js';

export const DEMO_EMAIL = 'demo@example.com';
export const DEMO_PASSWORD = 'demo-password';
export const OTHER_EMAIL = 'other@example.com';
export const OTHER_PASSWORD = 'other-password';
export const DEMO_MEETING_PASSWORD = 'meet-1234';

/** Seeds the demo data unless it is there already. Answers whether it seeded. */
export async function seedDemo(deps: SandboxDeps): Promise<boolean> {
  if (findUserByEmail(deps, DEMO_EMAIL)) return false;
  const [demoHash, otherHash, meetHash] = await Promise.all([
    hashPassword(DEMO_PASSWORD),
    hashPassword(OTHER_PASSWORD),
    hashPassword(DEMO_MEETING_PASSWORD),
  ]);
  deps.db.transaction(() => {
    if (findUserByEmail(deps, DEMO_EMAIL)) return;
    const demo = insertAccount(deps, {
      first_name: 'Demo',
      last_name: 'User',
      email: DEMO_EMAIL,
      company: 'Demo Company',
      password_hash: demoHash,
      timezone: 'America/Los_Angeles',
    });
    seedMeetings(deps, demo, meetHash, 30, 10);
    const other = insertAccount(deps, {
      first_name: 'Olga',
      last_name: 'Other',
      email: OTHER_EMAIL,
      company: 'Other Company',
      password_hash: otherHash,
      timezone: 'Europe/Chisinau',
    });
    seedMeetings(deps, other, meetHash, 3, 2);
    seedTexting(deps, { companyId: demo.companyId, ownerEmails: [DEMO_EMAIL] });
  })();
  return true;
}
