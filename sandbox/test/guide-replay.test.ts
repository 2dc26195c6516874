// The guide replayed: every request example of RingPlan's quick-start guide, read from
// guide-requests.json, sent in order to a fresh sandbox, and checked for the guide's status and the
// fields (names and types) its answers show. How the guide's ids and 2020 times are substituted is
// written beside each step in the fixture.
import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createSandbox, pkce, REDIRECT_URI, type Sandbox, signInForm } from './fixture.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Step {
  name: string;
  guide: string;
  service?: 'auth' | 'ssp';
  method?: string;
  path?: string;
  auth?: boolean;
  body?: Json;
  substituted?: string;
  browser?: string;
  advanceMinutes?: number;
  expect?: {
    status: number;
    minItems?: number;
    fields?: Record<string, string>;
    values?: Record<string, Json>;
    patterns?: Record<string, string>;
  };
  save?: Record<string, string>;
}

const fixture = JSON.parse(readFileSync(new URL('./guide-requests.json', import.meta.url), 'utf8')) as {
  steps: Step[];
};

let sb: Sandbox;
const saved: Record<string, string> = {};
beforeAll(async () => {
  sb = await createSandbox();
});
afterAll(() => sb.close());

/** `{{name}}` from an earlier step; `{{time M local|Z}}`: the sandbox's now plus M minutes, in UTC. */
function fill<T extends Json>(value: T): T {
  if (typeof value === 'string') {
    return value.replace(/\{\{([^}]+)\}\}/g, (_all, inner: string) => {
      const time = /^time (-?\d+) (local|Z)$/.exec(inner);
      if (time) {
        const iso = new Date(sb.clock.ms + Number(time[1]) * 60_000).toISOString();
        // The guide's shapes: 2020-11-04T10:17:16.153321 and 2020-10-18T12:17:16.153Z.
        return time[2] === 'Z' ? iso : `${iso.slice(0, 23)}321`;
      }
      const known = saved[inner];
      if (known === undefined) throw new Error(`{{${inner}}} was not saved by an earlier step`);
      return known;
    }) as T;
  }
  if (Array.isArray(value)) return value.map((v) => fill(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)])) as T;
  }
  return value;
}

/** The values at a dotted path; `[]` takes every item of a list, `[n]` one. */
function at(root: unknown, path: string): { where: string; value: unknown }[] {
  let found: { where: string; value: unknown }[] = [{ where: '', value: root }];
  for (const [, index, key] of path.matchAll(/\[(\d*)\]|([^.[\]]+)/g)) {
    found = found.flatMap(({ where, value }) => {
      if (key !== undefined) {
        const next = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
        return [{ where: `${where}.${key}`, value: next }];
      }
      if (!Array.isArray(value)) return [{ where: `${where}[${index ?? ''}]`, value: undefined }];
      if (index === '' || index === undefined)
        return value.map((item, i) => ({ where: `${where}[${String(i)}]`, value: item as unknown }));
      return [{ where: `${where}[${index}]`, value: value[Number(index)] as unknown }];
    });
  }
  return found;
}

const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

function check(step: Step, status: number, body: unknown): void {
  const want = step.expect;
  if (!want) return;
  const label = `${step.name}: ${JSON.stringify(body).slice(0, 400)}`;
  expect(status, label).toBe(want.status);
  if (want.minItems !== undefined) {
    expect(Array.isArray(body), label).toBe(true);
    expect((body as unknown[]).length, label).toBeGreaterThanOrEqual(want.minItems);
  }
  for (const [path, type] of Object.entries(want.fields ?? {})) {
    for (const { where, value } of at(body, path)) expect(typeOf(value), `${step.name} ${where}`).toBe(type);
  }
  for (const [path, value] of Object.entries(want.values ?? {})) {
    for (const found of at(body, path)) expect(found.value, `${step.name} ${found.where}`).toEqual(fill(value));
  }
  for (const [path, pattern] of Object.entries(want.patterns ?? {})) {
    for (const { where, value } of at(body, path))
      expect(String(value), `${step.name} ${where}`).toMatch(new RegExp(pattern));
  }
}

function save(step: Step, body: unknown): void {
  for (const [name, path] of Object.entries(step.save ?? {})) {
    const [found] = at(body, path);
    expect(typeof found?.value, `${step.name} saves ${name}`).toBe('string');
    saved[name] = found?.value as string;
  }
}

/** The guide's show-token document, had the way a browser has it: the hosted sign-in, then the code. */
async function signedInTokenDocument(): Promise<{ status: number; body: unknown }> {
  const { verifier, challenge } = pkce();
  const { code } = await signInForm(sb, challenge, 'someemail@gmail.com', 'SomeStrongPassword');
  const res = await sb.app.request('/auth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: code ?? '',
      code_verifier: verifier,
      redirect_uri: REDIRECT_URI,
    }).toString(),
  });
  return { status: res.status, body: await res.json() };
}

/** Google's consent page, as the stand-in serves it: allow with the profile's account. */
async function grantConsent(): Promise<void> {
  const consent = new URL(saved.auth_url ?? '');
  const page = await sb.app.request(consent.pathname + consent.search);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('someemail@gmail.com');
  const back = await sb.app.request('/meetauth/callback', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      state: consent.searchParams.get('state') ?? '',
      account: 'someemail@gmail.com',
      decision: 'allow',
    }).toString(),
  });
  expect(back.status).toBe(302);
  expect(back.headers.get('location')).toBe(`${sb.deps.config.defaultAppOrigin}/meet?google=connected`);
}

describe('the quick-start guide, replayed against a fresh sandbox', () => {
  it('holds every request example of the guide, each API call with its expected answer', () => {
    const calls = fixture.steps
      .filter((s) => !s.browser)
      .map((s) => `${s.method ?? ''} ${(s.path ?? '').split('?')[0] ?? ''}`);
    expect(new Set(calls)).toEqual(
      new Set([
        'POST /api/user/register',
        'GET /refresh-token',
        'GET /texting/numbers',
        'POST /texting/contacts',
        'GET /texting/contacts',
        'GET /texting/contacts/{{contact_id}}',
        'PUT /texting/contacts/{{contact_id}}',
        'GET /texting/conversations',
        'POST /texting/conversations',
        'POST /texting/conversations/{{conversation_id}}/messages',
        'GET /texting/conversations/{{conversation_id}}/messages',
        'POST /meet/calendar/event/history',
        'GET /meet/calendar/events',
        'POST /meet/calendar/event/scheduled',
        'GET /meet/app/calendar/get-auth-url',
      ]),
    );
    for (const step of fixture.steps) expect(step.browser ?? step.expect, step.name).toBeTruthy();
  });

  for (const step of fixture.steps) {
    it(step.name, async () => {
      if (step.name === 'show-token') {
        const { status, body } = await signedInTokenDocument();
        check(step, status, body);
        save(step, body);
        return;
      }
      if (step.name === 'Google consent') {
        await grantConsent();
        return;
      }
      sb.clock.ms += (step.advanceMinutes ?? 0) * 60_000;
      const prefix = step.service === 'auth' ? '/auth' : '/ssp';
      const res = await sb.call(step.method ?? 'GET', prefix + fill(step.path ?? ''), {
        token: step.auth ? saved.id_token : undefined,
        json: step.body === undefined ? undefined : fill(step.body),
        headers: { accept: 'application/json' },
      });
      const body: unknown = await res.json();
      check(step, res.status, body);
      save(step, body);
    });
  }
});
