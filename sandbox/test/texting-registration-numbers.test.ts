// A company registered in the sandbox gets a trial texting number; /dev/numbers adds numbers and owners.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEV_REGISTRATION_KEY } from '../src/config.js';
import { newId } from '../src/db/ids.js';
import { DEMO_TEXTING_NUMBER } from '../src/texting/seed-data.js';
import { expectMatchesContract } from './contract.js';
import { createSandbox, type Sandbox } from './fixture.js';

let sb: Sandbox;
beforeAll(async () => {
  sb = await createSandbox();
});
afterAll(() => sb.close());

interface TextingNumber {
  company_id: string;
  id: string;
  number: string;
  ownership: string[];
}

async function register(email: string): Promise<Response> {
  return sb.call('POST', '/auth/api/user/register', {
    json: {
      first_name: 'Ada',
      last_name: 'Lovelace',
      email,
      company: `Company of ${email}`,
      key: DEV_REGISTRATION_KEY,
      pwd: 'long-enough-pw',
    },
  });
}

async function numbersOf(email: string): Promise<TextingNumber[]> {
  const res = await sb.call('GET', '/ssp/texting/numbers', { token: await sb.tokenFor(email) });
  expect(res.status).toBe(200);
  const body = (await res.json()) as TextingNumber[];
  expectMatchesContract('ssp', 'listNumbers', 200, body);
  return body;
}

const companyOf = (email: string) =>
  (sb.deps.db.prepare('SELECT company_id FROM users WHERE email = ?').get(email) as { company_id: string }).company_id;

function devNumbers(json: unknown): Promise<Response> {
  return sb.call('POST', '/dev/numbers', { json });
}

describe('registration', () => {
  it('gives the new company one sandbox number owned by the registering user', async () => {
    expect((await register('Trial@Example.com')).status).toBe(201);
    const numbers = await numbersOf('trial@example.com');
    expect(numbers).toHaveLength(1);
    const [mine] = numbers;
    expect(mine?.company_id).toBe(companyOf('trial@example.com'));
    expect(mine?.ownership).toEqual(['trial@example.com']);
    expect(mine?.number).toMatch(/^555\d{7}$/);
    expect(mine?.number).not.toBe(sb.deps.config.failingNumber);
    expect(mine?.number).not.toBe(DEMO_TEXTING_NUMBER);
  });

  it('lets the new company text at once: contact, conversation, a delivered SMS', async () => {
    await register('first-sms@example.com');
    const token = await sb.tokenFor('first-sms@example.com');
    const [from] = await numbersOf('first-sms@example.com');
    const contact = await sb.call('POST', '/ssp/texting/contacts', {
      token,
      json: { first_name: 'Nora', last_name: 'Quinn', number: '6195550199' },
    });
    expect(contact.status).toBe(201);
    const { id: contact_id } = (await contact.json()) as { id: string };
    const conversation = await sb.call('POST', '/ssp/texting/conversations', {
      token,
      json: { contact_id, from_number: from?.number },
    });
    expect(conversation.status).toBe(201);
    const { id } = (await conversation.json()) as { id: string };
    const sent = await sb.call('POST', `/ssp/texting/conversations/${id}/messages`, {
      token,
      json: { text: 'Hello from a new company' },
    });
    expect(sent.status).toBe(201);
    expect(await sent.json()).toMatchObject({
      success: true,
      frm: from?.number,
      to: '6195550199',
      direction: 'outbound',
    });
  });

  it('gives 50 companies registering at once 50 different numbers', async () => {
    const emails = Array.from({ length: 50 }, (_, i) => `parallel-${String(i)}@example.com`);
    const answers = await Promise.all(emails.map(register));
    expect(answers.map((r) => r.status)).toEqual(emails.map(() => 201));
    const rows = sb.deps.db
      .prepare(
        `SELECT n.number, n.company_id FROM texting_numbers n JOIN users u ON u.company_id = n.company_id
                WHERE u.email LIKE 'parallel-%'`,
      )
      .all() as { number: string; company_id: string }[];
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r.number)).size).toBe(50);
    expect(new Set(rows.map((r) => r.company_id)).size).toBe(50);
  });

  it("leaves the demo seed's Other Company with no number, and a refused registration with none", async () => {
    expect(await numbersOf('other@example.com')).toEqual([]);
    const before = (sb.deps.db.prepare('SELECT count(*) AS n FROM texting_numbers').get() as { n: number }).n;
    expect((await register('demo@example.com')).status).toBe(409);
    expect((sb.deps.db.prepare('SELECT count(*) AS n FROM texting_numbers').get() as { n: number }).n).toBe(before);
  });
});

describe('POST /dev/numbers', () => {
  it("gives a company a fresh number by a user's email, owned by that user", async () => {
    const res = await devNumbers({ email: 'other@example.com' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as TextingNumber;
    expect(body).toMatchObject({ company_id: companyOf('other@example.com'), ownership: ['other@example.com'] });
    expect(body.number).toMatch(/^555\d{7}$/);
    expect(await numbersOf('other@example.com')).toEqual([body]);
  });

  it('adds a chosen number, then more owners to it, by company id', async () => {
    await register('boss@example.com');
    const companyId = companyOf('boss@example.com');
    // A second user of the company: the sandbox has no API for one, so it is written directly.
    sb.deps.db
      .prepare(
        `INSERT INTO users (id, company_id, email, first_name, last_name, password_hash, created_at)
                VALUES (?, ?, 'clerk@example.com', 'Cle', 'Rk', 'x', ?)`,
      )
      .run(newId(), companyId, new Date().toISOString());
    const created = await devNumbers({ company_id: companyId, number: '6195551234', owners: ['boss@example.com'] });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ number: '6195551234', ownership: ['boss@example.com'] });

    // The clerk may not text from it yet; after being added, they may.
    const clerk = await sb.tokenFor('clerk@example.com');
    const contact = (await (
      await sb.call('POST', '/ssp/texting/contacts', {
        token: clerk,
        json: { first_name: 'Lee', last_name: '', number: '6195550111' },
      })
    ).json()) as { id: string };
    const open = () =>
      sb.call('POST', '/ssp/texting/conversations', {
        token: clerk,
        json: { contact_id: contact.id, from_number: '6195551234' },
      });
    expect((await open()).status).toBe(403);
    const added = await devNumbers({
      company_id: companyId,
      number: '6195551234',
      owners: ['Clerk@example.com', 'boss@example.com'],
    });
    expect(added.status).toBe(200);
    expect(await added.json()).toMatchObject({ ownership: ['boss@example.com', 'clerk@example.com'] });
    expect((await open()).status).toBe(201);
    expect((await numbersOf('clerk@example.com')).map((n) => n.number).sort()).toEqual(
      [...(await numbersOf('boss@example.com')).map((n) => n.number)].sort(),
    );
  });

  it('hands out 50 different numbers to 50 requests at once', async () => {
    await register('many@example.com');
    const answers = await Promise.all(Array.from({ length: 50 }, () => devNumbers({ email: 'many@example.com' })));
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 201));
    const numbers = (await numbersOf('many@example.com')).map((n) => n.number);
    expect(new Set(numbers).size).toBe(51);
    expect(numbers).not.toContain(sb.deps.config.failingNumber);
  });

  it("refuses what cannot be: another company's number, the failing number, strangers, unknowns", async () => {
    await register('refused@example.com');
    const companyId = companyOf('refused@example.com');
    const cases: [unknown, number][] = [
      [{ email: 'refused@example.com', number: DEMO_TEXTING_NUMBER }, 409],
      [{ email: 'refused@example.com', number: sb.deps.config.failingNumber }, 422],
      [{ company_id: companyId, owners: ['demo@example.com'] }, 422],
      [{ company_id: companyId }, 422],
      [{ company_id: companyId, email: 'refused@example.com' }, 422],
      [{ owners: ['refused@example.com'] }, 422],
      [{ email: 'nobody@example.com' }, 404],
      [{ company_id: 'aaaaaaaaaaaaaaaaaaaaaaaa', owners: ['refused@example.com'] }, 404],
      [{ email: 'refused@example.com', number: '123' }, 422],
    ];
    const before = sb.deps.db.prepare('SELECT count(*) AS n FROM texting_numbers').get();
    for (const [json, status] of cases) {
      const res = await devNumbers(json);
      expect(res.status, JSON.stringify(json)).toBe(status);
      expect(((await res.json()) as { detail: string }).detail, JSON.stringify(json)).toEqual(expect.any(String));
    }
    expect(sb.deps.db.prepare('SELECT count(*) AS n FROM texting_numbers').get()).toEqual(before);
  });
});
