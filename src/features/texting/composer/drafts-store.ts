// The unsent text of each conversation, per user, persisted so it survives reloads and a session that
// ended and was renewed. Signing out forgets it (src/main.tsx): nothing of a user stays in the browser.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

interface DraftsState {
  /** `${email}|${conversationId}` → text. */
  drafts: Record<string, string>;
  draftChanged: (owner: string, conversationId: string, text: string) => void;
  draftSent: (owner: string, conversationId: string) => void;
}

export const DRAFTS_STORAGE_KEY = 'ringplan.texting.drafts';

const draftKey = (owner: string, conversationId: string) => `${owner.toLowerCase()}|${conversationId}`;

function without(drafts: Record<string, string>, key: string): Record<string, string> {
  const { [key]: _removed, ...rest } = drafts;
  return rest;
}

const useDraftsStore = create<DraftsState>()(
  persist(
    (set) => ({
      drafts: {},
      draftChanged: (owner, conversationId, text) =>
        set((s) => {
          const key = draftKey(owner, conversationId);
          // An emptied draft is no draft: don't keep empty strings around forever.
          return { drafts: text === '' ? without(s.drafts, key) : { ...s.drafts, [key]: text } };
        }),
      draftSent: (owner, conversationId) =>
        set((s) => ({ drafts: without(s.drafts, draftKey(owner, conversationId)) })),
    }),
    {
      name: DRAFTS_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ drafts: s.drafts }),
      migrate: (persisted, version) => {
        // Version 0 never shipped; an unknown shape starts empty rather than crash the composer.
        if (version !== 1) return { drafts: {} };
        return persisted;
      },
    },
  ),
);

export const useDraft = (owner: string, conversationId: string) =>
  useDraftsStore((s) => s.drafts[draftKey(owner, conversationId)] ?? '');

export const useDraftActions = () => ({
  draftChanged: useDraftsStore((s) => s.draftChanged),
  draftSent: useDraftsStore((s) => s.draftSent),
});

export const draftsStore = {
  get: () => useDraftsStore.getState(),
  rehydrate: () => useDraftsStore.persist.rehydrate(),
  reset: () => useDraftsStore.setState({ drafts: {} }),
};
