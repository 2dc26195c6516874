// How far each user has seen each conversation, kept in this browser (IndexedDB) and shared by the
// user's tabs. A mark is the newest message the user had on screen in the open thread; the baseline
// is the time up to which everything counts as seen on a browser that had no marks yet (see
// docs/decisions.md, "Unread"). Texting computes unread counts from these; sign-out removes them all.
// Here rather than in texting because sign-out (this folder) clears them and features cannot be imported.
import { clear, createStore, get, update, type UseStore } from 'idb-keyval';
import { useEffect } from 'react';
import { create } from 'zustand';

import { sessionStore } from '@/api/session-store';
import { onForgetUserData } from '@/api/user-data';
import { parseServerTime } from '@/lib/server-time';

/** A message the user has seen: its id and `created_at` (server time). */
export interface SeenMark {
  id: string;
  at: string;
}

export interface SeenRecord {
  /** Inbound messages at or before this server time are seen where a conversation has no mark. */
  baseline: string | null;
  conversations: Record<string, SeenMark>;
}

const DB_NAME = 'ringplan-seen';
const STORE_NAME = 'positions';
const CHANNEL_NAME = 'ringplan-seen';

type Signal = { type: 'changed'; owner: string } | { type: 'cleared' };

let idbStore: UseStore | null = null;
function store(): UseStore | null {
  if (typeof indexedDB === 'undefined') return null;
  idbStore ??= createStore(DB_NAME, STORE_NAME);
  return idbStore;
}

/** Marks only move forward: a later message, or the same instant seen again (the newer tab's view). */
function laterMark(current: SeenMark | undefined, next: SeenMark): SeenMark {
  if (!current) return next;
  return parseServerTime(next.at).getTime() >= parseServerTime(current.at).getTime() ? next : current;
}

function keyOf(owner: string): string {
  return owner.trim().toLowerCase();
}

interface MemoryState {
  /** Per user (lowercased email): absent while loading, null when this browser has no record yet. */
  records: Record<string, SeenRecord | null>;
}

const useMemory = create<MemoryState>()(() => ({ records: {} }));
const loading = new Map<string, Promise<void>>();

function setRecord(owner: string, record: SeenRecord | null): void {
  useMemory.setState((s) => ({ records: { ...s.records, [owner]: record } }));
}

let channel: BroadcastChannel | null = null;
function signal(message: Signal): void {
  channel?.postMessage(message);
}

/** Reads a user's record from IndexedDB into memory (once at a time per user). */
function load(owner: string): Promise<void> {
  const pending = loading.get(owner);
  if (pending) return pending;
  const idb = store();
  const done = (idb ? get<SeenRecord>(owner, idb) : Promise.resolve(undefined))
    .then(
      (record) => setRecord(owner, record ?? null),
      // No IndexedDB (a locked-down browser): marks live in memory for this tab.
      () => {
        if (!(owner in useMemory.getState().records)) setRecord(owner, null);
      },
    )
    .finally(() => loading.delete(owner));
  loading.set(owner, done);
  return done;
}

function listen(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<Signal>) => {
    const message = event.data;
    if (message.type === 'cleared') {
      // The tab that signed out wrote the session away first: take that now, before the storage event,
      // so this tab does not start a new record for the user who just left.
      void sessionStore.rehydrate();
      resetSeenMemory();
    } else if (message.owner in useMemory.getState().records) void load(message.owner);
  };
}

/** The user's record: undefined while it loads, null when this browser has none yet. */
export function useSeenRecord(email: string): SeenRecord | null | undefined {
  const owner = keyOf(email);
  const record = useMemory((s) => s.records[owner]);
  const missing = record === undefined;
  useEffect(() => {
    if (!owner || !missing) return;
    listen();
    void load(owner);
  }, [owner, missing]);
  return owner ? record : undefined;
}

/**
 * The user saw `mark` in the conversation. Ignored until the user's record exists (the baseline
 * comes first, or a first thread opened would leave every other conversation's history unread).
 */
export async function markSeen(email: string, conversationId: string, mark: SeenMark): Promise<void> {
  const owner = keyOf(email);
  const current = useMemory.getState().records[owner];
  if (!current) return;
  const kept = laterMark(current.conversations[conversationId], mark);
  if (kept === current.conversations[conversationId]) return;
  setRecord(owner, { ...current, conversations: { ...current.conversations, [conversationId]: kept } });
  const idb = store();
  if (!idb) return;
  try {
    await update<SeenRecord>(
      owner,
      (old) => {
        const base = old ?? current;
        return {
          ...base,
          conversations: {
            ...base.conversations,
            [conversationId]: laterMark(base.conversations[conversationId], mark),
          },
        };
      },
      idb,
    );
    signal({ type: 'changed', owner });
  } catch {
    // Not kept across reloads this time; the screen already shows it seen.
  }
}

/** The first record of a user on this browser; another tab's, if it was first, is kept instead. */
export async function startSeenRecord(email: string, record: SeenRecord): Promise<void> {
  const owner = keyOf(email);
  if (useMemory.getState().records[owner]) return;
  if (keyOf(sessionStore.get().session?.email ?? '') !== owner) return;
  const idb = store();
  if (!idb) {
    setRecord(owner, record);
    return;
  }
  try {
    await update<SeenRecord>(owner, (old) => old ?? record, idb);
    loading.delete(owner);
    await load(owner);
    signal({ type: 'changed', owner });
  } catch {
    setRecord(owner, record);
  }
}

/** Removes every user's seen positions from this browser and from every tab's memory (sign-out). */
export async function clearSeenPositions(): Promise<void> {
  useMemory.setState({ records: {} });
  loading.clear();
  signal({ type: 'cleared' });
  const idb = store();
  if (idb) await clear(idb);
}

// Sign-out forgets them with the rest of the user's data. This module loads with the signed-in frame
// (the inbox watcher), so it is registered wherever a user can sign out.
onForgetUserData(clearSeenPositions);

/** For tests: forget what memory holds, as a fresh tab would. */
export function resetSeenMemory(): void {
  useMemory.setState({ records: {} });
  loading.clear();
}

/** For tests and non-React code. */
export function seenRecordOf(email: string): SeenRecord | null | undefined {
  return useMemory.getState().records[keyOf(email)];
}

/** For tests and non-React code: reads the user's record from IndexedDB into memory. */
export function loadSeenRecord(email: string): Promise<void> {
  listen();
  return load(keyOf(email));
}
