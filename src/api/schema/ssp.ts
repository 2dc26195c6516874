// Generated from openapi/ssp.yaml by `npm run gen:api`; do not edit.
export interface paths {
    "/texting/numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the company's texting numbers
         * @description The company's texting numbers and, in `ownership`, the emails of the users who may text
         *     from each. An empty list means the company has no texting number configured (it is set
         *     up in RingPlan's web interface).
         *
         *     Sandbox only (decided by the portal team): a company registered in the sandbox gets one
         *     number at once, like a trial number, in the 555 area code, owned by the registering
         *     user, so the guide's first steps lead to a first SMS; `POST /dev/numbers` adds numbers
         *     and owners.
         */
        get: operations["listNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/texting/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Return filtered list of contacts
         * @description Decided by the portal team: the filters `search` and `number`, the order `sort`, paging, `X-Total-Count`.
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * Endpoint for creating a contact record
         * @description Contact creation. `contact_id` is required for conversation creation. `company_id` is
         *     added automatically. When the company already has a contact with that number, the
         *     answer is 200 "Contact already exist for company" with the existing contact, unchanged.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/texting/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The contact's id. */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /** Get one contact */
        get: operations["getContact"];
        /**
         * Update a contact
         * @description Replaces the contact's names and number. Decided by the portal team: 409 when another
         *     contact of the company already has the new number.
         */
        put: operations["updateContact"];
        post?: never;
        /**
         * Delete a contact
         * @description Decided by the portal team: 204. The contact's conversations and messages are deleted
         *     with it.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/texting/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversations
         * @description Object represent information about communication between number and contact. Decided by
         *     the portal team: paging, `search`, `X-Total-Count`; the newest `updated_at` first.
         */
        get: operations["listConversations"];
        put?: never;
        /**
         * Create a conversation
         * @description Starts a conversation between a company number and a contact. Decided by the portal
         *     team: 201 with the new one; 200 with the existing one when that pair already has one;
         *     404 when the contact does not exist; 403 when `from_number` is not a company number the
         *     user may text from (its `ownership`).
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/texting/conversations/{conversation_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation's id. */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * List the messages of a conversation
         * @description Newest first. Decided by the portal team, `X-Total-Count`.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send an outbound SMS or MMS message
         * @description Sends and stores a message; the answer is the stored message. `success: false` means the
         *     carrier did not take it (decided by the portal team: with the reason in `error`; in the
         *     sandbox, sends to `5550000000` fail this way). Decided by the portal team: MMS adds
         *     `files` (ids from `POST /texting/files`); `client_id` is echoed back on the stored
         *     message; 409 when the contact has opted out (texted `STOP`); 403 when the user may not
         *     text from the conversation's number. Sends are idempotent by `client_id`: the same
         *     `client_id` again in the same conversation (a retry after a lost answer) answers 200 with
         *     the message already stored, and sends nothing.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/texting/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file for an MMS
         * @description Decided by the portal team. Multipart upload, field `file` (image/jpeg, image/png,
         *     image/gif or image/webp; at most 5 MB), optional `description`. The answer's `id` goes
         *     into a message's `files`. 413 when the file is larger than 5 MB; 422 (field `file`) when
         *     it is missing or of another type.
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meet/calendar/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all events
         * @description The user's meetings. `event_type=scheduled` (the default) receives the events after now,
         *     `history` the events before now. Decided by the portal team: `X-Total-Count`; `date_from`
         *     and `date_to` are inclusive ISO dates (`2020-11-06`) or local date-times compared with
         *     the events' wall-clock `date_start`, or date-times with `Z` or an offset compared with
         *     the instant the events start.
         *
         *     Decided by the portal team, where "now" falls: it is the server's clock at the moment of
         *     this request, and the split is by time alone, `history` = `date_start` < now,
         *     `scheduled` = `date_start` ≥ now. So a meeting started now (`POST
         *     /meet/calendar/event/history`) is in `history` from the next request on; one whose
         *     `start_time` was accepted a little ahead of the server's clock (the 2-minute tolerance of
         *     the creation rules) is listed under `scheduled` until that moment passes; and a scheduled
         *     meeting moves to `history` once it has started. The event's own `event_type` field keeps
         *     how it was created, so `history` lists may hold events whose `event_type` is
         *     `scheduled`. History is newest first, scheduled soonest first.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meet/calendar/event/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a history event
         * @description Starts a meeting now. `start_time` must equal `end_time`, must not be in the future and
         *     not more than 48 hours in the past (the guide's pseudo-code says 24 hours, its text 48;
         *     decided by the portal team: 48). A `password` makes the meeting private. The answer
         *     carries `token_for_meet`, whose `link_on_meet_with_token` opens the room.
         */
        post: operations["createHistoryEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meet/calendar/event/scheduled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a scheduled event
         * @description Creates a scheduled appointment in the organizer's Google Calendar, which sends the
         *     invitations. A `password` makes the meeting private; then the answer also carries the
         *     moderator's password, token and invitation text. 404 "This acc doesn`t have credentials
         *     for google app" until the user has granted calendar access (see
         *     `GET /meet/app/calendar/get-auth-url`).
         */
        post: operations["createScheduledEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meet/app/calendar/get-auth-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Google consent URL
         * @description The Google consent URL (`scope=…/auth/calendar`, `access_type=offline`) to send the
         *     browser to. The user must pick the Google account whose email is the one in their
         *     profile. After consent Google redirects to RingPlan's callback, which stores the
         *     credentials and sends the browser back to `redirect_uri` with `google=connected`,
         *     `google=denied` or `google=wrong_account` added to its query (decided by the portal
         *     team). The guide's call has no query; it is answered the same way, returning the browser
         *     to the app's Meet page.
         */
        get: operations["getGoogleAuthUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meet/rooms/{meeting_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The 9-digit meeting id. */
                meeting_id: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        /**
         * Public facts of a meeting
         * @description Decided by the portal team. Public; what the password page shows. Look-ups are limited
         *     per client address (in the sandbox 60 a minute, refilling one a second, counted together
         *     with `joinRoom` calls) so meeting ids cannot be enumerated: 429 with `Retry-After`.
         */
        get: operations["getRoom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meet/rooms/{meeting_id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The 9-digit meeting id. */
                meeting_id: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a meeting with its password
         * @description Decided by the portal team. Public. Checks the password (server side only) and answers
         *     the room link with a participant token. For a meeting that is not private the password
         *     is ignored (send ""). The organizer joins without the password through
         *     `joinRoomAsOrganizer`.
         *
         *     Wrong tries are limited where parallel requests cannot race them: each try is reserved
         *     (counted as wrong) before the password is checked, and judged against the limits then.
         *     Per meeting and client address: 5 wrong tries, then a lock of 5 minutes, and each next
         *     lock of that client on that meeting twice as long (10, 20, 40, then 60 minutes; the
         *     count of locks is forgotten a day after the last one). Per meeting, from all clients
         *     together: 20 wrong tries in any hour, then every try waits until the oldest of them is
         *     an hour old. Tries 1–4 of a client answer 403 with `attempts_left` counting down 4, 3,
         *     2, 1; the fifth wrong try answers 429 at once (it uses up the last try), with
         *     `retry_after` in seconds, also in the `Retry-After` header. While locked every try
         *     answers 429, the right password included, and is not checked. So 403 never carries
         *     `attempts_left: 0`. A right password gives its own try back and clears no count. The
         *     sandbox takes the client address from the connection (no proxy header is trusted).
         *     Calls count as look-ups too (see `getRoom`).
         */
        post: operations["joinRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meet/rooms/{meeting_id}/join-as-organizer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The 9-digit meeting id. */
                meeting_id: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The organizer joins their own meeting as moderator
         * @description Decided by the portal team. The signed-in organizer of the meeting (their id_token in
         *     `authorization`) gets the room link as moderator, for a private meeting too, with no
         *     password and no try counted. Anyone else gets 403. No body. Against a service without
         *     this operation the app gets 404 and shows the password page as to any guest.
         */
        post: operations["joinRoomAsOrganizer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description Decided by the portal team.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the signed-in user's profile
         * @description Decided by the portal team. Changes any of `first_name`, `last_name`, `mobile`, `timezone`.
         */
        patch: operations["updateMe"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A 24-hex id.
         * @example 5fa04b0816ce9ade1c20ad60
         */
        ObjectId: string;
        /**
         * @description A 10-digit national number.
         * @example 8123382823
         */
        PhoneNumber: string;
        /**
         * @description A 9-digit meeting id.
         * @example 249636791
         */
        MeetingId: string;
        /**
         * @description An ISO local date-time with no offset (`2020-11-17T12:17:16`, a fraction of a second
         *     allowed), read as wall-clock time in the accompanying IANA `time_zone`. Also accepted, as
         *     the guide's Swagger model writes it: a date-time with `Z` or an offset
         *     (`2020-10-18T12:17:16.153Z`, `2020-10-18T14:17:16+02:00`, at most ±14:00), which names an
         *     instant and is converted to `time_zone`. Either way the event is stored and answered as
         *     wall-clock time in `time_zone` (`date_start`, `date_end`); the fraction is dropped.
         * @example 2020-11-17T12:17:16
         */
        LocalDateTime: string;
        /**
         * @description Decided by the portal team: an ISO date (`2020-11-06`, the whole day) or an ISO local
         *     date-time with no offset, compared with the events' wall-clock `date_start`; or a
         *     date-time with `Z` or an offset (`2020-11-06T09:00:00Z`, `…+02:00`), compared with the
         *     instant the events start (UTC).
         * @example 2020-11-06
         */
        DateOrLocalDateTime: string;
        /**
         * @description The event's wall-clock time in its `timeZone`, ISO; the guide shows it without an offset
         *     (`2020-11-17T12:17:16`) in lists and with one (`2020-11-07T12:17:16+00:00`) when created.
         * @example 2020-11-17T12:17:16
         */
        EventDateTime: string;
        /**
         * @description An IANA time zone name.
         * @example Etc/GMT+0
         */
        TimeZone: string;
        TextingNumber: {
            company_id: components["schemas"]["ObjectId"];
            id: components["schemas"]["ObjectId"];
            number: components["schemas"]["PhoneNumber"];
            /** @description Emails of the users who may text from this number. */
            ownership: string[];
        };
        Contact: {
            company_id: components["schemas"]["ObjectId"];
            /** @example Matt */
            first_name: string;
            id: components["schemas"]["ObjectId"];
            /** @example Wiz */
            last_name: string;
            number: components["schemas"]["PhoneNumber"];
            /**
             * @description Decided by the portal team: true once the contact texted `STOP`; sends to them answer
             *     409.
             */
            opted_out: boolean;
        };
        /** @description Decided by the portal team: `first_name` must not be empty; names at most 100 characters. */
        ContactInput: {
            /** @example Test2 */
            first_name: string;
            /** @example Testerson */
            last_name: string;
            number: components["schemas"]["PhoneNumber"];
        };
        /** @description Decided by the portal team: the fields (the guide shows only the web page). */
        Conversation: {
            id: components["schemas"]["ObjectId"];
            company_id: components["schemas"]["ObjectId"];
            contact_id: components["schemas"]["ObjectId"];
            from_number: components["schemas"]["PhoneNumber"];
            contact: components["schemas"]["Contact"];
            /** @description The newest message, or null when there is none yet. */
            last_message: components["schemas"]["Message"] | null;
            updated_at: components["schemas"]["ServerTimestamp"];
        };
        ConversationInput: {
            contact_id: components["schemas"]["ObjectId"];
            from_number: components["schemas"]["PhoneNumber"];
        };
        /**
         * @description When the server stored it. The guide shows ISO date-times with no offset
         *     (`2020-11-02T18:41:03.447000`); decided by the portal team: they are UTC, and an
         *     offset, when present, is honoured.
         * @example 2020-11-02T18:41:03.447000
         */
        ServerTimestamp: string;
        Message: {
            conversation_id: components["schemas"]["ObjectId"];
            created_at: components["schemas"]["ServerTimestamp"];
            /** @enum {string} */
            direction: "outbound" | "inbound";
            files: components["schemas"]["TextingFile"][];
            frm: components["schemas"]["PhoneNumber"];
            id: components["schemas"]["ObjectId"];
            /**
             * @description Decided by the portal team: unguessable capability URLs of the message's media that an
             *     `<img>` loads without the authorization header.
             */
            media_urls: string[];
            /** @description False when the carrier did not take the message. */
            success: boolean;
            /** @example test */
            text: string;
            to: components["schemas"]["PhoneNumber"];
            /** @description Decided by the portal team: the `client_id` sent with the message, echoed back. */
            client_id?: string | null;
            /** @description Decided by the portal team: why the send failed, when `success` is false. */
            error?: string | null;
        };
        /**
         * @description Decided by the portal team: `text` at most 1600 characters; it may be empty only when
         *     `files` has at least one file id.
         */
        MessageInput: {
            /** @example Lorem ipsum dolor sit amet */
            text: string;
            /** @description Ids of files uploaded with `POST /texting/files` (makes it an MMS). */
            files?: components["schemas"]["ObjectId"][];
            /** @description The app's own id for the message, echoed back on the stored message. */
            client_id?: string;
        };
        TextingFile: {
            id: components["schemas"]["ObjectId"];
            company_id: components["schemas"]["ObjectId"];
            description: string | null;
        };
        CalendarEvent: {
            _id: components["schemas"]["ObjectId"];
            event: components["schemas"]["EventDetails"];
            /** @description True for a private (password) meeting. */
            is_private: boolean;
            /**
             * Format: email
             * @example kushnirvladislavv.testing@gmail.com
             */
            organizer_email: string;
            organizer_id: components["schemas"]["ObjectId"];
        };
        EventDetails: {
            /**
             * @description Attendees' emails; decided by the portal team: empty for history events.
             * @example [
             *       "v.kushnir@sentrinum.com"
             *     ]
             */
            attendees: string[];
            date_start: components["schemas"]["EventDateTime"];
            date_end: components["schemas"]["EventDateTime"];
            /**
             * @description User text; never render it as HTML.
             * @example Test Scheduled Description
             */
            description: string;
            /** @enum {string} */
            event_type: "history" | "scheduled";
            /**
             * @description The Google Calendar event id; decided by the portal team: null for history events.
             * @example q4iud8eohh4fk38eslp263h108
             */
            google_event_id: string | null;
            /**
             * @description Present for private meetings. An opaque digest of the meeting password: its algorithm
             *     and salt are the service's own, so the app cannot use it to check a password (and must
             *     not try); only `POST /meet/rooms/{meeting_id}/join` checks passwords. Its presence is
             *     no signal either: read `is_private`. (The guide's model example for a created history
             *     event names it `hash_password`.)
             * @example 8bb0cf6eb9b17d0f7d22b456f121257dc1254e1f01665370476383ea776df414
             */
            hash_pass?: string;
            /**
             * Format: uri
             * @description `<meet host>/<meeting_id>`. Decided by the portal team: `<app origin>/meet/<meeting_id>`,
             *     the app's page that opens the room or the password form.
             * @example https://meet.dev.ringplan.com/249636791
             */
            link_on_meet: string;
            meeting_id: components["schemas"]["MeetingId"];
            /** @example Test Scheduled Summary */
            summary: string;
            timeZone: components["schemas"]["TimeZone"];
            /** @example Test Scheduled Title */
            title_meet: string;
            /**
             * Format: uri
             * @description Decided by the portal team: the recording of a past meeting, when there is one (sent on lists only); the "Recording" column shows it when present. The sandbox serves its recorded demo meetings at `/meet-room/recordings/{recording_id}`.
             */
            recording_url?: string | null;
        };
        TokenForMeet: {
            /**
             * @description Unix seconds.
             * @example 1605702316
             */
            exp: number;
            /**
             * @description Unix seconds.
             * @example 1605529036
             */
            iat: number;
            /**
             * Format: uri
             * @description Opens the room with `token` as `jwt`.
             */
            link_on_meet_with_token: string;
            room: components["schemas"]["MeetingId"];
            /** @description The room JWT (HS256). */
            token: string;
        };
        /** @description The moderator's token; the guide's answer puts `mod_password` inside it. */
        ModeratorTokenForMeet: components["schemas"]["TokenForMeet"] & {
            /**
             * @description The moderator's password (generated).
             * @example $4DoxOWS7SLu
             */
            mod_password: string;
        };
        /**
         * @description `start_time` must equal `end_time`, not be in the future and not more than 48 hours in the
         *     past. A `password` makes the meeting private. Decided by the portal team: "the future"
         *     allows 2 minutes of clock skew, so a `start_time` up to 2 minutes ahead of the server's
         *     clock is accepted; the 48 hours are counted from the server's clock with no tolerance.
         */
        HistoryEventInput: {
            /** @example Test History Description */
            description: string;
            start_time: components["schemas"]["LocalDateTime"];
            end_time: components["schemas"]["LocalDateTime"];
            /** @example Test History Summary */
            summary: string;
            time_zone: components["schemas"]["TimeZone"];
            /** @example Test History Title */
            title_meet: string;
            /** @example TestPassword */
            password?: string;
        };
        /**
         * @description Decided by the portal team: `end_time` after `start_time`, and `start_time` not in the
         *     past, with 2 minutes of clock skew allowed (a `start_time` up to 2 minutes behind the
         *     server's clock is accepted, so "now" from a slightly slow client passes).
         */
        ScheduledEventInput: {
            attendees: {
                /**
                 * Format: email
                 * @example v.kushnir@sentrinum.com
                 */
                email: string;
            }[];
            /** @example Test Scheduled Description */
            description: string;
            start_time: components["schemas"]["LocalDateTime"];
            end_time: components["schemas"]["LocalDateTime"];
            /** @example Test Scheduled Summary */
            summary: string;
            time_zone: components["schemas"]["TimeZone"];
            /** @example Test Scheduled Title */
            title_meet: string;
            /** @example 1234567 */
            password?: string;
        };
        /** @description The answer of `POST /meet/calendar/event/history`: the stored event with the room token. */
        CreatedHistoryEvent: {
            _id: components["schemas"]["ObjectId"];
            event: components["schemas"]["EventDetails"] & {
                token_for_meet: components["schemas"]["TokenForMeet"];
            };
            is_private: boolean;
            /** Format: email */
            organizer_email: string;
            organizer_id: components["schemas"]["ObjectId"];
        };
        /**
         * @description The answer of `POST /meet/calendar/event/scheduled`, as the guide shows it. `cal`,
         *     `text_for_event` and `mod_text_for_event` hold user text and `<b>` markup: never
         *     render them as HTML.
         */
        CreatedScheduledEvent: {
            _id: components["schemas"]["ObjectId"];
            event: components["schemas"]["EventDetails"] & {
                /** @description The iCalendar (VCALENDAR) text of the invitation. */
                cal: string;
                /** @description The invitation text (link, phone bridge, meeting id, password, description). */
                text_for_event: string;
                token_for_meet: components["schemas"]["TokenForMeet"];
                /**
                 * @description Private meetings only; the participants' password.
                 * @example 1234567
                 */
                password?: string;
                /** @description Private meetings only; the invitation text with the moderator's password. */
                mod_text_for_event?: string;
                mod_token_for_meet?: components["schemas"]["ModeratorTokenForMeet"];
            };
            is_private: boolean;
            /** Format: email */
            organizer_email: string;
            organizer_id: components["schemas"]["ObjectId"];
        };
        GoogleAuthUrl: {
            /** Format: uri */
            auth_url: string;
        };
        /** @description Decided by the portal team. The public facts of a meeting. */
        Room: {
            meeting_id: components["schemas"]["MeetingId"];
            /** @example Test Scheduled Title */
            title_meet: string;
            is_private: boolean;
            date_start: components["schemas"]["EventDateTime"];
            timeZone: components["schemas"]["TimeZone"];
        };
        JoinRequest: {
            /** @description The meeting password; ignored (send "") for a meeting that is not private. */
            password: string;
        };
        JoinResult: {
            /**
             * Format: uri
             * @description The room link with a participant token.
             * @example http://localhost:4010/meet-room/249636791?jwt=eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.sig
             */
            link_on_meet_with_token: string;
        };
        /** @description Decided by the portal team. */
        User: {
            id: components["schemas"]["ObjectId"];
            /**
             * Format: email
             * @example demo@example.com
             */
            email: string;
            /** @example VladislavTest */
            first_name: string;
            /** @example KushnirTest */
            last_name: string;
            /** @example Demo Company */
            company: string;
            company_id: components["schemas"]["ObjectId"];
            /**
             * @description The mobile number for SMS notifications, 10 digits, or null when not set.
             * @example 3185456266
             */
            mobile: string | null;
            timezone: components["schemas"]["TimeZone"];
            /** @description True once the user granted Google Calendar access. */
            google_calendar_connected: boolean;
            /** @example 0 */
            meet_minutes_used: number;
            /**
             * @description The plan's monthly meeting minutes ("Free Plan 0 / 200 minutes used").
             * @example 200
             */
            meet_minutes_limit: number;
        };
        /** @description Decided by the portal team. Only the fields sent change. */
        UserPatch: {
            first_name?: string;
            last_name?: string;
            /** @description 10 digits, or null to remove it. */
            mobile?: string | null;
            timezone?: components["schemas"]["TimeZone"];
        };
        /** @description Problem JSON, as the guide shows it. */
        Problem: {
            /**
             * @description Always `about:blank`.
             * @example about:blank
             */
            type: string;
            /** @example Not Found */
            title: string;
            /** @example 404 */
            status: number;
            /** @example This acc doesn`t have credentials for google app */
            detail: string;
        };
        /** @description Decided by the portal team. A Problem with the failing fields (422). */
        ValidationProblem: components["schemas"]["Problem"] & {
            errors: components["schemas"]["FieldError"][];
        };
        FieldError: {
            /**
             * @description The request body field, by its API name.
             * @example number
             */
            field: string;
            /** @example A number has 10 digits. */
            message: string;
        };
        /** @description Decided by the portal team. 403 on a wrong meeting password. */
        WrongPasswordProblem: components["schemas"]["Problem"] & {
            /**
             * @description Wrong tries left before the lock, at least 1: the wrong try that uses up the last
             *     one is answered 429 instead.
             */
            attempts_left: number;
        };
        /** @description Decided by the portal team. 429 once wrong tries (or look-ups) are used up. */
        LockedProblem: components["schemas"]["Problem"] & {
            /** @description Seconds until another try is accepted. */
            retry_after: number;
        };
    };
    responses: {
        /**
         * @description Decided by the portal team: the body is not of a type this operation takes (a JSON
         *     endpoint takes only `application/json`), so a page on another site cannot write with a
         *     "simple" cross-site request (text/plain, a form, or no type).
         */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Unsupported Media Type",
                 *       "status": 415,
                 *       "detail": "Send the body as application/json, not text/plain."
                 *     }
                 */
                "application/json": components["schemas"]["Problem"];
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is malformed (a body that is not JSON, a bad query parameter). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Bad Request",
                 *       "status": 400,
                 *       "detail": "The request body is not valid JSON."
                 *     }
                 */
                "application/json": components["schemas"]["Problem"];
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The `authorization` header is missing, or the id_token is expired or invalid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "The token is expired."
                 *     }
                 */
                "application/json": components["schemas"]["Problem"];
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Decided by the portal team. Too many requests from this client; wait `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                /** @description Seconds until another request is accepted. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Too Many Requests",
                 *       "status": 429,
                 *       "detail": "Too many meeting look-ups. Try again later.",
                 *       "retry_after": 12
                 *     }
                 */
                "application/json": components["schemas"]["LockedProblem"];
                "application/problem+json": components["schemas"]["LockedProblem"];
            };
        };
        /** @description The user may not do this. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Forbidden",
                 *       "status": 403,
                 *       "detail": "You may not text from this number."
                 *     }
                 */
                "application/json": components["schemas"]["Problem"];
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such item (for this company). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "Contact not found."
                 *     }
                 */
                "application/json": components["schemas"]["Problem"];
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the current state (a taken number, an opted-out contact). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Conflict",
                 *       "status": 409,
                 *       "detail": "This contact has opted out of texts."
                 *     }
                 */
                "application/json": components["schemas"]["Problem"];
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Decided by the portal team: the JSON request body is larger than 1 MB. */
        BodyTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Payload Too Large",
                 *       "status": 413,
                 *       "detail": "Request body exceeds 1 MB"
                 *     }
                 */
                "application/json": components["schemas"]["Problem"];
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The upload is larger than 5 MB. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Payload Too Large",
                 *       "status": 413,
                 *       "detail": "The file is larger than 5 MB."
                 *     }
                 */
                "application/json": components["schemas"]["Problem"];
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A field is missing or invalid; decided by the portal team: `errors` names the fields. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Unprocessable Entity",
                 *       "status": 422,
                 *       "detail": "Some fields are invalid.",
                 *       "errors": [
                 *         {
                 *           "field": "number",
                 *           "message": "A number has 10 digits."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ValidationProblem"];
                "application/problem+json": components["schemas"]["ValidationProblem"];
            };
        };
    };
    parameters: {
        /** @description Current page number, from 1. */
        Page: number;
        /** @description Size of the pages in pagination. Decided by the portal team: at most 100. */
        PerPage: number;
        /** @description The contact's id. */
        ContactId: components["schemas"]["ObjectId"];
        /** @description The conversation's id. */
        ConversationId: components["schemas"]["ObjectId"];
        /** @description The 9-digit meeting id. */
        MeetingId: components["schemas"]["MeetingId"];
    };
    requestBodies: never;
    headers: {
        /** @description Decided by the portal team: the total number of items over all pages. */
        XTotalCount: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listNumbers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The numbers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "company_id": "5f74dee2e56bb5f12fa22f4c",
                     *         "id": "5f75f385bf99409ca2294bbb",
                     *         "number": "8583715117",
                     *         "ownership": [
                     *           "jjiao@ringplan.com",
                     *           "jbartolli@ringplan.com",
                     *           "jsweere@ztelco.com"
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TextingNumber"][];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /**
                 * @description Decided by the portal team: the start of any word of the name (every word of the search must
                 *     match one; case, accents and punctuation ignored, so `obrien` finds O'Brien), or, when the
                 *     search is only digits and phone punctuation, a run of digits anywhere in the number (`338-28`
                 *     finds 8123382823; a leading +1 is dropped).
                 */
                search?: string;
                /**
                 * @description Decided by the portal team: the order of the whole list (and of a search), `-` for descending.
                 *     `first_name` is "first last", `last_name` is last name then "first last"; names compare
                 *     case- and accent-blind. RingPlan's own service may not know it (see docs/decisions.md).
                 */
                sort?: "first_name" | "-first_name" | "last_name" | "-last_name" | "number" | "-number";
                /** @description Decided by the portal team: an exact 10-digit number. */
                number?: components["schemas"]["PhoneNumber"];
                /** @description Current page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Size of the pages in pagination. Decided by the portal team: at most 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page of contacts. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "first_name": "Test2",
                 *       "last_name": "Testerson",
                 *       "number": "8586881741"
                 *     }
                 */
                "application/json": components["schemas"]["ContactInput"];
            };
        };
        responses: {
            /** @description Contact already exist for company */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "company_id": "121d95391afa0914b47b9d54",
                     *       "first_name": "Matt",
                     *       "id": "9490637dafff2380dc05bbe0",
                     *       "last_name": "Wiz",
                     *       "number": "8123382823",
                     *       "opted_out": false
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Contact created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "company_id": "5f74dee2e56bb5f12fa22f4c",
                     *       "first_name": "Test2",
                     *       "id": "5fa04b0816ce9ade1c20ad60",
                     *       "last_name": "Testerson",
                     *       "number": "8586881741",
                     *       "opted_out": false
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["BodyTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The contact's id. */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The contact's id. */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "first_name": "Test3",
                 *       "last_name": "33333",
                 *       "number": "8123383333"
                 *     }
                 */
                "application/json": components["schemas"]["ContactInput"];
            };
        };
        responses: {
            /** @description The updated contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["BodyTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The contact's id. */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description Current page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Size of the pages in pagination. Decided by the portal team: at most 100. */
                per_page?: components["parameters"]["PerPage"];
                /** @description Decided by the portal team: as the contacts' `search`: the start of any word of the contact's name, or a run of digits in its number. */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page of conversations. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createConversation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contact_id": "5f9be654660b1197e69329a9",
                 *       "from_number": "8583715117"
                 *     }
                 */
                "application/json": components["schemas"]["ConversationInput"];
            };
        };
        responses: {
            /** @description The existing conversation of that pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description Conversation created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BodyTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Current page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Size of the pages in pagination. Decided by the portal team: at most 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path: {
                /** @description The conversation's id. */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page of messages. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "conversation_id": "5f7cffc81f4245401f63a506",
                     *         "created_at": "2020-11-02T18:41:03.447000",
                     *         "direction": "outbound",
                     *         "files": [],
                     *         "frm": "8583715117",
                     *         "id": "5fa052bf16ce9ade1c20ad62",
                     *         "media_urls": [],
                     *         "success": false,
                     *         "text": "test",
                     *         "to": "8586881740"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Message"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation's id. */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Lorem ipsum dolor sit amet"
                 *     }
                 */
                "application/json": components["schemas"]["MessageInput"];
            };
        };
        responses: {
            /** @description This `client_id` was sent before in this conversation; the message stored then. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description The stored message (check `success`). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["BodyTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    uploadFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The image, at most 5 MB.
                     */
                    file: Blob;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description The stored file. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TextingFile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Current page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Size of the pages in pagination. Decided by the portal team: at most 100. */
                per_page?: components["parameters"]["PerPage"];
                /** @description Events starting on or after this date (time). */
                date_from?: components["schemas"]["DateOrLocalDateTime"];
                /** @description Events starting on or before this date (time). */
                date_to?: components["schemas"]["DateOrLocalDateTime"];
                /** @description history: receive all events before now; scheduled: receive all events after now. */
                event_type?: "scheduled" | "history";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "_id": "5fa524b9565ed0340a69f25d",
                     *         "event": {
                     *           "attendees": [
                     *             "v.kushnir@sentrinum.com"
                     *           ],
                     *           "date_end": "2020-11-17T12:25:16",
                     *           "date_start": "2020-11-17T12:17:16",
                     *           "description": "Test Scheduled Description",
                     *           "event_type": "scheduled",
                     *           "google_event_id": "q4iud8eohh4fk38eslp263h108",
                     *           "hash_pass": "8bb0cf6eb9b17d0f7d22b456f121257dc1254e1f01665370476383ea776df414",
                     *           "link_on_meet": "https://meet.dev.ringplan.com/249636791",
                     *           "meeting_id": "249636791",
                     *           "summary": "Test Scheduled Summary",
                     *           "timeZone": "Etc/GMT+0",
                     *           "title_meet": "Test Scheduled Title"
                     *         },
                     *         "is_private": true,
                     *         "organizer_email": "kushnirvladislavv.testing@gmail.com",
                     *         "organizer_id": "5f88615e8fbe62b6282f9237"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CalendarEvent"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createHistoryEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Test History Description",
                 *       "end_time": "2020-11-04T10:17:16.153321",
                 *       "start_time": "2020-11-04T10:17:16.153321",
                 *       "summary": "Test History Summary",
                 *       "time_zone": "Etc/GMT+0",
                 *       "title_meet": "Test History Title",
                 *       "password": "12345"
                 *     }
                 */
                "application/json": components["schemas"]["HistoryEventInput"];
            };
        };
        responses: {
            /** @description Successful */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedHistoryEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["BodyTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    createScheduledEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attendees": [
                 *         {
                 *           "email": "v.kushnir@sentrinum.com"
                 *         }
                 *       ],
                 *       "description": "Test Scheduled Description",
                 *       "end_time": "2020-11-17T12:25:16.153321",
                 *       "start_time": "2020-11-17T12:17:16.153321",
                 *       "summary": "Test Scheduled Summary",
                 *       "time_zone": "Etc/GMT+0",
                 *       "title_meet": "Test Scheduled Title",
                 *       "password": "1234567"
                 *     }
                 */
                "application/json": components["schemas"]["ScheduledEventInput"];
            };
        };
        responses: {
            /** @description Successful */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedScheduledEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The user has not granted Google Calendar access yet. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "This acc doesn`t have credentials for google app",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/json": components["schemas"]["Problem"];
                    /**
                     * @example {
                     *       "detail": "This acc doesn`t have credentials for google app",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["BodyTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getGoogleAuthUrl: {
        parameters: {
            query?: {
                /**
                 * @description Decided by the portal team: the absolute app URL to come back to; it must be on a
                 *     registered app origin, else 422. Without it the browser comes back to
                 *     `<app origin>/meet`, the app origin being the request's registered `Origin`, else the
                 *     sandbox's default app origin (`SANDBOX_APP_ORIGIN`).
                 */
                redirect_uri?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consent URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "auth_url": "https://accounts.google.com/o/oauth2/auth?response_type=code&client_id=308654020417-t5t0iqhdu188fdlhun1qd2aossqrpm71.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fmeetauth.dev.ringplan.com%3A443%2F&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcalendar&state=kushnirvladislavv.testing%40gmail.com&access_type=offline"
                     *     }
                     */
                    "application/json": components["schemas"]["GoogleAuthUrl"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The 9-digit meeting id. */
                meeting_id: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Room"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    joinRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The 9-digit meeting id. */
                meeting_id: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "password": "1234567"
                 *     }
                 */
                "application/json": components["schemas"]["JoinRequest"];
            };
        };
        responses: {
            /** @description The room link. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Wrong password. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Wrong password.",
                     *       "attempts_left": 4
                     *     }
                     */
                    "application/json": components["schemas"]["WrongPasswordProblem"];
                    "application/problem+json": components["schemas"]["WrongPasswordProblem"];
                };
            };
            404: components["responses"]["NotFound"];
            413: components["responses"]["BodyTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            /** @description Too many wrong passwords (or look-ups); locked for a while. */
            429: {
                headers: {
                    /** @description Seconds until another try is accepted. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "Too many wrong passwords. Try again later.",
                     *       "retry_after": 300
                     *     }
                     */
                    "application/json": components["schemas"]["LockedProblem"];
                    "application/problem+json": components["schemas"]["LockedProblem"];
                };
            };
        };
    };
    joinRoomAsOrganizer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The 9-digit meeting id. */
                meeting_id: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The room link, as moderator. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mobile": "3185456266",
                 *       "timezone": "Europe/Chisinau"
                 *     }
                 */
                "application/json": components["schemas"]["UserPatch"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["BodyTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
}
