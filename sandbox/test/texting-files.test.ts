import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { gradientPng } from '../src/texting/png.js';
import { call, COMPANY_NUMBER, createFixture, expectContract, type Fixture, type Member } from './texting-fixture.js';

import type { ContactJson, ConversationJson, MessageJson } from '../src/texting/serialize.js';

let f: Fixture;
beforeEach(async () => {
  f = await createFixture();
});
afterEach(() => f.close());

const PNG = gradientPng(8, [255, 0, 0], [0, 0, 255]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([4, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);

function upload(
  who: Member | null,
  bytes: Buffer | null,
  declared = 'image/png',
  description?: string,
): Promise<Response> {
  const form = new FormData();
  if (bytes) form.set('file', new Blob([new Uint8Array(bytes)], { type: declared }), 'picture');
  if (description !== undefined) form.set('description', description);
  const headers: Record<string, string> = who ? { authorization: who.token } : {};
  return Promise.resolve(f.app.request('/ssp/texting/files', { method: 'POST', body: form, headers }));
}

async function conversation(): Promise<ConversationJson> {
  const contact = (await (
    await call(f, f.owner, 'POST', '/ssp/texting/contacts', {
      first_name: 'Maria',
      last_name: 'Garcia',
      number: '6195550142',
    })
  ).json()) as ContactJson;
  const res = await call(f, f.owner, 'POST', '/ssp/texting/conversations', {
    contact_id: contact.id,
    from_number: COMPANY_NUMBER,
  });
  return (await res.json()) as ConversationJson;
}

describe('uploading files', () => {
  it('accepts JPEG, PNG, GIF and WebP recognised by their bytes', async () => {
    for (const bytes of [PNG, JPEG, GIF, WEBP]) {
      const body = await expectContract(await upload(f.owner, bytes, 'application/octet-stream'), 'uploadFile', 201);
      expect(body).toMatchObject({ company_id: f.owner.companyId, description: null });
    }
    const described = await expectContract(await upload(f.owner, PNG, 'image/png', 'Router label'), 'uploadFile', 201);
    expect(described).toMatchObject({ description: 'Router label' });
  });

  it('refuses a file that only claims to be an image, and a missing file, with 422 on the field', async () => {
    const fake = await expectContract(
      await upload(f.owner, Buffer.from('<svg onload=alert(1)>'), 'image/png'),
      'uploadFile',
      422,
    );
    expect(fake).toMatchObject({ errors: [{ field: 'file' }] });
    await expectContract(await upload(f.owner, null), 'uploadFile', 422);
  });

  it('answers 413 above 5 MB and accepts exactly 5 MB', async () => {
    const max = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024 - PNG.length)]);
    await expectContract(await upload(f.owner, max), 'uploadFile', 201);
    await expectContract(await upload(f.owner, Buffer.concat([max, Buffer.from([0])])), 'uploadFile', 413);
    const far = Buffer.concat([max, Buffer.alloc(1024 * 1024)]);
    await expectContract(await upload(f.owner, far), 'uploadFile', 413);
    const stored = f.deps.db.prepare('SELECT count(*) AS n FROM files').get() as { n: number };
    expect(stored.n).toBe(1);
  });

  it('answers 401 without a token and 415 for a body that is not multipart', async () => {
    await expectContract(await upload(null, PNG), 'uploadFile', 401);
    await expectContract(await call(f, f.owner, 'POST', '/ssp/texting/files', { file: 'x' }), 'uploadFile', 415);
  });
});

describe('MMS', () => {
  it('sends files and serves them at capability URLs that need no token', async () => {
    const file = (await (await upload(f.owner, PNG)).json()) as { id: string };
    const thread = await conversation();
    const res = await call(f, f.owner, 'POST', `/ssp/texting/conversations/${thread.id}/messages`, {
      text: '',
      files: [file.id],
    });
    const sent = (await expectContract(res, 'sendMessage', 201)) as MessageJson;
    expect(sent.files).toEqual([{ id: file.id, company_id: f.owner.companyId, description: null }]);
    const url = new URL(sent.media_urls[0] ?? '');
    expect(url.origin).toBe(f.deps.config.publicUrl);
    expect(url.pathname).toBe(`/ssp/texting/files/${file.id}/content`);
    expect(url.searchParams.get('key')).toMatch(/^[\w-]{43}$/);
    expect(sent.media_urls[0]).not.toContain(f.owner.token);
    // The inbox, listed and searched, answers the newest message with its files as the send did.
    for (const path of ['/ssp/texting/conversations', '/ssp/texting/conversations?search=garc']) {
      const inbox = (await expectContract(
        await call(f, f.owner, 'GET', path),
        'listConversations',
        200,
      )) as ConversationJson[];
      expect(inbox.map((c) => c.last_message)).toEqual([sent]);
    }

    const image = await f.app.request(url.pathname + url.search);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);

    expect((await f.app.request(`${url.pathname}?key=wrong`)).status).toBe(404);
    expect((await f.app.request(url.pathname)).status).toBe(404);

    const list = await call(f, f.owner, 'GET', `/ssp/texting/conversations/${thread.id}/messages`);
    expect(((await expectContract(list, 'listMessages', 200)) as MessageJson[])[0]).toEqual(sent);
  });

  it('refuses another company file id with 422', async () => {
    const theirs = (await (await upload(f.stranger, PNG)).json()) as { id: string };
    const thread = await conversation();
    const res = await call(f, f.owner, 'POST', `/ssp/texting/conversations/${thread.id}/messages`, {
      text: 'hi',
      files: [theirs.id],
    });
    expect(await expectContract(res, 'sendMessage', 422)).toMatchObject({ errors: [{ field: 'files' }] });
  });
});
