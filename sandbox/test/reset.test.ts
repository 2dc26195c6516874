// POST /dev/reset: every table back to the demo data, texting included, uploaded files gone.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { newId } from '../src/db/ids.js';
import { gradientPng } from '../src/texting/png.js';
import { createSandbox, type Sandbox } from './fixture.js';

let sb: Sandbox;
beforeAll(async () => {
  sb = await createSandbox();
});
afterAll(() => sb.close());

const COMPANY_NUMBER = '8583715117';

function count(table: string): number {
  return (sb.deps.db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

async function total(path: string, token: string): Promise<string | null> {
  const res = await sb.call('GET', path, { token });
  expect(res.status, path).toBe(200);
  return res.headers.get('x-total-count');
}

async function upload(token: string): Promise<{ id: string }> {
  const form = new FormData();
  form.set(
    'file',
    new Blob([new Uint8Array(gradientPng(8, [255, 0, 0], [0, 0, 255]))], { type: 'image/png' }),
    'dot.png',
  );
  const res = await sb.app.request('/ssp/texting/files', {
    method: 'POST',
    headers: { authorization: token },
    body: form,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string };
}

describe('POST /dev/reset', () => {
  it('clears texting, uploads (in the database and on disk) and room locks, then seeds the demo data again', async () => {
    const token = await sb.tokenFor('demo@example.com');
    const seeded = {
      contacts: await total('/ssp/texting/contacts', token),
      conversations: await total('/ssp/texting/conversations', token),
      files: count('files'),
      messages: count('messages'),
    };
    expect(seeded.contacts).toBe('25');
    expect(seeded.conversations).toBe('8');

    // Texting the demo user does: a contact, a conversation, an MMS with an uploaded image, an inbound reply.
    const contact = (await (
      await sb.call('POST', '/ssp/texting/contacts', {
        token,
        json: { first_name: 'Reset', last_name: 'Me', number: '6195550101' },
      })
    ).json()) as { id: string };
    const conversation = (await (
      await sb.call('POST', '/ssp/texting/conversations', {
        token,
        json: { contact_id: contact.id, from_number: COMPANY_NUMBER },
      })
    ).json()) as { id: string };
    const file = await upload(token);
    const sent = await sb.call('POST', `/ssp/texting/conversations/${conversation.id}/messages`, {
      token,
      json: { text: 'picture', files: [file.id] },
    });
    expect(sent.status).toBe(201);
    const mediaUrl = ((await sent.json()) as { media_urls: string[] }).media_urls[0] ?? '';
    const mediaPath = mediaUrl.replace(sb.deps.config.publicUrl, '');
    expect((await sb.app.request(mediaPath)).status).toBe(200);
    expect(
      (await sb.call('POST', '/dev/inbound', { json: { from: '6195550101', to: COMPANY_NUMBER, text: 'STOP' } }))
        .status,
    ).toBe(201);

    // An upload whose bytes live in a file under the data directory rather than in the database.
    const onDisk = join(sb.deps.config.dataDir, 'uploads', `${newId()}.png`);
    mkdirSync(join(sb.deps.config.dataDir, 'uploads'), { recursive: true });
    writeFileSync(onDisk, gradientPng(4, [0, 0, 0], [255, 255, 255]));
    const companyId = (
      sb.deps.db.prepare('SELECT company_id FROM files WHERE id = ?').get(file.id) as { company_id: string }
    ).company_id;
    sb.deps.db
      .prepare(
        "INSERT INTO files (id, company_id, description, mime, size, capability, data, path, created_at) VALUES (?, ?, NULL, 'image/png', 1, 'k', NULL, ?, 0)",
      )
      .run(newId(), companyId, onDisk.slice(sb.deps.config.dataDir.length + 1));

    // A locked room.
    const room = (
      sb.deps.db.prepare('SELECT meeting_id FROM events WHERE password_hash IS NOT NULL LIMIT 1').get() as {
        meeting_id: string;
      }
    ).meeting_id;
    for (let i = 0; i < 5; i++) await sb.call('POST', `/ssp/meet/rooms/${room}/join`, { json: { password: 'wrong' } });
    expect((await sb.call('POST', `/ssp/meet/rooms/${room}/join`, { json: { password: 'meet-1234' } })).status).toBe(
      429,
    );

    const res = await sb.call('POST', '/dev/reset');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ reset: true });

    const fresh = await sb.tokenFor('demo@example.com');
    expect(await total('/ssp/texting/contacts', fresh)).toBe('25');
    expect(await total('/ssp/texting/conversations', fresh)).toBe('8');
    expect(await total('/ssp/texting/contacts?search=Reset', fresh)).toBe('0');
    expect(count('files')).toBe(seeded.files);
    expect(count('messages')).toBe(seeded.messages);
    expect(sb.deps.db.prepare('SELECT count(*) AS n FROM files WHERE id = ?').get(file.id)).toEqual({ n: 0 });
    expect((await sb.app.request(mediaPath)).status).toBe(404);
    expect(existsSync(onDisk)).toBe(false);
    const numbers = (await (await sb.call('GET', '/ssp/texting/numbers', { token: fresh })).json()) as {
      number: string;
    }[];
    expect(numbers.map((n) => n.number)).toEqual([COMPANY_NUMBER]);
    expect(count('room_guesses')).toBe(0);
    expect(count('room_locks')).toBe(0);
    // The seeded meetings are new rows; a private one opens with the demo password.
    const privateRoom = (
      sb.deps.db.prepare('SELECT meeting_id FROM events WHERE password_hash IS NOT NULL LIMIT 1').get() as {
        meeting_id: string;
      }
    ).meeting_id;
    expect(
      (await sb.call('POST', `/ssp/meet/rooms/${privateRoom}/join`, { json: { password: 'meet-1234' } })).status,
    ).toBe(200);
  });

  it('never deletes a file outside the data directory, whatever a row says', async () => {
    const outside = join(sb.deps.config.dataDir, '..', `keep-${newId()}.txt`);
    writeFileSync(outside, 'keep');
    try {
      const companyId = (sb.deps.db.prepare('SELECT id FROM companies LIMIT 1').get() as { id: string }).id;
      sb.deps.db
        .prepare(
          "INSERT INTO files (id, company_id, description, mime, size, capability, data, path, created_at) VALUES (?, ?, NULL, 'image/png', 1, 'k', NULL, ?, 0)",
        )
        .run(newId(), companyId, `../${outside.split('/').pop() ?? ''}`);
      expect((await sb.call('POST', '/dev/reset')).status).toBe(200);
      expect(existsSync(outside)).toBe(true);
    } finally {
      rmSync(outside, { force: true });
    }
  });
});
