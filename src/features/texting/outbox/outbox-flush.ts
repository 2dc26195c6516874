// What was sent offline goes by itself: when the network comes back, and when the app starts online
// (it was closed offline), with its own client_id, so a message the server already has is not stored
// twice. Other failures (a 5xx, a refused request, an image to attach again) wait for the user's Retry:
// sending those again unasked could repeat a failure the user has already seen and judged.
import { onlineManager, type QueryClient } from '@tanstack/react-query';

import { sessionStore } from '@/api/session-store';
import { outboxStore } from '@/features/texting/outbox/outbox-store';
import { deliverMessage } from '@/features/texting/outbox/use-send-message';

/** Sends this user's waiting messages, oldest first, one after another. */
export async function flushOutbox(queryClient: QueryClient): Promise<void> {
  const owner = sessionStore.get().session?.email;
  if (!owner || !onlineManager.isOnline()) return;
  const waiting = Object.values(outboxStore.get().outbox)
    .filter((m) => m.owner === owner && m.status === 'failed' && m.failure === 'offline')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const message of waiting) {
    // Each in its turn, so a conversation's messages keep the order they were written in.
    if (!onlineManager.isOnline()) return;
    await deliverMessage(queryClient, message.clientId);
  }
}

/** Flushes now and on every return of the network; returns the unsubscription. */
export function startOutboxFlush(queryClient: QueryClient): () => void {
  let running: Promise<void> | null = null;
  const flush = () => {
    running ??= flushOutbox(queryClient).finally(() => {
      running = null;
    });
  };
  flush();
  return onlineManager.subscribe((online) => {
    if (online) flush();
  });
}
