// Meeting-password guessing under parallel requests, per client and per meeting, and the look-up limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GUESSES_PER_CLIENT, GUESSES_PER_MEETING_HOUR, LOOKUPS_PER_MINUTE } from '../src/meet/room-limits.js';
import { expectMatchesContract } from './contract.js';
import { createSandbox, type Sandbox } from './fixture.js';

const PASSWORD = 'meet-1234';
let sb: Sandbox;
let token: string;
beforeAll(async () => {
  sb = await createSandbox();
  token = await sb.tokenFor('demo@example.com');
});
afterAll(() => sb.close());

let clients = 0;
/** A client address of its own: the sandbox reads the connection's address, as the Node server gives it. */
const newClient = () => `10.0.${String(Math.floor(clients / 250))}.${String((clients++ % 250) + 1)}`;

async function privateMeeting(): Promise<string> {
  const at = new Date(sb.clock.ms).toISOString().slice(0, 19);
  const res = await sb.call('POST', '/ssp/meet/calendar/event/history', {
    token,
    json: {
      description: '',
      start_time: at,
      end_time: at,
      summary: 's',
      time_zone: 'Etc/GMT+0',
      title_meet: 'Locked',
      password: PASSWORD,
    },
  });
  return ((await res.json()) as { event: { meeting_id: string } }).event.meeting_id;
}

function join(meetingId: string, password: string, ip: string): Promise<Response> {
  return Promise.resolve(
    sb.app.request(
      `/ssp/meet/rooms/${meetingId}/join`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password }) },
      { incoming: { socket: { remoteAddress: ip } } },
    ),
  );
}

function tally(responses: Response[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of responses) out[r.status] = (out[r.status] ?? 0) + 1;
  return out;
}

describe('meeting passwords under parallel guessing', () => {
  it('checks at most 5 of 50 parallel guesses from one client, and the right one in the 50 waits', async () => {
    const meeting = await privateMeeting();
    const ip = newClient();
    // The right password is sent last: the 5 tries before it are all the client gets.
    const guesses = Array.from({ length: 50 }, (_, i) => (i === 49 ? PASSWORD : `wrong-${String(i)}`));
    const answers = await Promise.all(guesses.map((g) => join(meeting, g, ip)));
    expect(tally(answers)).toEqual({ 403: GUESSES_PER_CLIENT - 1, 429: 50 - (GUESSES_PER_CLIENT - 1) });
    expect(answers[49]?.status).toBe(429);
    const last = answers[49];
    expect(last?.headers.get('retry-after')).toBe('300');
    const body = await last?.json();
    expectMatchesContract('ssp', 'joinRoom', 429, body);
    expect(body).toMatchObject({ retry_after: 300 });
  });

  it('refuses 50 parallel right passwords from a locked client exactly as wrong ones, and grows the next lock', async () => {
    const meeting = await privateMeeting();
    const ip = newClient();
    for (let i = 0; i < GUESSES_PER_CLIENT; i++) await join(meeting, 'wrong', ip);
    const rights = await Promise.all(Array.from({ length: 50 }, () => join(meeting, PASSWORD, ip)));
    const wrongs = await Promise.all(Array.from({ length: 50 }, () => join(meeting, 'wrong', ip)));
    expect(tally(rights)).toEqual({ 429: 50 });
    const [right, wrong] = [await rights[0]?.json(), await wrongs[0]?.json()];
    expect(right).toEqual(wrong);
    expect(rights[0]?.headers.get('retry-after')).toBe(wrongs[0]?.headers.get('retry-after'));

    // Another client is not locked by this one.
    expect((await join(meeting, PASSWORD, newClient())).status).toBe(200);

    // After the lock, five more wrong tries lock the same client for twice as long.
    sb.clock.ms += 301_000;
    const again = await Promise.all(Array.from({ length: 50 }, () => join(meeting, 'wrong', ip)));
    expect(tally(again)).toEqual({ 403: GUESSES_PER_CLIENT - 1, 429: 50 - (GUESSES_PER_CLIENT - 1) });
    expect(again.map((r) => r.headers.get('retry-after')).filter(Boolean)).toContain('600');
    sb.clock.ms += 601_000;
    expect((await join(meeting, PASSWORD, ip)).status).toBe(200);
  });

  it('limits a meeting to 20 wrong tries an hour from all clients together; no right guess from 50 new addresses gets in', async () => {
    const meeting = await privateMeeting();
    // 50 clients at once, each with one wrong try: only 20 are checked (each one checked is a row).
    const first = await Promise.all(Array.from({ length: 50 }, () => join(meeting, 'wrong', newClient())));
    const checked = sb.deps.db
      .prepare('SELECT count(*) AS n FROM room_guesses WHERE meeting_id = ? AND wrong = 1')
      .get(meeting) as { n: number };
    expect(checked.n).toBe(GUESSES_PER_MEETING_HOUR);
    expect(tally(first)[429]).toBeGreaterThanOrEqual(50 - GUESSES_PER_MEETING_HOUR);
    expect(first.every((r) => r.status === 403 || r.status === 429)).toBe(true);

    // The meeting is locked: 50 fresh addresses, every one with the right password, all wait.
    const rights = await Promise.all(Array.from({ length: 50 }, () => join(meeting, PASSWORD, newClient())));
    expect(tally(rights)).toEqual({ 429: 50 });
    const wait = Number(rights[0]?.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(3500);
    expect(wait).toBeLessThanOrEqual(3600);

    // An hour later the meeting takes guesses again, and the right one gets in.
    sb.clock.ms += 3_601_000;
    expect((await join(meeting, PASSWORD, newClient())).status).toBe(200);
  });

  it('a right guess clears no count: other clients keep theirs', async () => {
    const meeting = await privateMeeting();
    const guesser = newClient();
    for (const left of [4, 3])
      expect(await (await join(meeting, 'wrong', guesser)).json()).toMatchObject({ attempts_left: left });
    expect((await join(meeting, PASSWORD, newClient())).status).toBe(200);
    expect(await (await join(meeting, 'wrong', guesser)).json()).toMatchObject({ attempts_left: 2 });
    // Nor its own client's.
    expect((await join(meeting, PASSWORD, guesser)).status).toBe(200);
    expect(await (await join(meeting, 'wrong', guesser)).json()).toMatchObject({ attempts_left: 1 });
  });
});

describe('meeting look-ups', () => {
  it(`answers ${String(LOOKUPS_PER_MINUTE)} look-ups a minute per client, then 429 with Retry-After, even for 50 at once`, async () => {
    const ip = newClient();
    const get = (id: string) =>
      Promise.resolve(sb.app.request(`/ssp/meet/rooms/${id}`, {}, { incoming: { socket: { remoteAddress: ip } } }));
    const ids = Array.from({ length: 100 }, (_, i) => String(100_000_000 + i));
    const first = await Promise.all(ids.slice(0, 50).map(get));
    const second = await Promise.all(ids.slice(50).map(get));
    const all = [...first, ...second];
    expect(all.filter((r) => r.status === 404)).toHaveLength(LOOKUPS_PER_MINUTE);
    const refused = all.filter((r) => r.status === 429);
    expect(refused).toHaveLength(100 - LOOKUPS_PER_MINUTE);
    expect(refused[0]?.headers.get('retry-after')).toBe('1');
    expectMatchesContract('ssp', 'getRoom', 429, await refused[0]?.json());
    // Another client is not slowed down; this one gets one look-up a second back.
    expect(
      (
        await Promise.resolve(
          sb.app.request(
            `/ssp/meet/rooms/${ids[0] ?? ''}`,
            {},
            { incoming: { socket: { remoteAddress: newClient() } } },
          ),
        )
      ).status,
    ).toBe(404);
    sb.clock.ms += 1000;
    expect((await get(ids[0] ?? '')).status).toBe(404);
    expect((await get(ids[0] ?? '')).status).toBe(429);
  });
});
