// The texting stores over one database, built once per router.
import { ContactStore } from './contact-store.js';
import { ConversationStore } from './conversation-store.js';
import { FileStore } from './file-store.js';
import { NumberStore } from './number-store.js';
import { contactJson, messageJson, serverTimestamp } from './serialize.js';
import { Statements } from './statements.js';

import type { SandboxDeps } from '../context.js';
import type { ConversationJson, ConversationRow, MessageJson, MessageRow } from './serialize.js';

/** The stored reason of a send to the sandbox's failing number. */
export const FAILED_SEND_ERROR = 'Carrier rejected the message (sandbox failing number)';

export class Texting {
  readonly contacts: ContactStore;
  readonly conversations: ConversationStore;
  readonly files: FileStore;
  readonly numbers: NumberStore;

  constructor(readonly deps: SandboxDeps) {
    const sql = new Statements(deps.db);
    this.contacts = new ContactStore(sql);
    this.conversations = new ConversationStore(sql);
    this.files = new FileStore(sql, deps.config.dataDir);
    this.numbers = new NumberStore(sql);
  }

  nowMs(): number {
    return this.deps.now().getTime();
  }

  messagesJson(rows: readonly MessageRow[]): MessageJson[] {
    const files = this.conversations.filesOf(rows);
    return rows.map((m) => messageJson(m, files.get(m.id) ?? [], this.deps.config.publicUrl));
  }

  messageJson(row: MessageRow): MessageJson {
    const [json] = this.messagesJson([row]);
    if (!json) throw new Error(`message ${row.id} could not be answered`);
    return json;
  }

  conversationJson(row: ConversationRow): ConversationJson {
    const [json] = this.conversationsJson([row]);
    if (!json) throw new Error(`conversation ${row.id} has no contact`);
    return json;
  }

  /** Conversations with their contact and newest message, three queries for the whole page. */
  conversationsJson(rows: readonly ConversationRow[]): ConversationJson[] {
    const contacts = new Map(this.contacts.byIds(rows.map((r) => r.contact_id)).map((c) => [c.id, c]));
    const lastIds = rows.flatMap((r) => (r.last_message_id ? [r.last_message_id] : []));
    const messages = this.messagesJson(this.conversations.messagesByIds(lastIds));
    const lastById = new Map(messages.map((m) => [m.id, m]));
    return rows.flatMap((r) => {
      const contact = contacts.get(r.contact_id);
      if (!contact) return [];
      return [
        {
          id: r.id,
          company_id: r.company_id,
          contact_id: r.contact_id,
          from_number: r.from_number,
          contact: contactJson(contact),
          last_message: r.last_message_id ? (lastById.get(r.last_message_id) ?? null) : null,
          updated_at: serverTimestamp(r.updated_at),
        },
      ];
    });
  }
}
