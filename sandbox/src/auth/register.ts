// POST /auth/api/user/register: a new company with its primary user.
import { z } from 'zod';

import { newId, problem, readJson, validationProblem } from '../http/problems.js';
import { NumberStore } from '../texting/number-store.js';
import { DEMO_TEXTING_NUMBER } from '../texting/seed-data.js';
import { Statements } from '../texting/statements.js';
import { findUserByEmail, insertAccount } from './accounts.js';
import { generatePassword, hashPassword } from './passwords.js';

import type { SandboxDeps } from '../context.js';
import type { Hono } from 'hono';

const RegisterSchema = z.strictObject({
  first_name: z.string().trim().min(1).max(100),
  last_name: z.string().trim().min(1).max(100),
  email: z.email().max(254),
  company: z.string().trim().min(1).max(200),
  key: z.string().min(1),
  pwd: z.string().min(8).max(200).optional(),
});

export function mountRegister(app: Hono, deps: SandboxDeps): void {
  const numbers = new NumberStore(new Statements(deps.db));
  app.post('/api/user/register', async (c) => {
    const body = await readJson(c, RegisterSchema);
    if (!body.ok) return body.response;
    const input = body.data;
    if (input.key !== deps.config.registrationKey) {
      return validationProblem(c, [{ field: 'key', message: 'The registration key is wrong.' }]);
    }
    const email = input.email.toLowerCase();
    if (findUserByEmail(deps, email)) {
      return problem(c, 409, 'A user with this email already exists.');
    }
    const password = input.pwd ?? generatePassword();
    const password_hash = await hashPassword(password);
    let userId: string;
    try {
      userId = deps.db.transaction(() => {
        const account = insertAccount(deps, { ...input, email, password_hash });
        // Sandbox only: a trial texting number, so the guide's first steps lead to a first SMS.
        numbers.allocate(newId(), account.companyId, [email], deps.now().getTime(), [
          deps.config.failingNumber,
          DEMO_TEXTING_NUMBER,
        ]);
        return account;
      })().userId;
    } catch (err) {
      // Two registrations of one email racing: the unique index decides.
      if (err instanceof Error && /UNIQUE/.test(err.message)) {
        return problem(c, 409, 'A user with this email already exists.');
      }
      throw err;
    }
    return c.json(
      {
        _id: userId,
        email,
        first_name: input.first_name,
        last_name: input.last_name,
        company: input.company,
        ...(input.pwd === undefined ? { generated_password: password } : {}),
      },
      201,
    );
  });
}
