// /texting/contacts: the searchable, sortable list, create (201, or 200 with the existing contact), read, update, delete.
import { Hono } from 'hono';

import { pageResponse, readNumberFilter, readPaging, readSearch } from '../http/paging.js';
import { newId, problem, readJson } from '../http/problems.js';
import { CONTACT_SORTS, type ContactSort, DEFAULT_CONTACT_SORT } from './contact-store.js';
import { isObjectId, contactInput } from './schemas.js';
import { parseSearch } from './search-keys.js';
import { contactJson } from './serialize.js';

import type { SandboxEnv } from '../context.js';
import type { Texting } from './texting.js';

const NOT_FOUND = 'Contact not found';

export function contactRoutes(t: Texting): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  app.get('/', (c) => {
    const paging = readPaging(c);
    if (!paging.ok) return paging.response;
    const search = readSearch(c);
    if (!search.ok) return search.response;
    const number = readNumberFilter(c);
    if (!number.ok) return number.response;
    const sort = c.req.query('sort') ?? DEFAULT_CONTACT_SORT;
    if (!(CONTACT_SORTS as readonly string[]).includes(sort)) {
      return problem(c, 400, `sort must be one of ${CONTACT_SORTS.join(', ')}`);
    }
    const { rows, total } = t.contacts.list(c.get('user').company_id, {
      search: parseSearch(search.value),
      number: number.value,
      sort: sort as ContactSort,
      limit: paging.value.limit,
      offset: paging.value.offset,
    });
    return pageResponse(c, rows.map(contactJson), total);
  });

  app.post('/', async (c) => {
    const body = await readJson(c, contactInput);
    if (!body.ok) return body.response;
    const companyId = c.get('user').company_id;
    const result = t.deps.db.transaction(() => {
      const existing = t.contacts.byNumber(companyId, body.data.number);
      if (existing) return { created: false, row: existing };
      return { created: true, row: t.contacts.insert(newId(), companyId, body.data, t.nowMs()) };
    })();
    return c.json(contactJson(result.row), result.created ? 201 : 200);
  });

  app.get('/:contact_id', (c) => {
    const id = c.req.param('contact_id');
    const row = isObjectId(id) ? t.contacts.get(c.get('user').company_id, id) : undefined;
    return row ? c.json(contactJson(row)) : problem(c, 404, NOT_FOUND);
  });

  app.put('/:contact_id', async (c) => {
    const id = c.req.param('contact_id');
    const companyId = c.get('user').company_id;
    if (!isObjectId(id) || !t.contacts.get(companyId, id)) return problem(c, 404, NOT_FOUND);
    const body = await readJson(c, contactInput);
    if (!body.ok) return body.response;
    const outcome = t.deps.db.transaction(() => {
      const current = t.contacts.get(companyId, id);
      if (!current) return 'gone' as const;
      const holder = t.contacts.byNumber(companyId, body.data.number);
      if (holder && holder.id !== id) return 'taken' as const;
      t.contacts.update(companyId, id, body.data);
      return t.contacts.get(companyId, id) ?? ('gone' as const);
    })();
    if (outcome === 'gone') return problem(c, 404, NOT_FOUND);
    if (outcome === 'taken') {
      return problem(c, 409, `Another contact already has the number ${body.data.number}`);
    }
    return c.json(contactJson(outcome));
  });

  app.delete('/:contact_id', (c) => {
    const id = c.req.param('contact_id');
    const deleted = isObjectId(id) && t.contacts.deleteCascade(c.get('user').company_id, id);
    return deleted ? c.body(null, 204) : problem(c, 404, NOT_FOUND);
  });

  return app;
}
