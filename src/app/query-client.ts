// The QueryClient's deliberate defaults.
// - staleTime 30 s: lists change through this app's own mutations (which invalidate) or slowly enough;
//   screens that need live data (the open thread) set their own polling.
// - retry only transient failures (network, 5xx), twice; a 4xx will not change by asking again.
// - a query that fails with nothing shown yet throws to the route's error boundary (Retry there) when
//   the failure is transient; 4xx are handled by the screen that asked.
// - coming back online refetches every shown list, however fresh: changes made meanwhile appear.
// - a background refetch that fails while data is shown keeps the data and says so in a toast.
// - gcTime a day: what the user looked at today stays in the cache, so it is saved for the next start
//   and for offline reading (src/app/query-persistence.ts), not dropped five minutes after leaving.
// - a mutation that succeeded invalidates what its `meta.invalidates` names (see `invalidateDeclared`).
// - online is what the browser says now (`followBrowserOnlineState`), also from the very start.
import {
  MutationCache,
  onlineManager,
  QueryCache,
  QueryClient,
  type MutationFunctionContext,
} from '@tanstack/react-query';

import { isTransient, SessionEndedError } from '@/api/errors';
import { notify } from '@/components/notify';

const MAX_RETRIES = 2;

/**
 * The one place a change makes queries out of date: every mutation names in `meta.invalidates` what it
 * changed (src/api/query-keys.ts), and this runs after it succeeded. On success only: a failed request
 * changed nothing we know of (a delete that finds the contact gone already counts as done), and
 * refetching after failures would ask a failing service again and toast "Couldn't refresh" over the
 * dialog that already says what went wrong. Not awaited: dialogs close at once, the lists follow.
 */
export function invalidateDeclared(
  _data: unknown,
  _variables: unknown,
  _onMutateResult: unknown,
  _mutation: unknown,
  { client, meta }: MutationFunctionContext,
): void {
  for (const queryKey of meta?.invalidates ?? []) void client.invalidateQueries({ queryKey });
}

/**
 * The online state (read by the offline banner, the send and the outbox's flush) follows
 * `navigator.onLine`, read again on each `online` and `offline` event, not the event's name: Chromium
 * can fire `online` while the network is still off, and a message typed then was tried and failed
 * instead of waiting for the network. Read at once too: the library assumes online until an event.
 */
export function followBrowserOnlineState(): void {
  onlineManager.setEventListener((setOnline) => {
    const follow = () => {
      setOnline(navigator.onLine);
    };
    follow();
    window.addEventListener('online', follow);
    window.addEventListener('offline', follow);
    return () => {
      window.removeEventListener('online', follow);
      window.removeEventListener('offline', follow);
    };
  });
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (error instanceof SessionEndedError) return;
        if (query.state.data !== undefined) {
          notify.error(`Couldn't refresh: ${error.message} Showing what was loaded before.`);
        }
      },
    }),
    mutationCache: new MutationCache({ onSuccess: invalidateDeclared }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 24 * 60 * 60 * 1000,
        refetchOnReconnect: 'always',
        retry: (failureCount, error) => failureCount < MAX_RETRIES && isTransient(error),
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        throwOnError: (error, query) => query.state.data === undefined && isTransient(error),
      },
      mutations: {
        retry: false,
      },
    },
  });
}
