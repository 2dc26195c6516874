import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApp } from '../src/app.js';
import { issuePair } from '../src/auth/tokens.js';
import { loadConfig, parseDuration } from '../src/config.js';
import { migrate, openDatabase } from '../src/db/database.js';
import { createSandbox, type Sandbox } from './fixture.js';

import type { SandboxDeps } from '../src/context.js';

let sb: Sandbox;
beforeAll(async () => {
  sb = await createSandbox();
});
afterAll(() => sb.close());

describe('demo data', () => {
  it('seeds the demo company, its meetings and texting, and a second company', async () => {
    const token = await sb.tokenFor('demo@example.com');
    const history = await sb.call('GET', '/ssp/meet/calendar/events?event_type=history', { token });
    const scheduled = await sb.call('GET', '/ssp/meet/calendar/events', { token });
    expect(history.headers.get('x-total-count')).toBe('30');
    expect(scheduled.headers.get('x-total-count')).toBe('10');
    const numbers = await sb.call('GET', '/ssp/texting/numbers', { token });
    expect(numbers.status).toBe(200);
    expect(JSON.stringify(await numbers.json())).toContain('8583715117');
    const other = await sb.call('GET', '/ssp/users/me', { token: await sb.tokenFor('other@example.com') });
    expect(await other.json()).toMatchObject({ company: 'Other Company' });
  });

  it('/dev/reset returns to the demo data', async () => {
    const token = await sb.tokenFor('demo@example.com');
    await sb.call('PATCH', '/ssp/users/me', { token, json: { first_name: 'Changed' } });
    const res = await sb.call('POST', '/dev/reset');
    expect(res.status).toBe(200);
    const fresh = await sb.tokenFor('demo@example.com');
    expect(await (await sb.call('GET', '/ssp/users/me', { token: fresh })).json()).toMatchObject({
      first_name: 'Demo',
    });
    // Tokens of the users before the reset name users that are gone.
    expect((await sb.call('GET', '/ssp/users/me', { token })).status).toBe(401);
  });
});

describe('storage and configuration', () => {
  it('migrates once, and keeps keys and data across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-restart-'));
    try {
      const open = () => {
        const db = openDatabase(dir);
        migrate(db);
        const deps: SandboxDeps = { db, config: loadConfig({ SANDBOX_DATA_DIR: dir }), now: () => new Date() };
        return { db, deps, app: createApp(deps, { dev: false }) };
      };
      const first = open();
      const reg = await first.app.request('/auth/api/user/register', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          first_name: 'R',
          last_name: 'S',
          email: 'r@example.com',
          company: 'R Co',
          key: 'b6ae17b92f60d3110c2cDsI90!dK5!1P',
          pwd: 'password-1',
        }),
      });
      expect(reg.status).toBe(201);
      const pair = await issuePair(first.deps, ((await reg.json()) as { _id: string })._id);
      first.db.close();
      const second = open();
      expect(migrate(second.db)).toEqual([]);
      const me = await second.app.request('/ssp/users/me', { headers: { authorization: pair?.id_token ?? '' } });
      expect(me.status).toBe(200);
      expect((await second.app.request(`/auth/refresh-token?refresh_token=${pair?.refresh_token}`)).status).toBe(200);
      expect((await second.app.request('/dev/settings')).status).toBe(404);
      second.db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads lifetimes and origins from the environment', () => {
    expect(parseDuration('5s')).toBe(5);
    expect(parseDuration('8h')).toBe(28800);
    expect(parseDuration('14d')).toBe(1209600);
    expect(parseDuration('soon')).toBeNull();
    const config = loadConfig({
      SANDBOX_ID_TOKEN_TTL: '5s',
      SANDBOX_APP_ORIGINS: 'http://127.0.0.1:5173, https://portal.example/',
    });
    expect(config.idTokenTtlSeconds).toBe(5);
    expect(config.appOrigins).toEqual([
      'http://localhost:5173',
      'http://localhost:4173',
      'http://127.0.0.1:5173',
      'https://portal.example',
    ]);
    expect(config.registrationKey).toBe('b6ae17b92f60d3110c2cDsI90!dK5!1P');
    expect(() => loadConfig({ SANDBOX_REFRESH_TOKEN_TTL: 'forever' })).toThrow(/SANDBOX_REFRESH_TOKEN_TTL/);
  });
});
