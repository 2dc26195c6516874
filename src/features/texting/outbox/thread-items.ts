// What the thread shows, as a pure function of the server's pages and this user's outbox: each message
// once, oldest first, and one bubble per thing the user wrote.
//
// A message the carrier refused (stored with success: false) is retried as a new message (a new
// client_id, so the carrier really sees it again), so the server's history holds each attempt as its
// own message. The thread folds every refused attempt into the next outbound message with the same
// text and images (its retry, still in the outbox or stored), which then stands in its place with its
// tries counted. Built from the history alone, it is the same after a reload or on another device.
import type { OutgoingMessage } from '@/features/texting/outbox/outbox-store';
import type { Message } from '@/features/texting/texting-api';
import { parseServerTime } from '@/lib/server-time';

export type ThreadItem = (
  | { kind: 'stored'; key: string; time: Date; message: Message }
  | { kind: 'outgoing'; key: string; time: Date; message: OutgoingMessage }
) & {
  /** Refused attempts of this same message before this one, oldest first (tries = earlier.length + 1). */
  earlier: Message[];
};

/** What makes two attempts the same message: the text and the images, in order. */
export function contentKey(text: string, fileIds: readonly (string | null)[]): string {
  return JSON.stringify([text, fileIds]);
}

function outboundKey(item: ThreadItem): string | null {
  if (item.kind === 'outgoing')
    return contentKey(
      item.message.text,
      item.message.attachments.map((a) => a.fileId),
    );
  if (item.message.direction !== 'outbound') return null;
  return contentKey(
    item.message.text,
    item.message.files.map((f) => f.id),
  );
}

/**
 * Folds refused attempts into the later attempt that retried them; `items` in thread order. Only
 * refused stored messages are folded: a message still in the outbox keeps its own Retry, which sends
 * that same attempt again (same client_id and body).
 */
export function foldRetries(items: readonly ThreadItem[]): ThreadItem[] {
  const result: (ThreadItem | null)[] = [];
  // Content key → index in `result` of the refused attempt that a retry would take the place of.
  const refused = new Map<string, number>();
  for (const item of items) {
    const key = outboundKey(item);
    const at = key === null ? undefined : refused.get(key);
    const previous = at === undefined ? null : result[at];
    if (key !== null && at !== undefined && previous?.kind === 'stored') {
      result[at] = null;
      refused.delete(key);
      result.push({ ...item, earlier: [...previous.earlier, previous.message] });
    } else {
      result.push(item);
    }
    if (key !== null && item.kind === 'stored' && !item.message.success) refused.set(key, result.length - 1);
  }
  return result.filter((r) => r !== null);
}

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
    return { kind: 'stored', key, time, message, earlier: [] };
  });
  for (const message of outgoing) {
    if (keys.has(message.clientId)) continue;
    items.push({ kind: 'outgoing', key: message.clientId, time: new Date(message.createdAt), message, earlier: [] });
  }
  return foldRetries(items);
}
