import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { seedTexting } from '../src/texting/seed.js';
import { call, createFixture, expectContract, type Fixture } from './texting-fixture.js';

import type { ContactJson, ConversationJson, MessageJson } from '../src/texting/serialize.js';

let f: Fixture;
beforeEach(async () => {
  f = await createFixture();
  f.deps.db.exec('DELETE FROM texting_number_owners; DELETE FROM texting_numbers');
  f.deps.db.transaction(() =>
    seedTexting(f.deps, { companyId: f.owner.companyId, ownerEmails: [f.owner.email, 'demo@example.com'] }),
  )();
});
afterEach(() => f.close());

async function get(path: string, operationId: string): Promise<{ body: unknown; total: string | null }> {
  const res = await call(f, f.owner, 'GET', path);
  const total = res.headers.get('x-total-count');
  return { body: await expectContract(res, operationId, 200), total };
}

interface Page<T> {
  body: T[];
  total: string | null;
}

async function contacts(query: string): Promise<Page<ContactJson>> {
  const { body, total } = await get(`/ssp/texting/contacts${query}`, 'listContacts');
  return { body: body as ContactJson[], total };
}

async function conversations(query: string): Promise<Page<ConversationJson>> {
  const { body, total } = await get(`/ssp/texting/conversations${query}`, 'listConversations');
  return { body: body as ConversationJson[], total };
}

async function messages(id: string, query: string): Promise<Page<MessageJson>> {
  const { body, total } = await get(`/ssp/texting/conversations/${id}/messages${query}`, 'listMessages');
  return { body: body as MessageJson[], total };
}

describe('the demo texting data', () => {
  it('has the demo number owned by the owners, 25 contacts and 8 conversations', async () => {
    const numbers = await get('/ssp/texting/numbers', 'listNumbers');
    expect(numbers.body).toMatchObject([{ number: '8583715117', ownership: [f.owner.email, 'demo@example.com'] }]);
    const all = await contacts('?per_page=100');
    expect(all.total).toBe('25');
    expect(all.body.map((c) => c.first_name)).toContain('Robert <b>Bobby</b>');
    const inbox = await conversations('');
    expect(inbox.total).toBe('8');
    const times = inbox.body.map((c) => c.updated_at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(inbox.body.filter((c) => c.last_message === null)).toHaveLength(1);
  });

  it('has a 600-message thread over about 20 days, alternating, with pictures, ending before now', async () => {
    const inbox = await conversations('?search=maria garcia');
    const id = inbox.body[0]?.id ?? '';
    const page = await messages(id, '?per_page=100');
    expect(page.total).toBe('600');
    const all: MessageJson[] = [...page.body];
    for (let p = 2; p <= 6; p++) {
      all.push(...(await messages(id, `?per_page=100&page=${p}`)).body);
    }
    expect(new Set(all.map((m) => m.id)).size).toBe(600);
    const times = all.map((m) => Date.parse(`${m.created_at}Z`));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const span = (times[0] ?? 0) - (times[599] ?? 0);
    expect(span / 86_400_000).toBeGreaterThan(19);
    expect(times[0]).toBeLessThanOrEqual(f.clock.ms);
    expect(new Set(all.map((m) => m.direction))).toEqual(new Set(['inbound', 'outbound']));
    const pictures = all.filter((m) => m.media_urls.length > 0);
    expect(pictures.length).toBeGreaterThanOrEqual(3);
    const url = new URL(pictures[0]?.media_urls[0] ?? '');
    const image = await f.app.request(url.pathname + url.search);
    expect(image.headers.get('content-type')).toBe('image/png');
  });

  it('has failed sends to the failing number and an opted-out contact whose last word was STOP', async () => {
    const failing = await conversations('?search=5550000000');
    const failedId = failing.body[0]?.id ?? '';
    const failed = await messages(failedId, '');
    expect(failed.body.length).toBeGreaterThan(0);
    expect(failed.body.every((m) => !m.success && m.error !== null)).toBe(true);

    const inbox = await conversations('');
    const optedOut = inbox.body.filter((c) => c.contact.opted_out);
    expect(optedOut).toHaveLength(1);
    expect(optedOut[0]?.last_message).toMatchObject({ direction: 'inbound', text: 'STOP' });
    const refused = await call(f, f.owner, 'POST', `/ssp/texting/conversations/${optedOut[0]?.id ?? ''}/messages`, {
      text: 'hi',
    });
    await expectContract(refused, 'sendMessage', 409);
  });
});

describe('the contract check of these suites', () => {
  it('fails a body that does not match, and an undocumented status', async () => {
    const wrong = new Response(JSON.stringify({ id: 'x' }), { status: 200 });
    await expect(expectContract(wrong, 'getContact', 200)).rejects.toThrow(/should match/);
    const undocumented = new Response('{}', { status: 409 });
    await expect(expectContract(undocumented, 'getContact', 409)).rejects.toThrow(/not documented/);
    const uncounted = new Response('[]', { status: 200 });
    await expect(expectContract(uncounted, 'listContacts', 200)).rejects.toThrow(/X-Total-Count/);
  });
});
