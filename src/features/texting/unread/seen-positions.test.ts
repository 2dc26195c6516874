import 'fake-indexeddb/auto';
import { createStore, get, update } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { signOut } from '@/api/sign-out';
import {
  clearSeenPositions,
  loadSeenRecord,
  markSeen,
  resetSeenMemory,
  seenRecordOf,
  startSeenRecord,
  type SeenRecord,
} from '@/features/texting/unread/seen-positions';
import { authHttp } from '@/testing/http';
import { server } from '@/testing/server';
import { fakeTokenPair } from '@/testing/tokens';

const EMAIL = 'demo@example.com';
const positions = createStore('ringplan-seen', 'positions');
const stored = () => get<SeenRecord>(EMAIL, positions);
const first: SeenRecord = {
  baseline: '2026-12-01T12:00:00.000000',
  conversations: { c1: { id: 'm1', at: '2026-12-01T12:00:00.000000' } },
};

beforeEach(async () => {
  sessionStore.get().signedIn(fakeTokenPair());
  await clearSeenPositions();
  resetSeenMemory();
});

afterEach(() => resetSeenMemory());

describe('seen positions', () => {
  it('keeps the first record of a browser in IndexedDB, where a fresh tab reads it', async () => {
    await loadSeenRecord(EMAIL);
    expect(seenRecordOf(EMAIL)).toBeNull();
    await startSeenRecord(EMAIL, first);
    expect(await stored()).toEqual(first);

    resetSeenMemory();
    await loadSeenRecord(EMAIL);
    expect(seenRecordOf(EMAIL)).toEqual(first);
  });

  it("keeps another tab's first record rather than writing its own over it", async () => {
    await loadSeenRecord(EMAIL);
    await startSeenRecord(EMAIL, first);
    resetSeenMemory();
    await loadSeenRecord(EMAIL);
    await startSeenRecord(EMAIL, { baseline: '2026-12-02T00:00:00.000000', conversations: {} });
    expect(await stored()).toEqual(first);
  });

  it('moves marks forward only, and keeps them across reloads', async () => {
    await loadSeenRecord(EMAIL);
    await startSeenRecord(EMAIL, first);
    await markSeen(EMAIL, 'c1', { id: 'm3', at: '2026-12-01T12:05:00.000000' });
    await markSeen(EMAIL, 'c1', { id: 'm2', at: '2026-12-01T12:01:00.000000' });
    await markSeen(EMAIL, 'c2', { id: 'm9', at: '2026-12-01T12:02:00.000000' });
    expect((await stored())?.conversations).toEqual({
      c1: { id: 'm3', at: '2026-12-01T12:05:00.000000' },
      c2: { id: 'm9', at: '2026-12-01T12:02:00.000000' },
    });
    expect(seenRecordOf(EMAIL)?.conversations.c1?.id).toBe('m3');
  });

  it('marks nothing before the baseline exists (a first thread would leave the rest unread)', async () => {
    await loadSeenRecord(EMAIL);
    await markSeen(EMAIL, 'c1', { id: 'm3', at: '2026-12-01T12:05:00.000000' });
    expect(await stored()).toBeUndefined();
  });

  it('does not start a record for a user who is no longer signed in', async () => {
    await loadSeenRecord(EMAIL);
    sessionStore.get().signedOut();
    await startSeenRecord(EMAIL, first);
    expect(await stored()).toBeUndefined();
  });

  it('takes a change another tab made (told over the broadcast channel)', async () => {
    await loadSeenRecord(EMAIL);
    await startSeenRecord(EMAIL, first);
    // Another tab writes a mark and says so.
    await update<SeenRecord>(
      EMAIL,
      (old) => ({
        ...old!,
        conversations: { ...old!.conversations, c1: { id: 'm5', at: '2026-12-01T13:00:00.000000' } },
      }),
      positions,
    );
    const otherTab = new BroadcastChannel('ringplan-seen');
    otherTab.postMessage({ type: 'changed', owner: EMAIL });
    await expect.poll(() => seenRecordOf(EMAIL)?.conversations.c1?.id).toBe('m5');
    otherTab.close();
  });

  it('are removed by sign-out, from IndexedDB and from memory', async () => {
    server.use(authHttp.post('/revoke', ({ response }) => response(200).json({ revoked: true })));
    await loadSeenRecord(EMAIL);
    await startSeenRecord(EMAIL, first);
    await signOut(() => undefined);
    expect(await stored()).toBeUndefined();
    expect(seenRecordOf(EMAIL)).toBeUndefined();
  });
});
