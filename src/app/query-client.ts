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
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

import { isTransient, SessionEndedError } from '@/api/errors';
import { notify } from '@/components/notify';

const MAX_RETRIES = 2;

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
    mutationCache: new MutationCache(),
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
