// One conversation's messages as the thread shows them: the polled newest page, the older pages the
// user scrolled back to, and this user's unsent messages, oldest first, each once.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSessionEmail } from '@/api/session-store';
import { parseServerTime } from '@/lib/day-groups';
import { outboxStore, useOutgoingMessages, type OutgoingMessage } from '@/features/texting/outbox-store';
import { MESSAGES_PER_PAGE, messageQueries, POLL_MS, type Message } from '@/features/texting/texting-api';

export type ThreadItem =
  | { kind: 'stored'; key: string; time: Date; message: Message }
  | { kind: 'outgoing'; key: string; time: Date; message: OutgoingMessage };

export function mergeThread(storedPages: Message[][], outgoing: OutgoingMessage[]): ThreadItem[] {
  // Pages overlap when messages arrive between page loads; later pages in the list win (the newest copy).
  const byId = new Map<string, Message>();
  for (const page of storedPages) for (const m of page) byId.set(m.id, m);
  const stored = [...byId.values()]
    .map((message) => ({ message, time: parseServerTime(message.created_at) }))
    .sort((a, b) => a.time.getTime() - b.time.getTime() || a.message.id.localeCompare(b.message.id));
  const keys = new Set<string>();
  const items: ThreadItem[] = stored.map(({ message, time }) => {
    // Keyed by client_id when there is one, so the stored message takes its echo's place (and size).
    const key = message.client_id && !keys.has(message.client_id) ? message.client_id : message.id;
    keys.add(key);
    return { kind: 'stored', key, time, message };
  });
  for (const message of outgoing) {
    if (keys.has(message.clientId)) continue;
    items.push({ kind: 'outgoing', key: message.clientId, time: new Date(message.createdAt), message });
  }
  return items;
}

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
        if (entry?.status === 'failed' || entry?.status === 'sending') outboxStore.get().messageStored(message.client_id);
      }
    }
  }, [latest.data]);

  const hasOlder = older.data ? older.hasNextPage : latestHasMore;
  const { fetchNextPage, isFetchingNextPage, hasNextPage } = older;
  const loadOlder = useCallback(() => {
    if (!olderWanted) setOlderWanted(true);
    else if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [olderWanted, hasNextPage, isFetchingNextPage, fetchNextPage]);

  return {
    items,
    latest,
    hasOlder,
    loadingOlder: older.isFetching,
    olderError: older.isError,
    retryOlder: () => void (older.data ? fetchNextPage() : older.refetch()),
    loadOlder,
  };
}
