// What the create answers tell only once: a private meeting's password, the moderator's link and the
// invitation's iCalendar text. The events list never returns them, so this tab keeps them (in
// sessionStorage, gone when the tab closes) for the row details of meetings created here.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

import type { CreatedHistoryEvent, CreatedScheduledEvent } from '@/features/meet/meet-api';

export interface CreatedMeetingFacts {
  password?: string;
  moderatorLink?: string;
  moderatorPassword?: string;
  /** The iCalendar text from the create answer (scheduled meetings). */
  cal?: string;
}

interface CreatedMeetingsState {
  byMeetingId: Record<string, CreatedMeetingFacts>;
  meetingCreated: (meetingId: string, facts: CreatedMeetingFacts) => void;
}

const VERSION = 1;

const useCreatedMeetingsStore = create<CreatedMeetingsState>()(
  persist(
    (set) => ({
      byMeetingId: {},
      meetingCreated: (meetingId, facts) => {
        set((state) => ({ byMeetingId: { ...state.byMeetingId, [meetingId]: facts } }));
      },
    }),
    {
      name: 'ringplan.meet.created',
      version: VERSION,
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ byMeetingId: state.byMeetingId }),
      migrate: (persisted) => {
        const value = (persisted as { byMeetingId?: unknown } | null)?.byMeetingId;
        return {
          byMeetingId:
            typeof value === 'object' && value !== null ? (value as Record<string, CreatedMeetingFacts>) : {},
        };
      },
    },
  ),
);

export const useCreatedMeeting = (meetingId: string | undefined) =>
  useCreatedMeetingsStore((s) => (meetingId ? s.byMeetingId[meetingId] : undefined));
export const useMeetingCreated = () => useCreatedMeetingsStore((s) => s.meetingCreated);

/** The facts worth keeping from a create answer. */
export function factsFromCreated(
  created: CreatedHistoryEvent | CreatedScheduledEvent,
  password?: string,
): CreatedMeetingFacts {
  const event: Partial<CreatedScheduledEvent['event']> = created.event;
  return {
    password: event.password ?? (password || undefined),
    // The organizer's own token is a moderator's, except for a private scheduled meeting, whose
    // moderator gets a separate one.
    moderatorLink:
      event.mod_token_for_meet?.link_on_meet_with_token ??
      (created.is_private && event.event_type === 'scheduled'
        ? undefined
        : event.token_for_meet?.link_on_meet_with_token),
    moderatorPassword: event.mod_token_for_meet?.mod_password,
    cal: event.cal,
  };
}

export const createdMeetingsStore = {
  reset: () => {
    useCreatedMeetingsStore.setState({ byMeetingId: {} });
  },
};
