// Request bodies and list queries of the texting calls, as the OpenAPI document describes them.
import { z } from 'zod';

import { pagingQuery } from '../http/paging.js';
import { CONTACT_SORTS, DEFAULT_CONTACT_SORT } from './contact-store.js';
import { NATIONAL_NUMBER, NUMBER_RULE } from './search-keys.js';

export const OBJECT_ID = /^[0-9a-f]{24}$/;
export const MAX_TEXT = 1600;

const phoneNumber = z.string({ error: 'must be a string' }).regex(NATIONAL_NUMBER, NUMBER_RULE);
const objectId = z.string({ error: 'must be a string' }).regex(OBJECT_ID, 'must be a 24-hex id');

export const contactInput = z.strictObject({
  first_name: z
    .string({ error: 'must be a string' })
    .trim()
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters'),
  last_name: z.string({ error: 'must be a string' }).trim().max(100, 'must be at most 100 characters'),
  number: phoneNumber,
});

export const conversationInput = z.strictObject({
  contact_id: objectId,
  from_number: phoneNumber,
});

export const messageInput = z
  .strictObject({
    text: z.string({ error: 'must be a string' }).max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`),
    files: z.array(objectId).max(10, 'at most 10 files').optional(),
    client_id: z.string({ error: 'must be a string' }).min(1).max(64).optional(),
  })
  .refine((m) => m.text.trim() !== '' || (m.files?.length ?? 0) > 0, {
    path: ['text'],
    error: 'must not be empty unless the message has files',
  });

export const MAX_SEARCH_LENGTH = 100;
const search = z.string().max(MAX_SEARCH_LENGTH, `search must be at most ${MAX_SEARCH_LENGTH} characters`).optional();

export const conversationsQuery = z.object({ ...pagingQuery, search });
export const messagesQuery = z.object(pagingQuery);
export const contactsQuery = z.object({
  ...pagingQuery,
  search,
  number: z.string().regex(NATIONAL_NUMBER, `number ${NUMBER_RULE}`).optional(),
  sort: z
    .enum(CONTACT_SORTS, { error: `sort must be one of ${CONTACT_SORTS.join(', ')}` })
    .default(DEFAULT_CONTACT_SORT),
});

/** Path ids that cannot exist are simply not found. */
export function isObjectId(value: string): boolean {
  return OBJECT_ID.test(value);
}
