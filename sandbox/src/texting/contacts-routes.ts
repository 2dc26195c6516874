// /texting/contacts: the searchable, sortable list, create (201, or 200 with the existing contact), read, update, delete.
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';

import { newId } from '../db/ids.js';
import { pageResponse, pageSlice } from '../http/paging.js';
import { problem } from '../http/problems.js';
import { json, query } from '../http/validate.js';
import { contactInput, contactsQuery, isObjectId } from './schemas.js';
import { parseSearch } from './search-keys.js';
import { contactJson, type ContactRow } from './serialize.js';

import type { SandboxEnv } from '../context.js';
import type { Texting } from './texting.js';

const NOT_FOUND = 'Contact not found';

export function contactRoutes(t: Texting): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  /** The company's contact the path names, else 404 (before the body is read). */
  const contact = createMiddleware<SandboxEnv & { Variables: { contact: ContactRow } }>(async (c, next) => {
    const id = c.req.param('contact_id') ?? '';
    const row = isObjectId(id) ? t.contacts.get(c.get('user').company_id, id) : undefined;
    if (!row) return problem(c, 404, NOT_FOUND);
    c.set('contact', row);
    await next();
  });

  app.get('/', query(contactsQuery), (c) => {
    const q = c.req.valid('query');
    const { rows, total } = t.contacts.list(c.get('user').company_id, {
      search: parseSearch(q.search),
      number: q.number,
      sort: q.sort,
      ...pageSlice(q),
    });
    return pageResponse(c, rows.map(contactJson), total);
  });

  app.post('/', json(contactInput), (c) => {
    const input = c.req.valid('json');
    const companyId = c.get('user').company_id;
    const result = t.deps.db.transaction(() => {
      const existing = t.contacts.byNumber(companyId, input.number);
      if (existing) return { created: false, row: existing };
      return { created: true, row: t.contacts.insert(newId(), companyId, input, t.nowMs()) };
    })();
    return c.json(contactJson(result.row), result.created ? 201 : 200);
  });

  app.get('/:contact_id', contact, (c) => c.json(contactJson(c.var.contact)));

  app.put('/:contact_id', contact, json(contactInput), (c) => {
    const input = c.req.valid('json');
    const { id } = c.var.contact;
    const companyId = c.get('user').company_id;
    const outcome = t.deps.db.transaction(() => {
      const current = t.contacts.get(companyId, id);
      if (!current) return 'gone' as const;
      const holder = t.contacts.byNumber(companyId, input.number);
      if (holder && holder.id !== id) return 'taken' as const;
      t.contacts.update(companyId, id, input);
      return t.contacts.get(companyId, id) ?? ('gone' as const);
    })();
    if (outcome === 'gone') return problem(c, 404, NOT_FOUND);
    if (outcome === 'taken') return problem(c, 409, `Another contact already has the number ${input.number}`);
    return c.json(contactJson(outcome));
  });

  app.delete('/:contact_id', (c) => {
    const id = c.req.param('contact_id');
    const deleted = isObjectId(id) && t.contacts.deleteCascade(c.get('user').company_id, id);
    return deleted ? c.body(null, 204) : problem(c, 404, NOT_FOUND);
  });

  return app;
}
