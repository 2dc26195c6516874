// GET and PATCH /users/me (SSP): the signed-in user's profile.
import { Hono } from 'hono';
import { z } from 'zod';

import { findUserById } from '../auth/accounts.js';
import { requireUser } from '../auth/require-user.js';
import { hasGoogleCredentials } from '../google/credentials.js';
import { problem, validationProblem } from '../http/problems.js';
import { json } from '../http/validate.js';
import { isValidTimeZone } from '../meet/zoned-time.js';

import type { SandboxDeps, SandboxEnv } from '../context.js';

const UserPatch = z.strictObject({
  first_name: z.string().trim().min(1).max(100).optional(),
  last_name: z.string().trim().min(1).max(100).optional(),
  mobile: z
    .string()
    .regex(/^\d{10}$/, 'A mobile number has 10 digits.')
    .nullable()
    .optional(),
  timezone: z.string().min(1).max(64).optional(),
});

function profile(deps: SandboxDeps, userId: string) {
  const u = findUserById(deps, userId);
  if (!u) return null;
  return {
    id: u.id,
    email: u.email,
    first_name: u.first_name,
    last_name: u.last_name,
    company: u.company,
    company_id: u.company_id,
    mobile: u.mobile,
    timezone: u.timezone,
    google_calendar_connected: hasGoogleCredentials(deps, u.id),
    meet_minutes_used: u.meet_minutes_used,
    meet_minutes_limit: u.meet_minutes_limit,
  };
}

export function usersRoutes(deps: SandboxDeps): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  app.use('/users/*', requireUser(deps));
  app.get('/users/me', (c) => {
    const me = profile(deps, c.var.user.id);
    return me ? c.json(me) : problem(c, 404, 'User not found.');
  });

  app.patch('/users/me', json(UserPatch), (c) => {
    const patch = c.req.valid('json');
    const fields = Object.keys(patch) as (keyof typeof patch)[];
    if (fields.length === 0) {
      return validationProblem(c, [
        { field: 'body', message: 'Send at least one of first_name, last_name, mobile, timezone.' },
      ]);
    }
    if (patch.timezone !== undefined && !isValidTimeZone(patch.timezone)) {
      return validationProblem(c, [{ field: 'timezone', message: 'Not a known IANA time zone.' }]);
    }
    const sets = fields.map((f) => `${f} = @${f}`).join(', ');
    deps.db.prepare(`UPDATE users SET ${sets} WHERE id = @id`).run({ ...patch, id: c.var.user.id });
    return c.json(profile(deps, c.var.user.id));
  });
  return app;
}
