// Texting fixtures and an in-memory SSP texting backend for unit tests: `textingBackend()` gives the
// handlers plus the state they serve (and the requests they saw), so tests assert on the screen
// and change behaviour per test with `server.use(...)`.
import type { components } from '@/api/schema/ssp';
import { sspHttp } from '@/testing/http';

type Contact = components['schemas']['Contact'];
type Conversation = components['schemas']['Conversation'];
type Message = components['schemas']['Message'];
type TextingNumber = components['schemas']['TextingNumber'];
type MessageInput = components['schemas']['MessageInput'];

export const COMPANY_ID = 'c0c0c0c0c0c0c0c0c0c0c0c0';
export const DEMO_NUMBER = '8583715117';

let seq = 0;
export function objectId(): string {
  seq += 1;
  return seq.toString(16).padStart(24, '0');
}

/** A server timestamp (UTC, no offset) `minutesAgo` before now. */
export function serverTime(minutesAgo = 0): string {
  return new Date(Date.now() - minutesAgo * 60_000).toISOString().replace('Z', '');
}

export function makeContact(overrides: Partial<Contact> = {}): Contact {
  return {
    company_id: COMPANY_ID,
    id: objectId(),
    first_name: 'Maria',
    last_name: 'Garcia',
    number: '6195550142',
    opted_out: false,
    ...overrides,
  };
}

export function makeMessage(conversation: Conversation, overrides: Partial<Message> = {}): Message {
  const outbound = (overrides.direction ?? 'inbound') === 'outbound';
  return {
    conversation_id: conversation.id,
    created_at: serverTime(),
    direction: 'inbound',
    files: [],
    frm: outbound ? conversation.from_number : conversation.contact.number,
    to: outbound ? conversation.contact.number : conversation.from_number,
    id: objectId(),
    media_urls: [],
    success: true,
    text: 'Hello',
    client_id: null,
    error: null,
    ...overrides,
  };
}

export function makeConversation(
  contact: Contact = makeContact(),
  overrides: Partial<Conversation> = {},
): Conversation {
  return {
    id: objectId(),
    company_id: COMPANY_ID,
    contact_id: contact.id,
    from_number: DEMO_NUMBER,
    contact,
    last_message: null,
    updated_at: serverTime(),
    ...overrides,
  };
}

export function makeNumber(ownership: string[] = ['demo@example.com']): TextingNumber {
  return { company_id: COMPANY_ID, id: objectId(), number: DEMO_NUMBER, ownership };
}

export interface TextingState {
  numbers: TextingNumber[];
  conversations: Conversation[];
  /** Oldest first, per conversation. */
  messages: Map<string, Message[]>;
  contacts: Contact[];
  sent: MessageInput[];
  searches: (string | null)[];
}

/** The handlers of a small texting backend over `state` (mutated by sends, as the server would). */
export function textingBackend(initial: Partial<TextingState> = {}) {
  const state: TextingState = {
    numbers: [makeNumber()],
    conversations: [],
    messages: new Map(),
    contacts: [],
    sent: [],
    searches: [],
    ...initial,
  };
  const failing = '5550000000';

  const handlers = [
    sspHttp.get('/texting/numbers', ({ response }) => response(200).json(state.numbers)),
    sspHttp.get('/texting/conversations', ({ request, response }) => {
      const url = new URL(request.url);
      const search = url.searchParams.get('search');
      state.searches.push(search);
      const page = Number(url.searchParams.get('page') ?? 1);
      const perPage = Number(url.searchParams.get('per_page') ?? 20);
      const matching = state.conversations.filter((c) => {
        if (!search) return true;
        const name = `${c.contact.first_name} ${c.contact.last_name}`.toLowerCase();
        return name.includes(search.toLowerCase()) || c.contact.number.includes(search);
      });
      const items = matching.slice((page - 1) * perPage, page * perPage);
      return response(200).json(items, { headers: { 'X-Total-Count': String(matching.length) } });
    }),
    sspHttp.get('/texting/conversations/{conversation_id}/messages', ({ params, request, response }) => {
      const url = new URL(request.url);
      const page = Number(url.searchParams.get('page') ?? 1);
      const perPage = Number(url.searchParams.get('per_page') ?? 20);
      const newestFirst = [...(state.messages.get(params.conversation_id) ?? [])].reverse();
      const items = newestFirst.slice((page - 1) * perPage, page * perPage);
      return response(200).json(items, { headers: { 'X-Total-Count': String(newestFirst.length) } });
    }),
    sspHttp.post('/texting/conversations/{conversation_id}/messages', async ({ params, request, response }) => {
      const body = await request.json();
      state.sent.push(body);
      const conversation = state.conversations.find((c) => c.id === params.conversation_id);
      if (!conversation)
        return response(404).json({
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          detail: 'No such conversation',
        });
      if (conversation.contact.opted_out) {
        return response(409).json({
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          detail: `${conversation.contact.number} has opted out (texted STOP)`,
        });
      }
      // Idempotent by client_id, as the SSP contract says: the same send again answers the stored
      // message; the same client_id with another body is a conflict.
      const earlier = body.client_id
        ? state.messages.get(conversation.id)?.find((m) => m.client_id === body.client_id)
        : undefined;
      if (earlier) {
        const same =
          earlier.text === body.text &&
          JSON.stringify(earlier.files.map((f) => f.id)) === JSON.stringify(body.files ?? []);
        if (!same) {
          return response(409).json({
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            detail: 'client_id was used for another message',
          });
        }
        return response(200).json(earlier);
      }
      const fails = conversation.contact.number === failing;
      const message = makeMessage(conversation, {
        direction: 'outbound',
        text: body.text,
        client_id: body.client_id ?? null,
        success: !fails,
        error: fails ? 'Carrier rejected the message (sandbox failing number)' : null,
        files: (body.files ?? []).map((id) => ({ id, company_id: COMPANY_ID, description: null })),
        media_urls: (body.files ?? []).map((id) => `http://localhost:4010/ssp/media/${id}`),
      });
      state.messages.set(conversation.id, [...(state.messages.get(conversation.id) ?? []), message]);
      return response(201).json(message);
    }),
    sspHttp.post('/texting/files', ({ response }) =>
      response(201).json({ id: objectId(), company_id: COMPANY_ID, description: null }),
    ),
    sspHttp.get('/texting/contacts', ({ response }) =>
      response(200).json(state.contacts, { headers: { 'X-Total-Count': String(state.contacts.length) } }),
    ),
  ];

  /** Adds a conversation with `count` alternating messages, a minute apart, the last one now. */
  const addConversation = (contact: Contact = makeContact(), count = 0): Conversation => {
    const conversation = makeConversation(contact);
    const messages = Array.from({ length: count }, (_, i) =>
      makeMessage(conversation, {
        direction: i % 2 === 0 ? 'inbound' : 'outbound',
        text: `Message ${String(i + 1)}`,
        created_at: serverTime(count - i),
      }),
    );
    conversation.last_message = messages.at(-1) ?? null;
    state.conversations.push(conversation);
    state.messages.set(conversation.id, messages);
    return conversation;
  };

  return { state, handlers, addConversation };
}

/**
 * jsdom has no layout: give elements sizes so the virtualized thread renders rows (a 600 px viewport,
 * 60 px rows). Returns a function that restores the originals.
 */
export function fakeLayout(): () => void {
  const props = ['offsetHeight', 'offsetWidth', 'clientHeight', 'clientWidth'] as const;
  const originals = props.map(
    (p) =>
      [
        p,
        Object.getOwnPropertyDescriptor(HTMLElement.prototype, p) ??
          Object.getOwnPropertyDescriptor(Element.prototype, p),
      ] as const,
  );
  const define = (name: string, get: (el: HTMLElement) => number) => {
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        return get(this);
      },
    });
  };
  define('offsetHeight', (el) => (el.hasAttribute('data-index') ? 60 : 600));
  define('clientHeight', (el) => (el.hasAttribute('data-index') ? 60 : 600));
  define('offsetWidth', () => 800);
  define('clientWidth', () => 800);
  return () => {
    for (const [name, descriptor] of originals) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
      else Reflect.deleteProperty(HTMLElement.prototype, name);
    }
  };
}
