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
