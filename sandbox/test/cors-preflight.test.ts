// The API's CORS preflight: the app's calls carry an Authorization header, so a browser asks first.
// A long Access-Control-Max-Age lets it skip that round trip when it calls the same URL again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { APP, createSandbox, type Sandbox } from './fixture';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await createSandbox();
});
afterAll(() => sandbox.close());

const preflight = (origin: string) =>
  sandbox.call('OPTIONS', '/ssp/texting/conversations?page=1&per_page=20', {
    headers: {
      origin,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization',
    },
  });

describe('CORS preflight', () => {
  it('lets a registered app origin keep the answer for a day', async () => {
    const res = await preflight(APP);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(res.headers.get('access-control-max-age')).toBe('86400');
  });

  it('allows no other origin', async () => {
    const res = await preflight('https://evil.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS on the calls themselves', () => {
  it('lets the app origin read a list with its total, and varies by origin', async () => {
    const token = await sandbox.tokenFor('demo@example.com');
    const res = await sandbox.call('GET', '/ssp/texting/contacts?search=a', { token, headers: { origin: APP } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(res.headers.get('access-control-expose-headers')).toBe('X-Total-Count,Retry-After');
    expect(res.headers.get('vary')).toBe('Origin');
    expect(res.headers.get('x-total-count')).toMatch(/^\d+$/);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Array.isArray(await res.json())).toBe(true);
  });

  it('lets the app origin read an error answer', async () => {
    const res = await sandbox.call('GET', '/ssp/texting/contacts', { headers: { origin: APP } });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(((await res.json()) as { detail: string }).detail).toContain('authorization header');
  });

  it('tells another origin nothing it may read', async () => {
    const token = await sandbox.tokenFor('demo@example.com');
    const res = await sandbox.call('GET', '/ssp/texting/contacts', {
      token,
      headers: { origin: 'https://evil.example' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('vary')).toBe('Origin');
  });
});
