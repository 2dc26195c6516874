// The Schedule dialog's unfinished content and the state of a Google consent round trip. Persisted in
// sessionStorage: it survives the trip to Google and back and a reload in the middle, stays in this tab
// and goes when the tab closes (the draft may hold a meeting password).
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

import type { ConsentResult } from '@/api/google-consent';

/** What the user typed, as plain data: times are wall-clock local date-times in `time_zone`. */
export interface ScheduleDraft {
  title_meet: string;
  summary: string;
  description: string;
  start: string | null;
  end: string | null;
  time_zone: string;
  attendees: string[];
  password: string;
}

/** `pending`: the browser went to Google; the others: what the return URL said. */
export type ConsentPhase = 'pending' | ConsentResult;

interface DraftState {
  draft: ScheduleDraft | null;
  consent: ConsentPhase | null;
  draftChanged: (draft: ScheduleDraft) => void;
  consentStarted: (draft: ScheduleDraft) => void;
  consentReturned: (result: ConsentResult) => void;
  /** The dialog was closed: the draft stays for next time, the round trip is over. */
  dialogClosed: (draft: ScheduleDraft) => void;
  meetingScheduled: () => void;
  draftDiscarded: () => void;
}

export const SCHEDULE_DRAFT_STORAGE_KEY = 'ringplan.meet.schedule-draft';
const VERSION = 1;

const PHASES: readonly ConsentPhase[] = ['pending', 'connected', 'denied', 'wrong_account'];

function isDraft(value: unknown): value is ScheduleDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    typeof draft.title_meet === 'string' &&
    typeof draft.summary === 'string' &&
    typeof draft.description === 'string' &&
    typeof draft.time_zone === 'string' &&
    typeof draft.password === 'string' &&
    Array.isArray(draft.attendees) &&
    draft.attendees.every((a) => typeof a === 'string') &&
    (draft.start === null || typeof draft.start === 'string') &&
    (draft.end === null || typeof draft.end === 'string')
  );
}

/** Reads whatever an older or tampered copy holds; anything unreadable is dropped, never half-used. */
export function migrateScheduleDraft(persisted: unknown): Pick<DraftState, 'draft' | 'consent'> {
  const state = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Record<string, unknown>;
  const draft = isDraft(state.draft) ? state.draft : null;
  const consent = draft && PHASES.includes(state.consent as ConsentPhase) ? (state.consent as ConsentPhase) : null;
  return { draft, consent };
}

const useScheduleDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      draft: null,
      consent: null,
      draftChanged: (draft) => {
        set({ draft });
      },
      consentStarted: (draft) => {
        set({ draft, consent: 'pending' });
      },
      consentReturned: (result) => {
        set((state) => (state.draft ? { consent: result } : { consent: null }));
      },
      dialogClosed: (draft) => {
        set({ draft, consent: null });
      },
      meetingScheduled: () => {
        set({ draft: null, consent: null });
      },
      draftDiscarded: () => {
        set({ draft: null, consent: null });
      },
    }),
    {
      name: SCHEDULE_DRAFT_STORAGE_KEY,
      version: VERSION,
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ draft: state.draft, consent: state.consent }),
      migrate: (persisted) => migrateScheduleDraft(persisted),
      merge: (persisted, current) => ({ ...current, ...migrateScheduleDraft(persisted) }),
    },
  ),
);

export const useScheduleDraft = () => useScheduleDraftStore((s) => s.draft);
export const useConsentPhase = () => useScheduleDraftStore((s) => s.consent);
export const useScheduleDraftActions = () => {
  const draftChanged = useScheduleDraftStore((s) => s.draftChanged);
  const consentStarted = useScheduleDraftStore((s) => s.consentStarted);
  const consentReturned = useScheduleDraftStore((s) => s.consentReturned);
  const dialogClosed = useScheduleDraftStore((s) => s.dialogClosed);
  const meetingScheduled = useScheduleDraftStore((s) => s.meetingScheduled);
  const draftDiscarded = useScheduleDraftStore((s) => s.draftDiscarded);
  return { draftChanged, consentStarted, consentReturned, dialogClosed, meetingScheduled, draftDiscarded };
};

/** For tests and for reading outside React. */
export const scheduleDraftStore = {
  get: () => useScheduleDraftStore.getState(),
  reset: () => {
    useScheduleDraftStore.setState({ draft: null, consent: null });
  },
  rehydrate: () => useScheduleDraftStore.persist.rehydrate(),
};
