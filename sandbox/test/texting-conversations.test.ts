import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  call,
  COMPANY_NUMBER,
  createFixture,
  expectContract,
  OTHER_COMPANY_NUMBER,
  type Fixture,
} from './texting-fixture.js';

import type { ContactJson, ConversationJson, MessageJson } from '../src/texting/serialize.js';

let f: Fixture;
let contact: ContactJson;
beforeEach(async () => {
  f = await createFixture();
  const res = await call(f, f.owner, 'POST', '/ssp/texting/contacts', {
    first_name: 'Maria',
    last_name: 'Garcia',
    number: '6195550142',
  });
  contact = (await res.json()) as ContactJson;
});
afterEach(() => f.close());

async function start(contactId: string, from = COMPANY_NUMBER, status = 201): Promise<ConversationJson> {
  const res = await call(f, f.owner, 'POST', '/ssp/texting/conversations', {
    contact_id: contactId,
    from_number: from,
  });
  return (await expectContract(res, 'createConversation', status)) as ConversationJson;
}

async function send(conversationId: string, body: unknown, status = 201): Promise<MessageJson> {
  const res = await call(f, f.owner, 'POST', `/ssp/texting/conversations/${conversationId}/messages`, body);
  return (await expectContract(res, 'sendMessage', status)) as MessageJson;
}

async function newContact(first: string, number: string): Promise<ContactJson> {
  const res = await call(f, f.owner, 'POST', '/ssp/texting/contacts', { first_name: first, last_name: 'Test', number });
  return (await res.json()) as ContactJson;
}

describe('starting a conversation', () => {
  it('answers 201 with the contact embedded and no message, then 200 with the same conversation', async () => {
    const created = await start(contact.id);
    expect(created).toMatchObject({ contact_id: contact.id, from_number: COMPANY_NUMBER, contact, last_message: null });
    expect(await start(contact.id, COMPANY_NUMBER, 200)).toEqual(created);
  });

  it('answers 403 for a number the user does not own or the company does not have', async () => {
    const colleague = await call(f, f.colleague, 'POST', '/ssp/texting/conversations', {
      contact_id: contact.id,
      from_number: COMPANY_NUMBER,
    });
    await expectContract(colleague, 'createConversation', 403);
    await start(contact.id, OTHER_COMPANY_NUMBER, 403);
    expect((await call(f, f.owner, 'GET', '/ssp/texting/conversations')).headers.get('x-total-count')).toBe('0');
  });

  it('answers 404 for another company contact and 422 for a malformed body', async () => {
    const theirs = await call(f, f.stranger, 'POST', '/ssp/texting/conversations', {
      contact_id: contact.id,
      from_number: OTHER_COMPANY_NUMBER,
    });
    await expectContract(theirs, 'createConversation', 404);
    await start('nope', COMPANY_NUMBER, 422);
  });
});

describe('messages', () => {
  it('a send repeated with the same client_id (a retry after a lost answer) is stored and sent once', async () => {
    const conversation = await start(contact.id);
    const sent = await send(conversation.id, { text: 'Only once', client_id: 'retry-1' });
    const again = await send(conversation.id, { text: 'Only once', client_id: 'retry-1' }, 200);
    expect(again).toEqual(sent);
    // Another conversation may use the same client_id; without one, every send is new.
    const other = await start((await newContact('Ada', '8585550177')).id);
    expect((await send(other.id, { text: 'Elsewhere', client_id: 'retry-1' })).id).not.toBe(sent.id);
    await send(conversation.id, { text: 'No id' });
    await send(conversation.id, { text: 'No id' });
    const page = await call(f, f.owner, 'GET', `/ssp/texting/conversations/${conversation.id}/messages`);
    expect(((await page.json()) as MessageJson[]).map((m) => m.text).sort()).toEqual(['No id', 'No id', 'Only once']);
  });

  it('a reused client_id with another text answers 409 and stores nothing; the same text still answers the stored message', async () => {
    const conversation = await start(contact.id);
    const sent = await send(conversation.id, { text: 'First words', client_id: 'reuse-1' });
    const res = await call(f, f.owner, 'POST', `/ssp/texting/conversations/${conversation.id}/messages`, {
      text: 'Other words',
      client_id: 'reuse-1',
    });
    expect(((await expectContract(res, 'sendMessage', 409)) as { detail: string }).detail).toContain('reuse-1');
    expect(await send(conversation.id, { text: 'First words', client_id: 'reuse-1' }, 200)).toEqual(sent);
    const page = await call(f, f.owner, 'GET', `/ssp/texting/conversations/${conversation.id}/messages`);
    expect(((await page.json()) as MessageJson[]).map((m) => m.text)).toEqual(['First words']);
  });

  it('keeps messages stored in the same millisecond in the order they were sent', async () => {
    const conversation = await start(contact.id);
    const texts = Array.from({ length: 30 }, (_, i) => `same ms ${String(i)}`);
    for (const text of texts) await send(conversation.id, { text });
    const page = await call(f, f.owner, 'GET', `/ssp/texting/conversations/${conversation.id}/messages?per_page=100`);
    const listed = (await page.json()) as MessageJson[];
    expect(new Set(listed.map((m) => m.created_at)).size).toBe(1);
    expect(listed.map((m) => m.text)).toEqual([...texts].reverse());
  });

  it('sends a text, echoes client_id, and moves the conversation to the top of the inbox', async () => {
    const first = await start(contact.id);
    const other = await start((await newContact('Wei', '8585550134')).id);
    f.clock.ms += 60_000;
    const sent = await send(first.id, { text: 'Hello there', client_id: 'tmp-1' });
    expect(sent).toMatchObject({
      direction: 'outbound',
      frm: COMPANY_NUMBER,
      to: '6195550142',
      text: 'Hello there',
      success: true,
      error: null,
      client_id: 'tmp-1',
      files: [],
      media_urls: [],
      created_at: '2024-05-01T12:01:00.000000',
    });
    const res = await call(f, f.owner, 'GET', '/ssp/texting/conversations');
    const inbox = (await expectContract(res, 'listConversations', 200)) as ConversationJson[];
    expect(inbox.map((c) => c.id)).toEqual([first.id, other.id]);
    expect(inbox[0]?.last_message).toEqual(sent);
    expect(inbox[0]?.updated_at).toBe('2024-05-01T12:01:00.000000');
  });

  it('lists newest first in pages, with the total in X-Total-Count', async () => {
    const conversation = await start(contact.id);
    for (let i = 1; i <= 5; i++) {
      f.clock.ms += 1000;
      await send(conversation.id, { text: `m${i}` });
    }
    const path = `/ssp/texting/conversations/${conversation.id}/messages`;
    const page1 = await call(f, f.owner, 'GET', `${path}?page=1&per_page=2`);
    expect(((await expectContract(page1, 'listMessages', 200)) as MessageJson[]).map((m) => m.text)).toEqual([
      'm5',
      'm4',
    ]);
    expect(page1.headers.get('x-total-count')).toBe('5');
    const page3 = await call(f, f.owner, 'GET', `${path}?page=3&per_page=2`);
    expect(((await page3.json()) as MessageJson[]).map((m) => m.text)).toEqual(['m1']);
    await expectContract(await call(f, f.owner, 'GET', `${path}?per_page=101`), 'listMessages', 400);
    await expectContract(await call(f, f.stranger, 'GET', path), 'listMessages', 404);
  });

  it('validates the text: 1 to 1600 characters unless files are attached', async () => {
    const conversation = await start(contact.id);
    await send(conversation.id, { text: 'x'.repeat(1600) });
    await send(conversation.id, { text: 'x'.repeat(1601) }, 422);
    await send(conversation.id, { text: '   ' }, 422);
    await send(conversation.id, {}, 422);
    await send(conversation.id, { text: 'hi', files: ['000000000000000000000000'] }, 422);
    await send(conversation.id, { text: 'hi', client_id: 'x'.repeat(65) }, 422);
    const list = await call(f, f.owner, 'GET', `/ssp/texting/conversations/${conversation.id}/messages`);
    expect(list.headers.get('x-total-count')).toBe('1');
  });

  it('stores sends to the failing number with success false and the reason', async () => {
    const failing = await newContact('Sandbox', '5550000000');
    const conversation = await start(failing.id);
    const sent = await send(conversation.id, { text: 'Will this arrive?' });
    expect(sent).toMatchObject({ success: false, error: 'Carrier rejected the message (sandbox failing number)' });
    const list = await call(f, f.owner, 'GET', `/ssp/texting/conversations/${conversation.id}/messages`);
    expect(((await list.json()) as MessageJson[])[0]).toEqual(sent);
  });

  it('refuses a send from a user who does not own the number, and from another company', async () => {
    const conversation = await start(contact.id);
    const path = `/ssp/texting/conversations/${conversation.id}/messages`;
    await expectContract(await call(f, f.colleague, 'POST', path, { text: 'hi' }), 'sendMessage', 403);
    await expectContract(await call(f, f.stranger, 'POST', path, { text: 'hi' }), 'sendMessage', 404);
    await send('000000000000000000000000', { text: 'hi' }, 404);
  });
});

describe('searching conversations', () => {
  it('finds conversations by contact name or number digits', async () => {
    const maria = await start(contact.id);
    const wei = await start((await newContact('Wei', '8585550134')).id);
    const search = async (term: string): Promise<string[]> => {
      const res = await call(f, f.owner, 'GET', `/ssp/texting/conversations?search=${encodeURIComponent(term)}`);
      const body = (await expectContract(res, 'listConversations', 200)) as ConversationJson[];
      expect(res.headers.get('x-total-count')).toBe(String(body.length));
      return body.map((c) => c.id);
    };
    expect(await search('mar')).toEqual([maria.id]);
    expect(await search('(858) 555')).toEqual([wei.id]);
    expect(await search('0134')).toEqual([wei.id]);
    expect(await search('test')).toEqual([wei.id]);
    expect(await search('nobody')).toEqual([]);
    const other = await call(f, f.stranger, 'GET', '/ssp/texting/conversations?search=mar');
    expect(await other.json()).toEqual([]);
  });

  it('finds conversations by any word of the name and any run of digits, counting each once', async () => {
    const sean = await call(f, f.owner, 'POST', '/ssp/texting/contacts', {
      first_name: 'Seán',
      last_name: "O'Brien-García",
      number: '8123382823',
    });
    const conversation = await start(((await sean.json()) as ContactJson).id);
    const search = async (term: string): Promise<string[]> => {
      const res = await call(f, f.owner, 'GET', `/ssp/texting/conversations?search=${encodeURIComponent(term)}`);
      const body = (await expectContract(res, 'listConversations', 200)) as ConversationJson[];
      expect(res.headers.get('x-total-count'), term).toBe(String(body.length));
      return body.map((c) => c.id);
    };
    for (const term of ['obrien', 'brien', 'garcia', 'SEAN garc', '338-28', '1233']) {
      expect(await search(term), term).toEqual([conversation.id]);
    }
    const maria = await start(contact.id);
    expect((await search('garcia')).sort()).toEqual([maria.id, conversation.id].sort());
    expect(await search('ria')).toEqual([]);
    const past = await call(f, f.owner, 'GET', '/ssp/texting/conversations?search=garcia&page=3&per_page=1');
    expect(await expectContract(past, 'listConversations', 200)).toEqual([]);
    expect(past.headers.get('x-total-count')).toBe('2');
  });

  it('pages a search newest activity first, each page with the whole total', async () => {
    const started: string[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await call(f, f.owner, 'POST', '/ssp/texting/contacts', {
        first_name: `Sam${String(i)}`,
        last_name: 'Garner',
        number: `20255504${String(i).padStart(2, '0')}`,
      });
      f.clock.ms += 1000;
      started.push((await start(((await res.json()) as ContactJson).id)).id);
    }
    // The oldest becomes the newest.
    f.clock.ms += 1000;
    await send(started[0] ?? '', { text: 'back again' });
    const newestFirst = [started[0], ...started.slice(1).reverse()];
    const pages: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const res = await call(f, f.owner, 'GET', `/ssp/texting/conversations?search=garner&per_page=3&page=${page}`);
      const body = (await expectContract(res, 'listConversations', 200)) as ConversationJson[];
      expect(res.headers.get('x-total-count'), `page ${page}`).toBe('7');
      expect(body.length, `page ${page}`).toBe([3, 3, 1, 0][page - 1]);
      pages.push(...body.map((c) => c.id));
    }
    expect(pages).toEqual(newestFirst);
  });

  it('follows a contact renamed or renumbered after the conversation started', async () => {
    const maria = await start(contact.id);
    const renamed = await call(f, f.owner, 'PUT', `/ssp/texting/contacts/${contact.id}`, {
      first_name: 'Marisol',
      last_name: 'Vega',
      number: '6195550199',
    });
    expect(renamed.status).toBe(200);
    const search = async (term: string): Promise<number> =>
      (
        (await (
          await call(f, f.owner, 'GET', `/ssp/texting/conversations?search=${encodeURIComponent(term)}`)
        ).json()) as unknown[]
      ).length;
    expect(await search('garcia')).toBe(0);
    expect(await search('0142')).toBe(0);
    expect(await search('vega')).toBe(1);
    expect(await search('0199')).toBe(1);
    const [found] = (await (
      await call(f, f.owner, 'GET', '/ssp/texting/conversations?search=marisol')
    ).json()) as ConversationJson[];
    expect(found).toMatchObject({ id: maria.id, contact: { first_name: 'Marisol', number: '6195550199' } });
  });
});

describe('deleting a contact', () => {
  it('deletes its conversations and messages with it', async () => {
    const conversation = await start(contact.id);
    await send(conversation.id, { text: 'bye' });
    await expectContract(await call(f, f.owner, 'DELETE', `/ssp/texting/contacts/${contact.id}`), 'deleteContact', 204);
    await expectContract(
      await call(f, f.owner, 'GET', `/ssp/texting/conversations/${conversation.id}/messages`),
      'listMessages',
      404,
    );
    const count = f.deps.db.prepare('SELECT count(*) AS n FROM messages').get() as { n: number };
    expect(count.n).toBe(0);
    const totals = async (path: string): Promise<string | null> =>
      (await call(f, f.owner, 'GET', path)).headers.get('x-total-count');
    expect(await totals('/ssp/texting/conversations')).toBe('0');
    expect(await totals('/ssp/texting/contacts')).toBe('0');
  });
});
