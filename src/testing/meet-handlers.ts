// A small in-memory Meet backend for unit tests: events lists with paging, creating meetings (with or
// without Google credentials), the user's profile, and the public room calls with limited tries.
import type { components } from '@/api/schema/ssp';
import { sspHttp } from '@/testing/http';

type CalendarEvent = components['schemas']['CalendarEvent'];
type User = components['schemas']['User'];

let sequence = 0;

export function eventFixture(
  overrides: { event?: Partial<CalendarEvent['event']> } & Partial<Omit<CalendarEvent, 'event'>> = {},
): CalendarEvent {
  sequence += 1;
  const meetingId = String(130725076 + sequence);
  const { event, ...rest } = overrides;
  return {
    _id: `5fa524b9565ed0340a69f${String(sequence).padStart(3, '0')}`,
    is_private: false,
    organizer_email: 'demo@example.com',
    organizer_id: '5f88615e8fbe62b6282f9237',
    ...rest,
    event: {
      attendees: ['guest@example.com'],
      date_start: '2026-12-01T09:30:00',
      date_end: '2026-12-01T10:00:00',
      description: 'Test Scheduled Description',
      event_type: 'scheduled',
      google_event_id: 'q4iud8eohh4fk38eslp263h108',
      link_on_meet: `http://localhost:5173/meet/${meetingId}`,
      meeting_id: meetingId,
      summary: 'Test Scheduled Summary',
      timeZone: 'Etc/GMT+0',
      title_meet: 'Test Scheduled Title',
      ...event,
    },
  };
}

export function meetUserFixture(overrides: Partial<User> = {}): User {
  return {
    id: 'a1b2c3d4e5f6a1b2c3d4e5f6',
    email: 'demo@example.com',
    first_name: 'Demo',
    last_name: 'User',
    company: 'Demo Company',
    company_id: 'c0ffeec0ffeec0ffeec0ffee',
    mobile: null,
    timezone: 'Europe/Chisinau',
    google_calendar_connected: false,
    meet_minutes_used: 0,
    meet_minutes_limit: 200,
    ...overrides,
  };
}

export interface MeetBackendOptions {
  events?: CalendarEvent[];
  user?: User;
  googleConnected?: boolean;
  rooms?: {
    meeting_id: string;
    title_meet: string;
    is_private: boolean;
    date_start: string;
    timeZone: string;
    password?: string;
    organizer?: boolean;
  }[];
  attempts?: number;
}

/** Handlers over shared state; tests read `state` to see what was created. */
export function meetBackend(options: MeetBackendOptions = {}) {
  const state = {
    events: [...(options.events ?? [])],
    user: options.user ?? meetUserFixture(),
    googleConnected: options.googleConnected ?? false,
    scheduledBodies: [] as components['schemas']['ScheduledEventInput'][],
    historyBodies: [] as components['schemas']['HistoryEventInput'][],
    listRequests: [] as URLSearchParams[],
    attemptsLeft: options.attempts ?? 5,
  };
  const rooms = options.rooms ?? [];

  const handlers = [
    sspHttp.get('/users/me', ({ response }) => response(200).json(state.user)),
    sspHttp.get('/meet/calendar/events', ({ request, response }) => {
      const url = new URL(request.url);
      state.listRequests.push(url.searchParams);
      const type = url.searchParams.get('event_type') ?? 'scheduled';
      const page = Number(url.searchParams.get('page') ?? 1);
      const size = Number(url.searchParams.get('per_page') ?? 20);
      const from = url.searchParams.get('date_from');
      const to = url.searchParams.get('date_to');
      const matching = state.events.filter(
        (e) =>
          e.event.event_type === type && (!from || e.event.date_start >= from) && (!to || e.event.date_start <= to),
      );
      return response(200).json(matching.slice((page - 1) * size, page * size), {
        headers: { 'X-Total-Count': String(matching.length) },
      });
    }),
    sspHttp.post('/meet/calendar/event/history', async ({ request, response }) => {
      const body = await request.json();
      state.historyBodies.push(body);
      const row = eventFixture({
        is_private: Boolean(body.password),
        event: {
          event_type: 'history',
          attendees: [],
          google_event_id: null,
          title_meet: body.title_meet,
          summary: body.summary,
          description: body.description,
          date_start: body.start_time,
          date_end: body.end_time,
          timeZone: body.time_zone,
        },
      });
      state.events.unshift(row);
      const token = {
        exp: 2,
        iat: 1,
        room: row.event.meeting_id,
        token: 'jwt',
        link_on_meet_with_token: `http://room.test/${row.event.meeting_id}?jwt=jwt`,
      };
      return response(201).json({ ...row, event: { ...row.event, token_for_meet: token } });
    }),
    sspHttp.post('/meet/calendar/event/scheduled', async ({ request, response }) => {
      if (!state.googleConnected) {
        return response(404).json({
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          detail: 'This acc doesn`t have credentials for google app',
        });
      }
      const body = await request.json();
      state.scheduledBodies.push(body);
      const row = eventFixture({
        is_private: Boolean(body.password),
        event: {
          attendees: body.attendees.map((a) => a.email),
          title_meet: body.title_meet,
          summary: body.summary,
          description: body.description,
          date_start: body.start_time,
          date_end: body.end_time,
          timeZone: body.time_zone,
        },
      });
      state.events.unshift(row);
      const token = {
        exp: 2,
        iat: 1,
        room: row.event.meeting_id,
        token: 'jwt',
        link_on_meet_with_token: `http://room.test/${row.event.meeting_id}?jwt=guest`,
      };
      return response(201).json({
        ...row,
        event: {
          ...row.event,
          cal: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n',
          text_for_event: '<b>Meeting link</b>',
          token_for_meet: token,
          ...(body.password
            ? {
                password: body.password,
                mod_token_for_meet: {
                  ...token,
                  mod_password: 'mod-secret',
                  link_on_meet_with_token: `http://room.test/${row.event.meeting_id}?jwt=mod`,
                },
              }
            : {}),
        },
      });
    }),
    sspHttp.get('/meet/app/calendar/get-auth-url', ({ query, response }) =>
      response(200).json({
        auth_url: `http://google.test/consent?redirect_uri=${encodeURIComponent(query.get('redirect_uri') ?? '/meet')}`,
      }),
    ),
    sspHttp.get('/meet/rooms/{meeting_id}', ({ params, response }) => {
      const room = rooms.find((r) => r.meeting_id === params.meeting_id);
      if (!room)
        return response(404).json({
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          detail: 'No meeting with this id.',
        });
      return response(200).json({
        meeting_id: room.meeting_id,
        title_meet: room.title_meet,
        is_private: room.is_private,
        date_start: room.date_start,
        timeZone: room.timeZone,
      });
    }),
    // The signed-in user organizes the rooms marked `organizer`.
    sspHttp.post('/meet/rooms/{meeting_id}/join-as-organizer', ({ params, request, response }) => {
      const room = rooms.find((r) => r.meeting_id === params.meeting_id);
      if (!room)
        return response(404).json({
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          detail: 'No meeting with this id.',
        });
      if (!request.headers.get('authorization'))
        return response(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'No token.' });
      if (!room.organizer)
        return response(403).json({
          type: 'about:blank',
          title: 'Forbidden',
          status: 403,
          detail: 'Only the organizer of this meeting joins it without its password.',
        });
      return response(200).json({ link_on_meet_with_token: `http://room.test/meet-room/${room.meeting_id}?jwt=mod` });
    }),
    sspHttp.post('/meet/rooms/{meeting_id}/join', async ({ params, request, response }) => {
      const room = rooms.find((r) => r.meeting_id === params.meeting_id);
      if (!room)
        return response(404).json({
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          detail: 'No meeting with this id.',
        });
      const { password } = await request.json();
      const link = `http://room.test/meet-room/${room.meeting_id}?jwt=guest`;
      if (!room.is_private || password === room.password) return response(200).json({ link_on_meet_with_token: link });
      if (state.attemptsLeft <= 0) {
        return response(429).json(
          {
            type: 'about:blank',
            title: 'Too Many Requests',
            status: 429,
            detail: 'Too many wrong passwords. Try again later.',
            retry_after: 300,
          },
          { headers: { 'Retry-After': '300' } },
        );
      }
      state.attemptsLeft -= 1;
      return response(403).json({
        type: 'about:blank',
        title: 'Forbidden',
        status: 403,
        detail: 'Wrong password.',
        attempts_left: state.attemptsLeft,
      });
    }),
  ];
  return { handlers, state };
}
