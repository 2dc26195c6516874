// Recorded demo meetings: the history list gives their recording_url, and the sandbox serves a page
// there; made-up or malformed recording links find nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectMatchesContract } from './contract.js';
import { APP, createSandbox, type Sandbox } from './fixture.js';

let sb: Sandbox;
let token: string;
beforeAll(async () => {
  sb = await createSandbox();
  token = await sb.tokenFor('demo@example.com');
});
afterAll(() => sb.close());

type ApiEvent = { event: { meeting_id: string; title_meet: string; recording_url?: string | null } };

async function history(): Promise<ApiEvent[]> {
  const res = await sb.call('GET', '/ssp/meet/calendar/events?event_type=history&per_page=100', {
    token,
    headers: { origin: APP },
  });
  const body = (await res.json()) as ApiEvent[];
  expectMatchesContract('ssp', 'listEvents', 200, body);
  return body;
}

describe('recordings', () => {
  it('gives some past demo meetings a recording link that opens a page naming the meeting', async () => {
    const events = await history();
    const recorded = events.filter((e) => e.event.recording_url);
    expect(recorded.length).toBeGreaterThanOrEqual(5);
    expect(recorded.length).toBeLessThan(events.length);
    for (const { event } of recorded) {
      const url = new URL(event.recording_url ?? '');
      expect(url.origin).toBe(sb.deps.config.publicUrl);
      expect(url.pathname).toMatch(/^\/meet-room\/recordings\/[0-9a-f]{32}$/);
      const page = await sb.call('GET', url.pathname);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      const html = await page.text();
      expect(html).toContain(`Recording: ${event.title_meet}`);
      expect(html).toContain(
        `${event.meeting_id.slice(0, 3)}-${event.meeting_id.slice(3, 6)}-${event.meeting_id.slice(6)}`,
      );
    }
    // Scheduled meetings have not happened: no recordings.
    const res = await sb.call('GET', '/ssp/meet/calendar/events?event_type=scheduled&per_page=100', {
      token,
      headers: { origin: APP },
    });
    expect(((await res.json()) as ApiEvent[]).some((e) => e.event.recording_url)).toBe(false);
  });

  it('answers 404 for an unknown or malformed recording id', async () => {
    for (const id of ['0'.repeat(32), 'abc', '../recordings', `${'a'.repeat(32)}x`]) {
      const res = await sb.call('GET', `/meet-room/recordings/${id}`);
      expect(res.status, id).toBe(404);
    }
  });

  it('serves 50 recording pages at once', async () => {
    const url = new URL((await history()).find((e) => e.event.recording_url)?.event.recording_url ?? '');
    const answers = await Promise.all(Array.from({ length: 50 }, () => sb.call('GET', url.pathname)));
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(200));
  });
});
