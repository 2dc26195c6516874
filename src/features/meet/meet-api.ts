// Meet's calls and their query-options factories: the events lists, creating meetings (hooks that
// declare what they make out of date), and the public room calls of the password page.
import { queryOptions, useMutation } from '@tanstack/react-query';

import { publicSsp, readPage, ssp } from '@/api/clients';
import { queryKeys, type MutationCallbacks } from '@/api/query-keys';
import type { components } from '@/api/schema/ssp';

export type CalendarEvent = components['schemas']['CalendarEvent'];
export type CreatedHistoryEvent = components['schemas']['CreatedHistoryEvent'];
export type CreatedScheduledEvent = components['schemas']['CreatedScheduledEvent'];
export type HistoryEventInput = components['schemas']['HistoryEventInput'];
export type ScheduledEventInput = components['schemas']['ScheduledEventInput'];
export type Room = components['schemas']['Room'];

export type EventsTab = 'scheduled' | 'history';

export interface EventsListParams {
  tab: EventsTab;
  /** From 1. */
  page: number;
  size: number;
  /** ISO dates (`2026-12-01`), inclusive. */
  from?: string;
  to?: string;
}

async function fetchEvents(params: EventsListParams, signal: AbortSignal) {
  return readPage(
    ssp().GET('/meet/calendar/events', {
      params: {
        query: {
          event_type: params.tab,
          page: params.page,
          per_page: params.size,
          ...(params.from ? { date_from: params.from } : {}),
          // `date_to` is compared with start date-times: the whole last day counts.
          ...(params.to ? { date_to: `${params.to}T23:59:59` } : {}),
        },
      },
      signal,
    }),
  );
}

export const eventQueries = {
  all: () => queryKeys.events.all,
  lists: () => [...queryKeys.events.all, 'list'] as const,
  list: (params: EventsListParams) =>
    queryOptions({
      queryKey: [...eventQueries.lists(), params] as const,
      queryFn: ({ signal }) => fetchEvents(params, signal),
    }),
  room: (meetingId: string) =>
    queryOptions({
      queryKey: [...queryKeys.events.all, 'room', meetingId] as const,
      queryFn: async ({ signal }) =>
        (await publicSsp().GET('/meet/rooms/{meeting_id}', { params: { path: { meeting_id: meetingId } }, signal }))
          .data,
      staleTime: 60_000,
    }),
};

export async function createHistoryEvent(body: HistoryEventInput): Promise<CreatedHistoryEvent> {
  return (await ssp().POST('/meet/calendar/event/history', { body })).data;
}

export async function createScheduledEvent(body: ScheduledEventInput): Promise<CreatedScheduledEvent> {
  return (await ssp().POST('/meet/calendar/event/scheduled', { body })).data;
}

/** Starting a meeting now; `tab` is the window opened in the click, for the caller's callbacks. */
export function useStartMeeting(callbacks: MutationCallbacks<CreatedHistoryEvent, StartMeetingVariables>) {
  return useMutation({
    ...callbacks,
    mutationFn: ({ body }) => createHistoryEvent(body),
    meta: { invalidates: [queryKeys.events.all] },
  });
}

export interface StartMeetingVariables {
  body: HistoryEventInput;
  tab: Window | null;
}

export function useScheduleMeeting(callbacks: MutationCallbacks<CreatedScheduledEvent, ScheduledEventInput>) {
  return useMutation({ ...callbacks, mutationFn: createScheduledEvent, meta: { invalidates: [queryKeys.events.all] } });
}

export async function joinRoom(meetingId: string, password: string) {
  const { data } = await publicSsp().POST('/meet/rooms/{meeting_id}/join', {
    params: { path: { meeting_id: meetingId } },
    body: { password },
  });
  return data;
}

/** The exact detail the API sends while the user has not granted Google Calendar access. */
export const NO_GOOGLE_CREDENTIALS = 'This acc doesn`t have credentials for google app';

/** The signed-in organizer's own way in, as moderator and without the password (404 where the service lacks it). */
export async function joinRoomAsOrganizer(meetingId: string) {
  const { data } = await ssp().POST('/meet/rooms/{meeting_id}/join-as-organizer', {
    params: { path: { meeting_id: meetingId } },
  });
  return data;
}
