// /texting/conversations: the inbox list, starting a conversation, a thread's messages, sending.
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';

import { newId } from '../db/ids.js';
import { pageResponse, pageSlice } from '../http/paging.js';
import { problem, validationProblem } from '../http/problems.js';
import { json, query } from '../http/validate.js';
import { conversationInput, conversationsQuery, isObjectId, messageInput, messagesQuery } from './schemas.js';
import { parseSearch } from './search-keys.js';
import { FAILED_SEND_ERROR, type Texting } from './texting.js';

import type { SandboxEnv } from '../context.js';
import type { ConversationRow } from './serialize.js';

const NOT_FOUND = 'Conversation not found';

export function conversationRoutes(t: Texting): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  /** The company's conversation the path names, else 404 (before the query or body is read). */
  const conversation = createMiddleware<SandboxEnv & { Variables: { conversation: ConversationRow } }>(
    async (c, next) => {
      const id = c.req.param('conversation_id') ?? '';
      const row = isObjectId(id) ? t.conversations.get(c.get('user').company_id, id) : undefined;
      if (!row) return problem(c, 404, NOT_FOUND);
      c.set('conversation', row);
      await next();
    },
  );

  app.get('/', query(conversationsQuery), (c) => {
    const q = c.req.valid('query');
    const { views, total } = t.conversations.list(c.get('user').company_id, {
      search: parseSearch(q.search),
      ...pageSlice(q),
    });
    return pageResponse(c, t.conversationsJson(views), total);
  });

  app.post('/', json(conversationInput), (c) => {
    const user = c.get('user');
    const { contact_id: contactId, from_number: fromNumber } = c.req.valid('json');
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

  app.get('/:conversation_id/messages', conversation, query(messagesQuery), (c) => {
    const { limit, offset } = pageSlice(c.req.valid('query'));
    const rows = t.conversations.messages(c.var.conversation.id, limit, offset);
    return pageResponse(c, t.messagesJson(rows), c.var.conversation.message_count);
  });

  app.post('/:conversation_id/messages', conversation, json(messageInput), (c) => {
    const user = c.get('user');
    const conversation = c.var.conversation;
    const input = c.req.valid('json');
    // The same send again (a Retry after its answer was lost): the stored message, not a second SMS.
    const clientId = input.client_id;
    const earlier = clientId === undefined ? undefined : t.conversations.messageByClientId(conversation.id, clientId);
    const fileIds = input.files ?? [];
    if (earlier) {
      if (!t.conversations.isSameSend(earlier, input.text, fileIds)) {
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
      text: input.text,
      success: !fails,
      error: fails ? FAILED_SEND_ERROR : null,
      client_id: input.client_id ?? null,
      file_ids: fileIds,
      created_at: t.nowMs(),
    });
    return c.json(t.messageJson(row), 201);
  });

  return app;
}
