// POST /auth/api/user/register: a new company with its primary user.
import { Hono } from 'hono';
import { z } from 'zod';

import { problem, validationProblem } from '../http/problems.js';
import { json } from '../http/validate.js';
import { findUserByEmail, insertAccount } from './accounts.js';
import { generatePassword, hashPassword } from './passwords.js';

import type { SandboxDeps } from '../context.js';

const RegisterSchema = z.strictObject({
  first_name: z.string().trim().min(1).max(100),
  last_name: z.string().trim().min(1).max(100),
  email: z.email().max(254),
  company: z.string().trim().min(1).max(200),
  key: z.string().min(1),
  pwd: z.string().min(8).max(200).optional(),
});

/** A new account, told to what else the sandbox gives one (inside the registration's transaction). */
export type Registered = (account: { companyId: string; email: string }) => void;

export function registerRoutes(deps: SandboxDeps, registered?: Registered): Hono {
  const app = new Hono();
  app.post('/api/user/register', json(RegisterSchema), async (c) => {
    const input = c.req.valid('json');
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
        registered?.({ companyId: account.companyId, email });
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
  return app;
}
