// The query cache, persisted per user in IndexedDB, so a start paints the last inbox, thread, contacts
// and meetings at once (and refreshes them behind, as they are stale) and they stay readable offline.
// One entry per user (key `user:<sub>`) in the database `ringplan-query-cache`, store `queries`;
// signing out empties the store (src/api/user-data.ts). An entry of another build (`buster`) or older
// than MAX_AGE is dropped on restore instead of read with a shape the code no longer expects.
// Written over the app's own query-core (`dehydrate`/`hydrate`): @tanstack/query-persist-client-core
// pins another query-core version, which would put a second copy of it in the first download.
import { dehydrate, hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import { clear, createStore, del, get, keys, set, type UseStore } from 'idb-keyval';

import { sessionStore } from '@/api/session-store';
import { onForgetUserData, userKey } from '@/api/user-data';

export const QUERY_CACHE_DATABASE = 'ringplan-query-cache';
export const QUERY_CACHE_STORE = 'queries';
/** A week: Monday morning still opens on Friday's inbox. */
export const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
const BUSTER = String(import.meta.env.VITE_BUILD_ID ?? 'dev');
/** A start waits at most this long for the saved cache before painting without it. */
const RESTORE_WAIT_MS = 1500;
/** Saves are at most this often: a polled thread changes the cache every few seconds. */
const SAVE_EVERY_MS = 1000;

/** What is saved: IndexedDB keeps it as a structured clone, no JSON round trip. */
interface SavedCache {
  buster: string;
  savedAt: number;
  state: DehydratedState;
}

let database: UseStore | undefined;
/** Opened on first use: a signed-out visit never creates the database. */
const store = () => (database ??= createStore(QUERY_CACHE_DATABASE, QUERY_CACHE_STORE));

const entryKey = (user: string) => `user:${user}`;
const currentUser = () => (sessionStore.get().status === 'signed-in' ? userKey(sessionStore.get().session) : null);

async function restore(queryClient: QueryClient, user: string): Promise<void> {
  const saved = await get<SavedCache>(entryKey(user), store());
  if (!saved) return;
  if (saved.buster !== BUSTER || Date.now() - saved.savedAt > MAX_AGE_MS) {
    await del(entryKey(user), store());
    return;
  }
  // Hydration keeps whatever the cache already holds that is newer than the saved copy.
  hydrate(queryClient, saved.state);
  // What was saved paints at once but is never taken as fresh: the last save may predate the last
  // change (saves are throttled), so every restored query refetches when a screen shows it.
  void queryClient.invalidateQueries({ refetchType: 'none' });
}

/**
 * Saves the cache (successful queries, the default of `dehydrate`) on every change, at most once per
 * SAVE_EVERY_MS, while `user` is the signed-in user. Returns the stop.
 */
function keepSaving(queryClient: QueryClient, user: string): () => void {
  let timer: number | undefined;
  const save = () => {
    timer = undefined;
    // A save that comes after this user signed out (in this tab or another) must not bring them back.
    if (currentUser() !== user) return;
    const saved: SavedCache = { buster: BUSTER, savedAt: Date.now(), state: dehydrate(queryClient) };
    set(entryKey(user), saved, store()).catch(() => undefined);
  };
  const schedule = () => {
    timer ??= window.setTimeout(save, SAVE_EVERY_MS);
  };
  const unsubscribe = queryClient.getQueryCache().subscribe(schedule);
  return () => {
    unsubscribe();
    window.clearTimeout(timer);
  };
}

/** Removes what other users left (a session that ended without signing out). */
async function dropOtherUsers(user: string): Promise<void> {
  const others = (await keys<string>(store())).filter((key) => key !== entryKey(user));
  await Promise.all(others.map((key) => del(key, store())));
}

/**
 * Restores the signed-in user's cache into `queryClient`, then keeps saving it while they stay signed
 * in, following sign-in, sign-out and user changes (in any tab). Resolves once the first restore is done.
 */
export function startQueryPersistence(queryClient: QueryClient): Promise<void> {
  let followed: string | null = null;
  let stopSaving: (() => void) | undefined;

  const follow = async (user: string | null) => {
    if (user === followed) return;
    stopSaving?.();
    stopSaving = undefined;
    followed = user;
    if (!user) return;
    await restore(queryClient, user);
    if (followed !== user) return;
    stopSaving = keepSaving(queryClient, user);
    await dropOtherUsers(user);
  };

  sessionStore.subscribe((state) => {
    // An ended session pauses saving and keeps the entry: the same user signs in again.
    void follow(state.status === 'signed-in' ? userKey(state.session) : null).catch(() => undefined);
  });
  onForgetUserData(async () => {
    stopSaving?.();
    stopSaving = undefined;
    followed = null;
    await clear(store());
  });

  const first = follow(currentUser()).catch(() => undefined);
  return Promise.race([first, new Promise<void>((resolve) => window.setTimeout(resolve, RESTORE_WAIT_MS))]);
}
