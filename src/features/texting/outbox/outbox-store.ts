// Outgoing messages the server has not stored yet (sending) or that could not be sent (failed). They
// are the user's unsent work, not server data, so they live here, persisted, until the server has
// the message (matched on client_id) or the user discards them. Entries belong to a user (email).
//
// Attachments: uploaded ones are kept by file id (they survive a reload); a File not uploaded yet is
// kept in memory only (`localFiles`), so after a reload such a message asks to be re-attached.
import { useMemo } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export interface OutgoingAttachment {
  name: string;
  size: number;
  type: string;
  /** Set once `POST /texting/files` took it. */
  fileId: string | null;
}

export type FailureKind = 'transient' | 'offline' | 'rejected' | 'missing-file';

export interface OutgoingMessage {
  clientId: string;
  owner: string;
  conversationId: string;
  text: string;
  attachments: OutgoingAttachment[];
  /** ISO time the user pressed Send. */
  createdAt: string;
  status: 'sending' | 'failed';
  error: string | null;
  /**
   * transient: network or 5xx, worth retrying; offline: sent without a network, it goes by itself
   * when the network is back (outbox-flush.ts); rejected: a 4xx the server gave a reason for;
   * missing-file: an image was not uploaded before a reload and must be attached again.
   */
  failure: FailureKind | null;
}

interface OutboxState {
  outbox: Record<string, OutgoingMessage>;
  messageQueued: (message: OutgoingMessage) => void;
  sendStarted: (clientId: string) => void;
  attachmentUploaded: (clientId: string, index: number, fileId: string) => void;
  sendFailed: (clientId: string, error: string, failure: FailureKind) => void;
  /** The server has it (answered, or it showed up in the thread): the stored one replaces it. */
  messageStored: (clientId: string) => void;
  messageDiscarded: (clientId: string) => void;
}

export const OUTBOX_STORAGE_KEY = 'ringplan.texting.outbox';

/** Files picked but not uploaded yet, by client id. Memory only: a File cannot be persisted. */
export const localFiles = new Map<string, (File | undefined)[]>();

const INTERRUPTED = 'The page was closed before the service confirmed this message.';

function update(state: OutboxState, clientId: string, change: Partial<OutgoingMessage>): Pick<OutboxState, 'outbox'> {
  const current = state.outbox[clientId];
  if (!current) return { outbox: state.outbox };
  return { outbox: { ...state.outbox, [clientId]: { ...current, ...change } } };
}

const useOutboxStore = create<OutboxState>()(
  persist(
    (set) => ({
      outbox: {},
      messageQueued: (message) => set((s) => ({ outbox: { ...s.outbox, [message.clientId]: message } })),
      sendStarted: (clientId) => set((s) => update(s, clientId, { status: 'sending', error: null, failure: null })),
      attachmentUploaded: (clientId, index, fileId) =>
        set((s) => {
          const current = s.outbox[clientId];
          if (!current) return s;
          const attachments = current.attachments.map((a, i) => (i === index ? { ...a, fileId } : a));
          return update(s, clientId, { attachments });
        }),
      sendFailed: (clientId, error, failure) => set((s) => update(s, clientId, { status: 'failed', error, failure })),
      messageStored: (clientId) =>
        set((s) => {
          if (!(clientId in s.outbox)) return s;
          const { [clientId]: _stored, ...rest } = s.outbox;
          return { outbox: rest };
        }),
      messageDiscarded: (clientId) =>
        set((s) => {
          const { [clientId]: _discarded, ...rest } = s.outbox;
          return { outbox: rest };
        }),
    }),
    {
      name: OUTBOX_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ outbox: s.outbox }),
      migrate: (persisted, version) => {
        if (version !== 1) return { outbox: {} };
        return persisted;
      },
      // A message still "sending" when this page started was interrupted by a reload or a closed tab.
      merge: (persisted, current) => {
        const saved = (persisted as { outbox?: Record<string, OutgoingMessage> } | undefined)?.outbox ?? {};
        const outbox = Object.fromEntries(
          Object.entries(saved).map(([id, m]) => [
            id,
            m.status === 'sending'
              ? { ...m, status: 'failed' as const, error: INTERRUPTED, failure: 'transient' as const }
              : m,
          ]),
        );
        return { ...current, outbox };
      },
    },
  ),
);

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === OUTBOX_STORAGE_KEY) void useOutboxStore.persist.rehydrate();
  });
}

/** This user's unsent messages of one conversation, oldest first. */
export function useOutgoingMessages(owner: string, conversationId: string): OutgoingMessage[] {
  const outbox = useOutboxStore((s) => s.outbox);
  return useMemo(
    () =>
      Object.values(outbox)
        .filter((m) => m.owner === owner && m.conversationId === conversationId)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [outbox, owner, conversationId],
  );
}

/** Conversation ids with at least one failed message of this user (the list's "Not sent" marker). */
export function useFailedConversationIds(owner: string): Set<string> {
  const outbox = useOutboxStore((s) => s.outbox);
  return useMemo(
    () =>
      new Set(
        Object.values(outbox)
          .filter((m) => m.owner === owner && m.status === 'failed')
          .map((m) => m.conversationId),
      ),
    [outbox, owner],
  );
}

export const useOutboxActions = () => ({
  messageQueued: useOutboxStore((s) => s.messageQueued),
  sendStarted: useOutboxStore((s) => s.sendStarted),
  attachmentUploaded: useOutboxStore((s) => s.attachmentUploaded),
  sendFailed: useOutboxStore((s) => s.sendFailed),
  messageStored: useOutboxStore((s) => s.messageStored),
  messageDiscarded: useOutboxStore((s) => s.messageDiscarded),
});

/** For the send logic (reads the latest entry between awaits) and tests. */
export const outboxStore = {
  get: () => useOutboxStore.getState(),
  rehydrate: () => useOutboxStore.persist.rehydrate(),
  reset: () => {
    useOutboxStore.setState({ outbox: {} });
    localFiles.clear();
  },
};
