// Sending with an optimistic echo: the message is queued in the outbox (shown at once as "sending"),
// its images uploaded, then sent with the outbox's client id; the stored answer goes straight into
// the thread's cache and replaces the echo (same client_id). Failures stay in the outbox as "failed";
// a message sent offline waits there and goes by itself when the network is back (outbox-flush.ts).
import { MutationObserver, onlineManager, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { isApiError, isTransient, SessionEndedError } from '@/api/errors';
import { useSessionEmail } from '@/api/session-store';
import {
  localFiles,
  outboxStore,
  type FailureKind,
  type OutgoingAttachment,
} from '@/features/texting/outbox/outbox-store';
import { contentKey } from '@/features/texting/outbox/thread-items';
import {
  conversationQueries,
  messageQueries,
  uploadFile,
  sendMessageMutation,
  type Message,
} from '@/features/texting/texting-api';

export type SendResult = { ok: true; message: Message } | { ok: false; error: string; failure: FailureKind };

export class MissingAttachmentError extends Error {
  override readonly name = 'MissingAttachmentError';
}

export const WAITING_FOR_NETWORK = 'Waiting for the network: it is sent when you are back online.';

function describe(error: unknown): { error: string; failure: FailureKind } {
  if (error instanceof SessionEndedError)
    return { error: 'Not sent: your session ended. Sign in again, then Retry.', failure: 'transient' };
  if (error instanceof MissingAttachmentError) return { error: error.message, failure: 'missing-file' };
  if (isTransient(error)) {
    if (!onlineManager.isOnline()) return { error: WAITING_FOR_NETWORK, failure: 'offline' };
    const reason = error instanceof Error ? error.message : 'the service did not answer';
    return { error: `Not sent: ${reason}`, failure: 'transient' };
  }
  if (isApiError(error)) return { error: error.message, failure: 'rejected' };
  return { error: 'Not sent: something unexpected went wrong.', failure: 'transient' };
}

/**
 * Sends an outbox entry with its client_id (the server stores it once, however often it is sent) and
 * puts the stored message in its thread's cache. For the composer and for the outbox's flush.
 */
export async function deliverMessage(queryClient: QueryClient, clientId: string): Promise<SendResult> {
  const entry = outboxStore.get().outbox[clientId];
  if (!entry) return { ok: false, error: 'This message was discarded.', failure: 'transient' };
  const { conversationId } = entry;
  // Offline, no request is tried: the message waits in the outbox, and goes when the network is back
  // (src/features/texting/outbox/outbox-flush.ts).
  if (!onlineManager.isOnline()) {
    outboxStore.get().sendFailed(clientId, WAITING_FOR_NETWORK, 'offline');
    return { ok: false, error: WAITING_FOR_NETWORK, failure: 'offline' };
  }
  outboxStore.get().sendStarted(clientId);
  try {
    const files = localFiles.get(clientId) ?? [];
    const fileIds: string[] = [];
    for (const [index, attachment] of entry.attachments.entries()) {
      if (attachment.fileId) {
        fileIds.push(attachment.fileId);
        continue;
      }
      const file = files[index];
      if (!file)
        throw new MissingAttachmentError(
          `Attach ${attachment.name} again: images not uploaded before a reload are not kept.`,
        );
      const uploaded = await uploadFile(file);
      outboxStore.get().attachmentUploaded(clientId, index, uploaded.id);
      fileIds.push(uploaded.id);
    }
    const stored = await new MutationObserver(queryClient, sendMessageMutation).mutate({
      conversationId,
      input: { text: entry.text, client_id: clientId, ...(fileIds.length > 0 ? { files: fileIds } : {}) },
    });
    queryClient.setQueryData(messageQueries.latest(conversationId).queryKey, (old) =>
      old
        ? {
            items: [stored, ...old.items.filter((m) => m.id !== stored.id)],
            total: (old.total ?? old.items.length) + 1,
          }
        : old,
    );
    outboxStore.get().messageStored(clientId);
    localFiles.delete(clientId);
    return { ok: true, message: stored };
  } catch (error) {
    const failed = describe(error);
    outboxStore.get().sendFailed(clientId, failed.error, failed.failure);
    // 409: the contact opted out meanwhile. Nothing changed by this send, so no mutation declares it:
    // the server told us the cached contact is out of date.
    if (isApiError(error) && error.status === 409) {
      void queryClient.invalidateQueries({ queryKey: conversationQueries.all() });
    }
    return { ok: false, ...failed };
  }
}

export function useSendMessage(conversationId: string) {
  const queryClient = useQueryClient();
  const owner = useSessionEmail();

  const deliver = useCallback((clientId: string) => deliverMessage(queryClient, clientId), [queryClient]);

  /** Queue and send. Text and attachments are the user's: they are in the outbox before any request. */
  const send = useCallback(
    (text: string, files: File[] = [], uploaded: OutgoingAttachment[] = []): Promise<SendResult> => {
      const clientId = crypto.randomUUID();
      const attachments: OutgoingAttachment[] = [
        ...uploaded,
        ...files.map((f) => ({ name: f.name, size: f.size, type: f.type, fileId: null })),
      ];
      // Uploaded attachments come first, so local files line up after them by index.
      if (files.length > 0) localFiles.set(clientId, [...uploaded.map(() => undefined), ...files]);
      outboxStore.get().messageQueued({
        clientId,
        owner,
        conversationId,
        text,
        attachments,
        createdAt: new Date().toISOString(),
        status: 'sending',
        error: null,
        failure: null,
      });
      return deliver(clientId);
    },
    [conversationId, deliver, owner],
  );

  /**
   * Send a message the carrier refused (stored with success: false) again, as a new message: a new
   * client_id, so the server stores a second attempt and the carrier sees it again (the same
   * client_id would only get the stored refusal back). Same text and images, so the thread shows it
   * in the refused one's place (`foldRetries`). Null when that message is already in the outbox.
   */
  const resend = useCallback(
    (message: Message): Promise<SendResult> | null => {
      const key = contentKey(
        message.text,
        message.files.map((f) => f.id),
      );
      const pending = Object.values(outboxStore.get().outbox).some(
        (m) =>
          m.owner === owner &&
          m.conversationId === conversationId &&
          contentKey(
            m.text,
            m.attachments.map((a) => a.fileId),
          ) === key,
      );
      if (pending) return null;
      return send(
        message.text,
        [],
        message.files.map((f, i) => ({
          name: f.description ?? `Image ${String(i + 1)}`,
          size: 0,
          type: '',
          fileId: f.id,
        })),
      );
    },
    [send, owner, conversationId],
  );

  const retry = deliver;
  const discard = useCallback((clientId: string) => {
    outboxStore.get().messageDiscarded(clientId);
    localFiles.delete(clientId);
  }, []);

  return { send, retry, resend, discard };
}
