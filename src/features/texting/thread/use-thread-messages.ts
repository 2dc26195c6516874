// One conversation's messages as the thread shows them: the polled newest page, the older pages the
// user scrolled back to, and this user's unsent messages (see `mergeThread`).
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';

import { useSessionEmail } from '@/api/session-store';
import { outboxStore, useOutgoingMessages } from '@/features/texting/outbox/outbox-store';
import { mergeThread } from '@/features/texting/outbox/thread-items';
import { MESSAGES_PER_PAGE, messageQueries, POLL_MS } from '@/features/texting/texting-api';

export function useThreadMessages(conversationId: string) {
  const owner = useSessionEmail();
  const latest = useQuery({
    ...messageQueries.latest(conversationId),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    throwOnError: false,
  });
  const latestHasMore =
    latest.data !== undefined &&
    latest.data.items.length === MESSAGES_PER_PAGE &&
    (latest.data.total === undefined || latest.data.total > MESSAGES_PER_PAGE);
  const [olderWanted, setOlderWanted] = useState(false);
  const older = useInfiniteQuery({
    ...messageQueries.older(conversationId),
    enabled: olderWanted && latestHasMore,
    throwOnError: false,
  });
  const outgoing = useOutgoingMessages(owner, conversationId);

  const items = useMemo(
    () => mergeThread([...(older.data?.pages ?? []).map((p) => p.items).reverse(), latest.data?.items ?? []], outgoing),
    [older.data, latest.data, outgoing],
  );

  // An echo whose stored message has arrived (by polling, or after an interrupted send) is done.
  useEffect(() => {
    for (const message of latest.data?.items ?? []) {
      if (message.client_id && message.client_id in outboxStore.get().outbox) {
        const entry = outboxStore.get().outbox[message.client_id];
        if (entry?.status === 'failed' || entry?.status === 'sending')
          outboxStore.get().messageStored(message.client_id);
      }
    }
  }, [latest.data]);

  const hasOlder = older.data ? older.hasNextPage : latestHasMore;
  const { fetchNextPage, isFetchingNextPage, hasNextPage } = older;
  const loadOlder = useCallback(() => {
    if (!olderWanted) setOlderWanted(true);
    else if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [olderWanted, hasNextPage, isFetchingNextPage, fetchNextPage]);
  const { refetch } = older;
  const olderLoaded = older.data !== undefined;
  const retryOlder = useCallback(
    () => void (olderLoaded ? fetchNextPage() : refetch()),
    [olderLoaded, fetchNextPage, refetch],
  );

  return {
    items,
    latest,
    hasOlder,
    loadingOlder: older.isFetching,
    olderError: older.isError,
    retryOlder,
    loadOlder,
  };
}
