import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { call, COMPANY_NUMBER, createFixture, expectContract, type Fixture } from './texting-fixture.js';

import type { ContactJson, ConversationJson, MessageJson } from '../src/texting/serialize.js';

let f: Fixture;
beforeEach(async () => {
  f = await createFixture();
});
afterEach(() => f.close());

function inbound(from: string, text: string, to = COMPANY_NUMBER): Promise<Response> {
  return call(f, null, 'POST', '/dev/inbound', { from, to, text });
}

async function inbox(): Promise<ConversationJson[]> {
  return (await expectContract(
    await call(f, f.owner, 'GET', '/ssp/texting/conversations'),
    'listConversations',
    200,
  )) as ConversationJson[];
}

describe('an inbound SMS', () => {
  it('creates a nameless contact and a conversation the first time, and reuses them after', async () => {
    expect((await inbound('8123382823', 'hi')).status).toBe(201);
    f.clock.ms += 1000;
    expect((await inbound('8123382823', 'are you there?')).status).toBe(201);
    const [conversation, ...rest] = await inbox();
    expect(rest).toEqual([]);
    expect(conversation?.contact).toMatchObject({
      first_name: '',
      last_name: '',
      number: '8123382823',
      opted_out: false,
    });
    expect(conversation?.last_message).toMatchObject({
      direction: 'inbound',
      frm: '8123382823',
      to: COMPANY_NUMBER,
      text: 'are you there?',
      success: true,
    });
    const messages = await call(f, f.owner, 'GET', `/ssp/texting/conversations/${conversation?.id ?? ''}/messages`);
    expect(messages.headers.get('x-total-count')).toBe('2');
  });

  it('lands in the conversation the app started with an existing contact', async () => {
    const contact = (await (
      await call(f, f.owner, 'POST', '/ssp/texting/contacts', {
        first_name: 'Maria',
        last_name: 'Garcia',
        number: '6195550142',
      })
    ).json()) as ContactJson;
    const started = (await (
      await call(f, f.owner, 'POST', '/ssp/texting/conversations', {
        contact_id: contact.id,
        from_number: COMPANY_NUMBER,
      })
    ).json()) as ConversationJson;
    await inbound('6195550142', 'Hello from Maria');
    const [conversation] = await inbox();
    expect(conversation?.id).toBe(started.id);
    expect(conversation?.contact.first_name).toBe('Maria');
  });

  it('STOP opts the contact out, sends then answer 409, and START opts back in', async () => {
    await inbound('8123382823', 'hi');
    const [conversation] = await inbox();
    const send = (): Promise<Response> =>
      call(f, f.owner, 'POST', `/ssp/texting/conversations/${conversation?.id ?? ''}/messages`, {
        text: 'Still there?',
      });
    await expectContract(await send(), 'sendMessage', 201);

    expect((await inbound('8123382823', '  stop ')).status).toBe(201);
    const [after] = await inbox();
    expect(after?.contact.opted_out).toBe(true);
    expect(after?.last_message?.text).toBe('  stop ');
    const refused = (await expectContract(await send(), 'sendMessage', 409)) as { detail: string };
    expect(refused.detail).toMatch(/opted out \(texted STOP\)/);
    const count = async (): Promise<string | null> =>
      (await call(f, f.owner, 'GET', `/ssp/texting/conversations/${conversation?.id ?? ''}/messages`)).headers.get(
        'x-total-count',
      );
    expect(await count()).toBe('3');

    await inbound('8123382823', 'Please stop texting me so often');
    expect((await inbox())[0]?.contact.opted_out).toBe(true);
    await inbound('8123382823', 'START');
    expect((await inbox())[0]?.contact.opted_out).toBe(false);
    const sent = (await expectContract(await send(), 'sendMessage', 201)) as MessageJson;
    expect(sent.success).toBe(true);
  });

  it('answers 404 for a number that is no company texting number and 422 for bad input', async () => {
    expect((await inbound('8123382823', 'hi', '8005550100')).status).toBe(404);
    expect((await inbound('812338282', 'hi')).status).toBe(422);
    expect((await inbound('8123382823', '')).status).toBe(422);
    expect((await call(f, null, 'POST', '/dev/inbound', 'not json')).status).toBe(400);
    expect(await inbox()).toEqual([]);
  });

  it('goes to the company that owns the number it was sent to', async () => {
    await inbound('8123382823', 'for the other company', '6195559000');
    expect(await inbox()).toEqual([]);
    const theirs = await call(f, f.stranger, 'GET', '/ssp/texting/conversations');
    expect(theirs.headers.get('x-total-count')).toBe('1');
  });
});
