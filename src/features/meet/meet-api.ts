// Meet's calls and their query-options factories: the events lists, the signed-in user's profile (for
// the default zone and the email Google consent must use), creating meetings, and the public room calls
// of the password page.
import { queryOptions } from '@tanstack/react-query';

import { publicSsp, ssp, unwrap, unwrapPage } from '@/api/clients';
import { meQuery } from '@/api/me-query';
import { queryRoots } from '@/api/query-keys';
import type { components } from '@/api/schema/ssp';

export type CalendarEvent = components['schemas']['CalendarEvent'];
export type CreatedHistoryEvent = components['schemas']['CreatedHistoryEvent'];
export type CreatedScheduledEvent = components['schemas']['CreatedScheduledEvent'];
export type HistoryEventInput = components['schemas']['HistoryEventInput'];
export type ScheduledEventInput = components['schemas']['ScheduledEventInput'];
export type Room = components['schemas']['Room'];
export type User = components['schemas']['User'];

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
  return unwrapPage(
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
  all: () => [...queryRoots.events] as const,
  lists: () => [...queryRoots.events, 'list'] as const,
  list: (params: EventsListParams) =>
    queryOptions({
      queryKey: [...eventQueries.lists(), params] as const,
      queryFn: ({ signal }) => fetchEvents(params, signal),
    }),
  room: (meetingId: string) =>
    queryOptions({
      queryKey: [...queryRoots.events, 'room', meetingId] as const,
      queryFn: ({ signal }) =>
        unwrap(publicSsp().GET('/meet/rooms/{meeting_id}', { params: { path: { meeting_id: meetingId } }, signal })),
      staleTime: 60_000,
    }),
};

export const meQueries = { profile: meQuery };

export function createHistoryEvent(body: HistoryEventInput): Promise<CreatedHistoryEvent> {
  return unwrap(ssp().POST('/meet/calendar/event/history', { body }));
}

export function createScheduledEvent(body: ScheduledEventInput): Promise<CreatedScheduledEvent> {
  return unwrap(ssp().POST('/meet/calendar/event/scheduled', { body }));
}

export function joinRoom(meetingId: string, password: string) {
  return unwrap(
    publicSsp().POST('/meet/rooms/{meeting_id}/join', {
      params: { path: { meeting_id: meetingId } },
      body: { password },
    }),
  );
}

/** The exact detail the API sends while the user has not granted Google Calendar access. */
export const NO_GOOGLE_CREDENTIALS = 'This acc doesn`t have credentials for google app';

/** The signed-in organizer's own way in, as moderator and without the password (404 where the service lacks it). */
export function joinRoomAsOrganizer(meetingId: string) {
  return unwrap(
    ssp().POST('/meet/rooms/{meeting_id}/join-as-organizer', { params: { path: { meeting_id: meetingId } } }),
  );
}
