// A small in-memory contacts backend for unit tests: the list with search and paging, create (201, or
// 200 with the contact that already has the number), update (409 on a taken number), delete, the
// company's texting numbers and opening a conversation.
import type { components } from '@/api/schema/ssp';
import { sspHttp } from '@/testing/http';

type Contact = components['schemas']['Contact'];
type TextingNumber = components['schemas']['TextingNumber'];

export const COMPANY_ID = 'c0ffeec0ffeec0ffeec0ffee';
let sequence = 0;

function nextId(prefix: string): string {
  sequence += 1;
  return `${prefix}${String(sequence).padStart(24 - prefix.length, '0')}`;
}

export function contactFixture(overrides: Partial<Contact> = {}): Contact {
  return {
    company_id: COMPANY_ID,
    id: nextId('c0'),
    first_name: 'Matt',
    last_name: 'Wiz',
    number: '8123382823',
    opted_out: false,
    ...overrides,
  };
}

export function numberFixture(overrides: Partial<TextingNumber> = {}): TextingNumber {
  return {
    company_id: COMPANY_ID,
    id: nextId('a0'),
    number: '8583715117',
    ownership: ['demo@example.com'],
    ...overrides,
  };
}

const problem = (status: number, title: string, detail: string) => ({ type: 'about:blank', title, status, detail });

export interface ContactsBackendOptions {
  contacts?: Contact[];
  numbers?: TextingNumber[];
}

/** Handlers over shared state; tests read `state` to see what the app did. */
export function contactsBackend(options: ContactsBackendOptions = {}) {
  const state = {
    contacts: [...(options.contacts ?? [])],
    numbers: options.numbers ?? [numberFixture()],
    listRequests: [] as URLSearchParams[],
    created: [] as components['schemas']['ContactInput'][],
    conversations: [] as components['schemas']['ConversationInput'][],
  };

  const handlers = [
    sspHttp.get('/texting/contacts', ({ request, response }) => {
      const params = new URL(request.url).searchParams;
      state.listRequests.push(params);
      const page = Number(params.get('page') ?? 1);
      const size = Number(params.get('per_page') ?? 20);
      const search = (params.get('search') ?? '').toLowerCase();
      const matching = state.contacts.filter(
        (c) => !search || `${c.first_name} ${c.last_name}`.toLowerCase().includes(search) || c.number.includes(search),
      );
      // `sort` as the sandbox reads it; without it, the order the contacts were given in.
      const sort = params.get('sort');
      if (sort) {
        const key = (c: Contact) =>
          sort.endsWith('number')
            ? c.number
            : sort.endsWith('last_name')
              ? `${c.last_name} ${c.first_name}`
              : `${c.first_name} ${c.last_name}`;
        const sign = sort.startsWith('-') ? -1 : 1;
        matching.sort((a, b) => sign * key(a).localeCompare(key(b), undefined, { sensitivity: 'base' }));
      }
      return response(200).json(matching.slice((page - 1) * size, page * size), {
        headers: { 'X-Total-Count': String(matching.length) },
      });
    }),
    sspHttp.post('/texting/contacts', async ({ request, response }) => {
      const body = await request.json();
      state.created.push(body);
      const existing = state.contacts.find((c) => c.number === body.number);
      if (existing) return response(200).json(existing);
      const contact = contactFixture(body);
      state.contacts.push(contact);
      return response(201).json(contact);
    }),
    sspHttp.put('/texting/contacts/{contact_id}', async ({ params, request, response }) => {
      const body = await request.json();
      const contact = state.contacts.find((c) => c.id === params.contact_id);
      if (!contact) return response(404).json(problem(404, 'Not Found', 'Contact not found'));
      if (state.contacts.some((c) => c.number === body.number && c.id !== contact.id)) {
        return response(409).json(problem(409, 'Conflict', 'Another contact has this number'));
      }
      Object.assign(contact, body);
      return response(200).json(contact);
    }),
    sspHttp.delete('/texting/contacts/{contact_id}', ({ params, response }) => {
      const index = state.contacts.findIndex((c) => c.id === params.contact_id);
      if (index === -1) return response(404).json(problem(404, 'Not Found', 'Contact not found'));
      state.contacts.splice(index, 1);
      return response(204).empty();
    }),
    sspHttp.get('/texting/numbers', ({ response }) => response(200).json(state.numbers)),
    sspHttp.post('/texting/conversations', async ({ request, response }) => {
      const body = await request.json();
      state.conversations.push(body);
      const contact = state.contacts.find((c) => c.id === body.contact_id);
      if (!contact) return response(404).json(problem(404, 'Not Found', 'Contact not found'));
      return response(201).json({
        id: 'f00df00df00df00df00df00d',
        company_id: COMPANY_ID,
        contact_id: contact.id,
        from_number: body.from_number,
        contact,
        last_message: null,
        updated_at: '2026-01-01T10:00:00',
      });
    }),
  ];

  return { state, handlers };
}
