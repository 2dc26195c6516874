// Unread counts from what the API already gives (see docs/decisions.md, "Unread"): a conversation is
// unread when its `last_message` comes after what the user has seen there (its seen mark, else the
// browser's baseline); then the newest page of its messages (newest first) is walked back to the
// mark, counting inbound messages. That page is fetched once per new last message.
import { queryOptions } from '@tanstack/react-query';

import { readPage, ssp } from '@/api/clients';
import { MESSAGES_PER_PAGE, messageQueries, type Conversation, type Message } from '@/features/texting/texting-api';
import type { SeenMark, SeenRecord } from '@/features/texting/unread/seen-positions';
import { parseServerTime } from '@/lib/server-time';

/** What the user has seen in a conversation: up to a message (`id`), or up to an instant (baseline). */
export interface Boundary {
  id: string | null;
  at: number;
}

export interface UnreadCount {
  count: number;
  /** More unread than the page walked holds (shown as "50+"). */
  more: boolean;
}

/** Null when the user has seen nothing of it on this browser: every inbound message is unread. */
export function boundaryFor(record: SeenRecord, conversationId: string): Boundary | null {
  const mark = record.conversations[conversationId];
  if (mark) return { id: mark.id, at: parseServerTime(mark.at).getTime() };
  if (record.baseline) return { id: null, at: parseServerTime(record.baseline).getTime() };
  return null;
}

/**
 * Whether the message comes after the boundary. A mark stops a walk at its own message, so a message
 * of the same millisecond reached before it is newer; a baseline takes its whole instant as seen.
 */
export function isUnseen(message: Pick<Message, 'id' | 'created_at'>, boundary: Boundary | null): boolean {
  if (!boundary) return true;
  if (message.id === boundary.id) return false;
  const at = parseServerTime(message.created_at).getTime();
  return boundary.id === null ? at > boundary.at : at >= boundary.at;
}

/** Inbound messages after the boundary, walking the newest page (newest first) back to it. */
export function countUnseenInbound(
  newestFirst: readonly Message[],
  boundary: Boundary | null,
  pageIsFull: boolean,
): UnreadCount {
  let count = 0;
  for (const message of newestFirst) {
    if (!isUnseen(message, boundary)) return { count, more: false };
    if (message.direction === 'inbound') count += 1;
  }
  return { count, more: pageIsFull };
}

/** "3", or "50+" when there are more than the page walked. */
export function unreadText({ count, more }: UnreadCount): string {
  return more ? `${String(count)}+` : String(count);
}

export function sumUnread(counts: readonly (UnreadCount | null)[]): UnreadCount {
  return counts.reduce<UnreadCount>((sum, c) => (c ? { count: sum.count + c.count, more: sum.more || c.more } : sum), {
    count: 0,
    more: false,
  });
}

/** The mark for the newest message the user has on screen. */
export function markOf(message: Pick<Message, 'id' | 'created_at'>): SeenMark {
  return { id: message.id, at: message.created_at };
}

/** The first record on a browser: everything the conversation list shows now counts as seen. */
export function baselineRecord(conversations: readonly Conversation[]): SeenRecord {
  let baseline: string | null = null;
  const marks: Record<string, SeenMark> = {};
  for (const conversation of conversations) {
    const last = conversation.last_message;
    if (!last) continue;
    marks[conversation.id] = markOf(last);
    if (!baseline || parseServerTime(last.created_at) > parseServerTime(baseline)) baseline = last.created_at;
  }
  return { baseline, conversations: marks };
}

export interface NotifyInput {
  conversation: Conversation;
  boundary: Boundary | null;
  /** This tab is visible. */
  visible: boolean;
  /** The conversation open in this tab, if any. */
  openConversationId: string | undefined;
}

/** A new last message is worth a notification: inbound, unseen, from a contact still opted in, not on screen. */
export function worthNotifying({ conversation, boundary, visible, openConversationId }: NotifyInput): boolean {
  const last = conversation.last_message;
  if (!last || last.direction !== 'inbound') return false;
  if (conversation.contact.opted_out) return false;
  if (!isUnseen(last, boundary)) return false;
  return !(visible && openConversationId === conversation.id);
}

export const unreadQueries = {
  /**
   * The newest page of a conversation as it was when `lastMessageId` was its newest message: it
   * cannot change after that (messages are only added), so it is asked once per new message.
   */
  newestPage: (conversationId: string, lastMessageId: string) =>
    queryOptions({
      queryKey: [...messageQueries.all(conversationId), 'unread', lastMessageId] as const,
      queryFn: ({ signal }) =>
        readPage(
          ssp().GET('/texting/conversations/{conversation_id}/messages', {
            params: { path: { conversation_id: conversationId }, query: { page: 1, per_page: MESSAGES_PER_PAGE } },
            signal,
          }),
        ),
      staleTime: Infinity,
    }),
};
