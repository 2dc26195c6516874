// /texting/conversations: the inbox list, starting a conversation, a thread's messages, sending.
import { Hono } from 'hono';

import { pageResponse, readPaging, readSearch } from '../http/paging.js';
import { newId, problem, readJson, validationProblem } from '../http/problems.js';
import { conversationInput, isObjectId, messageInput } from './schemas.js';
import { parseSearch } from './search-keys.js';
import { FAILED_SEND_ERROR, type Texting } from './texting.js';

import type { SandboxEnv } from '../context.js';

const NOT_FOUND = 'Conversation not found';

export function conversationRoutes(t: Texting): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  app.get('/', (c) => {
    const paging = readPaging(c);
    if (!paging.ok) return paging.response;
    const search = readSearch(c);
    if (!search.ok) return search.response;
    const { rows, total } = t.conversations.list(c.get('user').company_id, {
      search: parseSearch(search.value),
      limit: paging.value.limit,
      offset: paging.value.offset,
    });
    return pageResponse(c, t.conversationsJson(rows), total);
  });

  app.post('/', async (c) => {
    const body = await readJson(c, conversationInput);
    if (!body.ok) return body.response;
    const user = c.get('user');
    const { contact_id: contactId, from_number: fromNumber } = body.data;
    if (!t.contacts.get(user.company_id, contactId)) return problem(c, 404, 'Contact not found');
    if (!t.numbers.mayTextFrom(user.company_id, fromNumber, user.email)) {
      return problem(c, 403, `You may not text from ${fromNumber}: it is not a company number you own`);
    }
    const result = t.deps.db.transaction(() => {
      const existing = t.conversations.byPair(user.company_id, fromNumber, contactId);
      if (existing) return { created: false, row: existing };
      const row = t.conversations.insert({
        id: newId(),
        company_id: user.company_id,
        from_number: fromNumber,
        contact_id: contactId,
        updated_at: t.nowMs(),
      });
      return { created: true, row };
    })();
    return c.json(t.conversationJson(result.row), result.created ? 201 : 200);
  });

  app.get('/:conversation_id/messages', (c) => {
    const id = c.req.param('conversation_id');
    const conversation = isObjectId(id) ? t.conversations.get(c.get('user').company_id, id) : undefined;
    if (!conversation) return problem(c, 404, NOT_FOUND);
    const paging = readPaging(c);
    if (!paging.ok) return paging.response;
    const rows = t.conversations.messages(id, paging.value.limit, paging.value.offset);
    return pageResponse(c, t.messagesJson(rows), conversation.message_count);
  });

  app.post('/:conversation_id/messages', async (c) => {
    const id = c.req.param('conversation_id');
    const user = c.get('user');
    const conversation = isObjectId(id) ? t.conversations.get(user.company_id, id) : undefined;
    if (!conversation) return problem(c, 404, NOT_FOUND);
    const body = await readJson(c, messageInput);
    if (!body.ok) return body.response;
    // The same send again (a Retry after its answer was lost): the stored message, not a second SMS.
    const clientId = body.data.client_id;
    const earlier = clientId === undefined ? undefined : t.conversations.messageByClientId(conversation.id, clientId);
    const fileIds = body.data.files ?? [];
    if (earlier) {
      if (!t.conversations.isSameSend(earlier, body.data.text, fileIds)) {
        return problem(
          c,
          409,
          `client_id ${earlier.client_id ?? ''} was already used for another message in this conversation`,
        );
      }
      return c.json(t.messageJson(earlier), 200);
    }
    const unknown = t.files.missing(user.company_id, fileIds);
    if (unknown.length > 0) {
      return validationProblem(c, [{ field: 'files', message: `unknown file ids: ${unknown.join(', ')}` }]);
    }
    if (!t.numbers.mayTextFrom(user.company_id, conversation.from_number, user.email)) {
      return problem(c, 403, `You may not text from ${conversation.from_number}: it is not a company number you own`);
    }
    const contact = t.contacts.get(user.company_id, conversation.contact_id);
    if (!contact) return problem(c, 404, NOT_FOUND);
    if (contact.opted_out === 1) {
      return problem(c, 409, `${contact.number} has opted out (texted STOP); it cannot be texted until it texts START`);
    }
    const fails = contact.number === t.deps.config.failingNumber;
    const row = t.conversations.addMessage({
      id: newId(),
      conversation_id: conversation.id,
      direction: 'outbound',
      frm: conversation.from_number,
      to_number: contact.number,
      text: body.data.text,
      success: !fails,
      error: fails ? FAILED_SEND_ERROR : null,
      client_id: body.data.client_id ?? null,
      file_ids: fileIds,
      created_at: t.nowMs(),
    });
    return c.json(t.messageJson(row), 201);
  });

  return app;
}
