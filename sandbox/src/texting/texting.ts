// The texting stores over one database, built once per router.
import { ContactStore } from './contact-store.js';
import { ConversationStore } from './conversation-store.js';
import { FileStore } from './file-store.js';
import { NumberStore } from './number-store.js';
import { contactJson, messageJson, serverTimestamp } from './serialize.js';
import { Statements } from './statements.js';

import type { SandboxDeps } from '../context.js';
import type { ConversationView } from './conversation-store.js';
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
    const view = this.conversations.view(row.company_id, row.id);
    if (!view) throw new Error(`conversation ${row.id} has no contact`);
    const [json] = this.conversationsJson([view]);
    if (!json) throw new Error(`conversation ${row.id} could not be answered`);
    return json;
  }

  /** Conversations with their contact and newest message (read with them, see ConversationStore.list). */
  conversationsJson(views: readonly ConversationView[]): ConversationJson[] {
    const files = this.conversations.filesOf(views.flatMap((v) => (v.last ? [v.last] : [])));
    const { publicUrl } = this.deps.config;
    return views.map(({ conversation: r, contact, last }) => ({
      id: r.id,
      company_id: r.company_id,
      contact_id: r.contact_id,
      from_number: r.from_number,
      contact: contactJson(contact),
      last_message: last ? messageJson(last, files.get(last.id) ?? [], publicUrl) : null,
      updated_at: serverTimestamp(r.updated_at),
    }));
  }
}
