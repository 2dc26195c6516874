// Walks every operation of both documents with bad input: never a 500, always a 4xx problem JSON.
import { generateKeyPairSync } from 'node:crypto';

import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectMatchesContract, operations, requestProperties, type Operation } from './contract.js';
import { createSandbox, type Sandbox } from './fixture.js';

let sb: Sandbox;
let token: string;
let forged: string[];
beforeAll(async () => {
  sb = await createSandbox();
  token = await sb.tokenFor('demo@example.com');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const claims = decodeJwt(token);
  const kid = decodeProtectedHeader(token).kid ?? '';
  const [head, body] = token.split('.');
  forged = [
    await new SignJWT({ ...claims }).setProtectedHeader({ alg: 'RS256', kid }).sign(privateKey),
    `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${body}.`,
    `${head}.${body}.${'A'.repeat(40)}`,
    'not-a-token',
  ];
});
afterAll(() => sb.close());

function tableCounts(): Record<string, number> {
  const tables = sb.deps.db
    .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map((t) => [t.name, (sb.deps.db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n]),
  );
}

function concretePath(op: Operation): string {
  const base = op.doc === 'auth' ? '/auth' : '/ssp';
  return base + op.path.replace(/\{meeting_id\}/g, '999999999').replace(/\{[a-z_]+\}/g, 'aaaaaaaaaaaaaaaaaaaaaaaa');
}

/** Every declared body property with a value of the wrong type. */
function wrongTypes(op: Operation): Record<string, unknown> {
  return Object.fromEntries(requestProperties(op).map((p) => [p, { wrong: [true] }]));
}

async function expectProblem(res: Response, label: string, statuses?: number[]): Promise<void> {
  expect(res.status, label).toBeGreaterThanOrEqual(400);
  expect(res.status, label).toBeLessThan(500);
  if (statuses) expect(statuses, label).toContain(res.status);
  expect(res.headers.get('content-type') ?? '', label).toMatch(/json/);
  const body = (await res.json()) as Record<string, unknown>;
  expect(body, label).toMatchObject({ type: 'about:blank', status: res.status });
  expect(typeof body.title, label).toBe('string');
  expect(typeof body.detail, label).toBe('string');
  expect(JSON.stringify(body), label).not.toMatch(/at .*\.ts:\d+/);
}

// The auth service's hosted pages (sign-in, sign-out, change password, the root) answer HTML: they
// have their own checks below and in auth-trust.test.ts.
const HOSTED_PAGES = ['/authorize', '/logout', '/change-password', '/'];
const ops = operations().filter((o) => o.doc !== 'auth' || !HOSTED_PAGES.includes(o.path));

describe.each(ops.map((o) => [`${o.doc} ${o.method} ${o.path} (${o.operationId})`, o] as const))('%s', (_label, op) => {
  const path = concretePath(op);
  const hasId = /\{[a-z_]+\}/.test(op.path);
  // With an unknown id in the path, a 404 may come before the body is read: both are right.
  const or404 = (statuses: number[]) => (hasId ? [...statuses, 404] : statuses);
  const send = (init: { token?: string; body?: string; type?: string }) =>
    sb.call(op.method, path, {
      token: init.token,
      body: init.body,
      headers: init.type ? { 'content-type': init.type } : {},
    });

  it('never answers 5xx to junk query parameters', async () => {
    const junk =
      '?page=-1&per_page=x&event_type=zzz&date_from=13/45&refresh_token=&redirect_uri=javascript:1&search=%00';
    const res = await sb.call(op.method, path + junk, { token });
    expect(res.status).toBeLessThan(500);
    if (res.status >= 400) await expectProblem(res, 'junk query');
  });

  if (op.secured)
    it('refuses a missing, forged or expired token with 401', async () => {
      const before = tableCounts();
      await expectProblem(await send({}), 'no token', [401]);
      for (const bad of forged) await expectProblem(await send({ token: bad }), `forged ${bad.slice(0, 12)}`, [401]);
      sb.clock.ms += 9 * 3600_000;
      await expectProblem(await send({ token }), 'expired', [401]);
      sb.clock.ms -= 9 * 3600_000;
      expect(tableCounts()).toEqual(before);
    });

  if (op.op.requestBody)
    it('refuses malformed, wrong-typed and oversized bodies', async () => {
      const before = tableCounts();
      const json = 'application/json';
      await expectProblem(await send({ token, body: '{"a":', type: json }), 'malformed', or404([400, 415]));
      await expectProblem(await send({ token, body: '[]', type: json }), 'array', or404([400, 415, 422]));
      await expectProblem(await send({ token, body: '"text"', type: json }), 'string', or404([400, 415, 422]));
      await expectProblem(
        await send({ token, body: JSON.stringify(wrongTypes(op)), type: json }),
        'wrong types',
        [400, 404, 415, 422],
      );
      const oversized = await send({ token, body: JSON.stringify({ pad: 'x'.repeat(1_100_000) }), type: json });
      // Every JSON body over 1 MB is a 413 problem, as documented (a 404 may come first for an unknown id).
      const takesJson = op.op.requestBody?.content?.['application/json'] !== undefined;
      expect(takesJson ? or404([413]) : [400, 413, 415], 'oversized').toContain(oversized.status);
      if (takesJson && oversized.status === 413)
        expectMatchesContract(op.doc, op.operationId, 413, await oversized.clone().json());
      await expectProblem(oversized, 'oversized');
      expect(tableCounts()).toEqual(before);
    });

  if (hasId)
    it('answers 404 for unknown ids', async () => {
      const res = await send({
        token,
        body: op.op.requestBody ? '{}' : undefined,
        type: op.op.requestBody ? 'application/json' : undefined,
      });
      await expectProblem(res, 'unknown id', op.op.requestBody ? [404, 422] : [404]);
    });
});

describe('the documents', () => {
  it('document 413 on every operation that takes a JSON body', () => {
    const missing = operations()
      .filter((o) => o.op.requestBody?.content?.['application/json'] !== undefined && !o.op.responses?.['413'])
      .map((o) => o.operationId);
    expect(missing).toEqual([]);
  });
});

describe('the hosted sign-in page', () => {
  it('answers a 400 page, never a redirect or a 500, for missing or bad parameters', async () => {
    for (const query of [
      '',
      'client_id=ringplan-portal',
      'client_id=x&redirect_uri=y&state=z&code_challenge=c&code_challenge_method=plain',
    ]) {
      const res = await sb.app.request(`/auth/authorize?${query}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
    }
    // The form takes only form posts.
    const post = await sb.app.request('/auth/authorize', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(post.status).toBe(415);
  });

  it('answers unknown routes with a 404 problem', async () => {
    await expectProblem(await sb.call('GET', '/ssp/nothing-here', { token }), 'unknown route', [404]);
    await expectProblem(await sb.call('GET', '/nowhere'), 'unknown route', [404]);
  });
});

describe('cross-site writes', () => {
  // Every operation that takes a JSON body, sent as a page on another site could without a
  // preflight: text/plain, a form, or a body with no type. None of them is read.
  const jsonOps = operations().filter((o) => o.op.requestBody?.content?.['application/json'] !== undefined);
  const onlyJson = jsonOps.filter((o) => Object.keys(o.op.requestBody?.content ?? {}).length === 1);

  it('refuses every JSON body sent as text/plain, a form or with no type with a 415 problem', async () => {
    const before = tableCounts();
    let sent = 0;
    for (const op of jsonOps) {
      const path = concretePath(op);
      const body = JSON.stringify(Object.fromEntries(requestProperties(op).map((p) => [p, 'x'])));
      const kinds: { type: string | null; body: string | Blob }[] = [{ type: 'text/plain', body }];
      if (onlyJson.includes(op))
        kinds.push({ type: 'application/x-www-form-urlencoded', body: 'a=1' }, { type: null, body: new Blob([body]) });
      for (const kind of kinds) {
        const headers: Record<string, string> = { authorization: token, 'content-length': String(body.length) };
        if (kind.type) headers['content-type'] = kind.type;
        const res = await sb.app.request(path, { method: op.method, headers, body: kind.body });
        const label = `${op.operationId} as ${kind.type ?? 'no type'}`;
        expect(res.status, label).toBe(415);
        await expectProblem(res, label);
        expect(op.op.responses?.['415'], `${op.operationId} documents 415`).toBeDefined();
        sent += 1;
      }
    }
    expect(tableCounts()).toEqual(before);
    // The count the closing note reports: operations walked and requests refused.
    console.log(
      `[sweep] ${String(jsonOps.length)} JSON-body operations (${String(onlyJson.length)} JSON only), ${String(sent)} cross-site bodies refused with 415`,
    );
    expect(jsonOps.length).toBeGreaterThanOrEqual(10);
  });

  it('still takes application/json with a charset, and bodiless POSTs', async () => {
    const res = await sb.app.request('/auth/api/user/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{}',
    });
    expect(res.status).toBe(422);
    expect((await sb.call('POST', '/dev/reset')).status).toBe(200);
  });
});

describe('the developer helpers', () => {
  it('refuse a page of another origin, and take the app, the sandbox itself and the command line', async () => {
    const before = tableCounts();
    const post = (origin?: string) =>
      sb.app.request('/dev/inbound', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
        body: JSON.stringify({ from: '8123382823', to: '8583715117', text: 'hi' }),
      });
    for (const origin of ['https://evil.example', 'null', 'http://localhost:5173.evil.example']) {
      const res = await post(origin);
      expect(res.status, origin).toBe(403);
      await expectProblem(res, origin);
    }
    expect(
      (await sb.app.request('/dev/reset', { method: 'POST', headers: { origin: 'https://evil.example' } })).status,
    ).toBe(403);
    expect(tableCounts()).toEqual(before);
    expect((await post('http://localhost:5173')).status).toBe(201);
    expect((await post(new URL(sb.deps.config.publicUrl).origin)).status).toBe(201);
    expect((await post()).status).toBe(201);
  });

  it('are gone with SANDBOX_DEV=0, and with the older SANDBOX_DISABLE_DEV=1', async () => {
    const { devEnabled } = await import('../src/app.js');
    expect(devEnabled({})).toBe(true);
    expect(devEnabled({ SANDBOX_DEV: '0' })).toBe(false);
    expect(devEnabled({ SANDBOX_DISABLE_DEV: '1' })).toBe(false);
    const { createApp } = await import('../src/app.js');
    const off = createApp(sb.deps, { dev: devEnabled({ SANDBOX_DEV: '0' }) });
    expect((await off.request('/dev/reset', { method: 'POST' })).status).toBe(404);
  });
});
