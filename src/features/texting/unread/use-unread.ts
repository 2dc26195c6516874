// Unread counts for the screen: one conversation's (its row in the list) and the total of the
// unsearched conversation list (the nav badge, the page title). The list itself is polled by the
// inbox watcher; these only read it.
import { useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query';

import type { Page } from '@/api/clients';
import { useSessionEmail } from '@/api/session-store';
import { conversationQueries, MESSAGES_PER_PAGE } from '@/features/texting/texting-api';
import type { Message, Conversation } from '@/features/texting/texting-api';
import { useSeenRecord, type SeenRecord } from '@/features/texting/unread/seen-positions';
import {
  boundaryFor,
  countUnseenInbound,
  isUnseen,
  sumUnread,
  unreadQueries,
  type UnreadCount,
} from '@/features/texting/unread/unread';

/** Whether the conversation's newest message is past what the user has seen (so a count is needed). */
function needsCount(conversation: Conversation, record: SeenRecord | null | undefined): boolean {
  const last = conversation.last_message;
  return !!record && !!last && isUnseen(last, boundaryFor(record, conversation.id));
}

function countFrom(conversation: Conversation, record: SeenRecord, page: Page<Message> | undefined): UnreadCount {
  if (!page) {
    // Until the page is in: an unseen inbound last message is at least one.
    return { count: conversation.last_message?.direction === 'inbound' ? 1 : 0, more: false };
  }
  const full = page.items.length === MESSAGES_PER_PAGE && (page.total === undefined || page.total > MESSAGES_PER_PAGE);
  return countUnseenInbound(page.items, boundaryFor(record, conversation.id), full);
}

/** The conversation's unread inbound messages; null while the seen positions load or when none. */
export function useUnreadCount(conversation: Conversation): UnreadCount | null {
  const record = useSeenRecord(useSessionEmail());
  const needed = needsCount(conversation, record);
  const page = useQuery({
    ...unreadQueries.newestPage(conversation.id, conversation.last_message?.id ?? ''),
    enabled: needed,
    throwOnError: false,
  });
  if (!needed || !record) return null;
  const count = countFrom(conversation, record, page.data);
  return count.count > 0 ? count : null;
}

/** The conversations of the unsearched list (as loaded) and their unread total. */
export function useUnreadTotal(): UnreadCount {
  const record = useSeenRecord(useSessionEmail());
  // Reads what the watcher's polling brings; never fetches on its own. It sits in the frame, outside any
  // page's error boundary: a failed list is the inbox page's to show, never a reason to blank the app.
  const list = useInfiniteQuery({ ...conversationQueries.list(''), enabled: false, throwOnError: false });
  const conversations = (list.data?.pages.flatMap((p) => p.items) ?? []).filter((c) => needsCount(c, record));
  return useQueries({
    queries: conversations.map((c) => ({
      ...unreadQueries.newestPage(c.id, c.last_message?.id ?? ''),
      throwOnError: false,
    })),
    combine: (results) =>
      record
        ? sumUnread(results.map((r, i) => (conversations[i] ? countFrom(conversations[i], record, r.data) : null)))
        : { count: 0, more: false },
  });
}
