// Developer-only texting helpers, mounted at /dev: make an inbound SMS arrive.
import { Hono } from 'hono';
import { z } from 'zod';
import type { SandboxDeps } from '../context.js';
import { problem, readJson } from '../problems.js';
import { receiveInbound } from './inbound.js';
import { MAX_TEXT } from './schemas.js';
import { NATIONAL_NUMBER, NUMBER_RULE } from './search-keys.js';
import { Texting } from './texting.js';

const inboundInput = z.strictObject({
  from: z.string({ error: 'must be a string' }).regex(NATIONAL_NUMBER, NUMBER_RULE),
  to: z.string({ error: 'must be a string' }).regex(NATIONAL_NUMBER, NUMBER_RULE),
  text: z.string({ error: 'must be a string' }).min(1, 'must not be empty').max(MAX_TEXT),
});

export function textingDevRoutes(deps: SandboxDeps): Hono {
  const t = new Texting(deps);
  const app = new Hono();

  app.post('/inbound', async (c) => {
    const body = await readJson(c, inboundInput);
    if (!body.ok) return body.response;
    const result = receiveInbound(t, body.data);
    if (!result.ok) {
      return problem(c, 404, `${body.data.to} is not a texting number of any company in the sandbox`);
    }
    const message = t.messageJson(result.message);
    return c.json({ message, contact_id: result.contactId, opted_out: result.optedOut }, 201);
  });

  return app;
}
