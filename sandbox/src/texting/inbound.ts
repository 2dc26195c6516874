// An inbound SMS arriving at a company number: contact and conversation made as needed, STOP/START honoured.
import { newId } from '../db/ids.js';

import type { MessageRow } from './serialize.js';
import type { Texting } from './texting.js';

export interface Inbound {
  from: string;
  to: string;
  text: string;
}

export type InboundResult =
  { ok: true; message: MessageRow; contactId: string; optedOut: boolean } | { ok: false; reason: 'unknown-number' };

/** Carrier keywords, matched on the whole trimmed text, in any case. */
export function keywordOf(text: string): 'stop' | 'start' | null {
  const word = text.trim().toUpperCase();
  if (word === 'STOP') return 'stop';
  if (word === 'START') return 'start';
  return null;
}

export function receiveInbound(t: Texting, sms: Inbound, atMs = t.nowMs()): InboundResult {
  const number = t.numbers.find(sms.to);
  if (!number) return { ok: false, reason: 'unknown-number' };
  const companyId = number.company_id;
  return t.deps.db.transaction((): InboundResult => {
    const contact =
      t.contacts.byNumber(companyId, sms.from) ??
      t.contacts.insert(newId(), companyId, { first_name: '', last_name: '', number: sms.from }, atMs);
    const conversation =
      t.conversations.byPair(companyId, sms.to, contact.id) ??
      t.conversations.insert({
        id: newId(),
        company_id: companyId,
        from_number: sms.to,
        contact_id: contact.id,
        updated_at: atMs,
      });
    const message = t.conversations.addMessage({
      id: newId(),
      conversation_id: conversation.id,
      direction: 'inbound',
      frm: sms.from,
      to_number: sms.to,
      text: sms.text,
      success: true,
      error: null,
      client_id: null,
      file_ids: [],
      created_at: atMs,
    });
    const keyword = keywordOf(sms.text);
    let optedOut = contact.opted_out === 1;
    if (keyword !== null) {
      optedOut = keyword === 'stop';
      t.contacts.setOptedOut(contact.id, optedOut);
    }
    return { ok: true, message, contactId: contact.id, optedOut };
  })();
}
