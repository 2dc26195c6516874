// The API remembers a checked id_token until it expires (the signature check is the costliest part
// of a small request); a remembered token must still be refused once its time is up, and a forged
// one never accepted.
import { decodeJwt } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createSandbox, type Sandbox } from './fixture.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await createSandbox();
});
afterEach(() => sb.close());

describe('the id_token check at the API', () => {
  it('accepts a token again and again until it expires, then refuses it as expired', async () => {
    const token = await sb.tokenFor('demo@example.com');
    for (let i = 0; i < 3; i++) expect((await sb.call('GET', '/ssp/users/me', { token })).status).toBe(200);
    const { exp } = decodeJwt(token);
    sb.clock.ms = (exp ?? 0) * 1000 + 1000;
    const late = await sb.call('GET', '/ssp/users/me', { token });
    expect(late.status).toBe(401);
    expect(((await late.json()) as { detail: string }).detail).toBe('The id_token has expired');
  });

  it('refuses a token whose payload was changed after a valid one was accepted', async () => {
    const token = await sb.tokenFor('demo@example.com');
    expect((await sb.call('GET', '/ssp/users/me', { token })).status).toBe(200);
    const [head, body, sig] = token.split('.');
    const claims = JSON.parse(Buffer.from(body ?? '', 'base64url').toString()) as Record<string, unknown>;
    const forged = [head, Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url'), sig];
    const answer = await sb.call('GET', '/ssp/users/me', { token: forged.join('.') });
    expect(answer.status).toBe(401);
  });
});
