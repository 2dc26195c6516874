// Sandbox only: a company registered here gets a texting number at once, like a trial number,
// owned by the registering user, so the guide's first steps end in a first SMS.
import { newId } from '../db/ids.js';
import { NumberStore } from './number-store.js';
import { DEMO_TEXTING_NUMBER } from './seed-data.js';
import { Statements } from './statements.js';

import type { SandboxDeps } from '../context.js';

/** Gives a new company its trial number; runs inside the registration's transaction. */
export function trialNumber(deps: SandboxDeps): (account: { companyId: string; email: string }) => void {
  const numbers = new NumberStore(new Statements(deps.db));
  return ({ companyId, email }) => {
    numbers.allocate(newId(), companyId, [email], deps.now().getTime(), [
      deps.config.failingNumber,
      DEMO_TEXTING_NUMBER,
    ]);
  };
}
