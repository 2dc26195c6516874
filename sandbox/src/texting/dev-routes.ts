// Developer-only texting helpers, mounted at /dev: make an inbound SMS arrive, add numbers and owners.
import { Hono } from 'hono';
import { z } from 'zod';

import { findUserByEmail } from '../auth/accounts.js';
import { newId } from '../db/ids.js';
import { problem, validationProblem } from '../http/problems.js';
import { json } from '../http/validate.js';
import { receiveInbound } from './inbound.js';
import { MAX_TEXT } from './schemas.js';
import { NATIONAL_NUMBER, NUMBER_RULE } from './search-keys.js';
import { DEMO_TEXTING_NUMBER } from './seed-data.js';
import { Texting } from './texting.js';

import type { SandboxDeps } from '../context.js';

const inboundInput = z.strictObject({
  from: z.string({ error: 'must be a string' }).regex(NATIONAL_NUMBER, NUMBER_RULE),
  to: z.string({ error: 'must be a string' }).regex(NATIONAL_NUMBER, NUMBER_RULE),
  text: z.string({ error: 'must be a string' }).min(1, 'must not be empty').max(MAX_TEXT),
});

const email = z.email('must be an email').max(254);
const numbersInput = z
  .strictObject({
    company_id: z
      .string()
      .regex(/^[0-9a-f]{24}$/, 'must be a 24-hex company id')
      .optional(),
    email: email.optional(),
    number: z.string({ error: 'must be a string' }).regex(NATIONAL_NUMBER, NUMBER_RULE).optional(),
    owners: z.array(email).max(50).optional(),
  })
  .refine((b) => (b.company_id === undefined) !== (b.email === undefined), {
    path: ['company_id'],
    error: 'give the company as company_id or as the email of one of its users (one of them)',
  });

interface Body {
  company_id?: string;
  email?: string;
  number?: string;
  owners?: string[];
}

type Resolved =
  { ok: true; companyId: string; owners: string[] } | { ok: false; field: string; message: string; status: 404 | 422 };

/** The company and the owners of a /dev/numbers request: owners default to the `email` user. */
function resolveRequest(deps: SandboxDeps, body: Body): Resolved {
  let companyId = body.company_id;
  if (body.email !== undefined) {
    const user = findUserByEmail(deps, body.email.toLowerCase());
    if (!user) return { ok: false, status: 404, field: 'email', message: `No user ${body.email} in the sandbox.` };
    companyId = user.company_id;
  } else if (!deps.db.prepare('SELECT 1 FROM companies WHERE id = ?').get(companyId)) {
    return { ok: false, status: 404, field: 'company_id', message: `No company ${String(companyId)} in the sandbox.` };
  }
  const owners = [...new Set((body.owners ?? (body.email ? [body.email] : [])).map((e) => e.toLowerCase()))];
  if (owners.length === 0) return { ok: false, status: 422, field: 'owners', message: 'must name at least one owner' };
  const members = deps.db.prepare('SELECT 1 FROM users WHERE email = ? AND company_id = ?');
  const stranger = owners.find((o) => !members.get(o, companyId));
  if (stranger)
    return { ok: false, status: 422, field: 'owners', message: `${stranger} is not a user of this company` };
  return { ok: true, companyId: companyId ?? '', owners };
}

export function textingDevRoutes(deps: SandboxDeps): Hono {
  const t = new Texting(deps);
  const app = new Hono();

  app.post('/inbound', json(inboundInput), (c) => {
    const sms = c.req.valid('json');
    const result = receiveInbound(t, sms);
    if (!result.ok) return problem(c, 404, `${sms.to} is not a texting number of any company in the sandbox`);
    const message = t.messageJson(result.message);
    return c.json({ message, contact_id: result.contactId, opted_out: result.optedOut }, 201);
  });

  // A company number with owners: a fresh 555 number, or the given one; owners of an existing
  // number of the company are added to it. Answers the number as GET /texting/numbers shows it.
  app.post('/numbers', json(numbersInput), (c) => {
    const body = c.req.valid('json');
    const resolved = resolveRequest(deps, body);
    if (!resolved.ok) {
      return resolved.status === 404
        ? problem(c, 404, resolved.message)
        : validationProblem(c, [{ field: resolved.field, message: resolved.message }]);
    }
    const { companyId, owners } = resolved;
    const reserved: string[] = [deps.config.failingNumber];
    const wanted = body.number;
    if (wanted !== undefined && reserved.includes(wanted)) {
      return validationProblem(c, [
        { field: 'number', message: `${wanted} is the sandbox's failing destination, not a company number` },
      ]);
    }
    const answer = deps.db.transaction(() => {
      if (wanted === undefined) {
        return {
          status: 201 as const,
          id: t.numbers.allocate(newId(), companyId, owners, t.nowMs(), [...reserved, DEMO_TEXTING_NUMBER]).id,
        };
      }
      const existing = t.numbers.find(wanted);
      if (existing && existing.company_id !== companyId) return { status: 409 as const };
      if (existing) {
        t.numbers.addOwners(existing.id, owners);
        return { status: 200 as const, id: existing.id };
      }
      const id = newId();
      t.numbers.insert(id, companyId, wanted, owners, t.nowMs());
      return { status: 201 as const, id };
    })();
    if (answer.status === 409) return problem(c, 409, `${String(wanted)} is another company's texting number.`);
    const json = t.numbers.list(companyId).find((n) => n.id === answer.id);
    return c.json(json, answer.status);
  });

  return app;
}
