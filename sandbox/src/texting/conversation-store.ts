// Conversations and their messages: paged reads and the transactional writes of a message.
import { CONTACT_COLUMNS } from './contact-store.js';
import { digitNamesSql, matchingContactsSql, MAX_COUNTED_RUN, type SearchTerm, walkReadsLess } from './search-keys.js';
import { objectOf } from './statements.js';
import { addToTotal, total as storedTotal } from './totals.js';

import type { ContactRow, ConversationRow, FileRow, MessageRow } from './serialize.js';
import type { Statements } from './statements.js';

const CONVERSATION_COLUMNS = [
  'id',
  'company_id',
  'from_number',
  'contact_id',
  'last_message_id',
  'message_count',
  'updated_at',
] as const satisfies readonly (keyof ConversationRow)[];
const CONVERSATION = CONVERSATION_COLUMNS.map((c) => `cv.${c}`).join(', ');
const MESSAGE_COLUMNS = [
  'id',
  'conversation_id',
  'direction',
  'frm',
  'to_number',
  'text',
  'success',
  'error',
  'client_id',
  'has_files',
  'created_at',
] as const satisfies readonly (keyof MessageRow)[];
const MESSAGE = MESSAGE_COLUMNS.map((c) => `m.${c}`).join(', ');

/** A conversation as the API answers it: with its contact and its newest message. */
export interface ConversationView {
  conversation: ConversationRow;
  contact: ContactRow;
  last: MessageRow | null;
}

/**
 * The views of the conversations `cv` that `from` names (after `FROM`, ending in the table `cv`), their
 * contact and newest message joined in the same query: a page is one query, not three. `extra` columns
 * follow the view's.
 */
function viewsSql(from: string, order: string, extra = ''): string {
  const contact = CONTACT_COLUMNS.map((c) => `c.${c}`).join(', ');
  return `SELECT ${CONVERSATION}, ${contact}, ${MESSAGE}${extra} FROM ${from}
    CROSS JOIN contacts c ON c.id = cv.contact_id
    LEFT JOIN messages m ON m.id = cv.last_message_id
    ORDER BY ${order}`;
}

const CONTACT_AT = CONVERSATION_COLUMNS.length;
const MESSAGE_AT = CONTACT_AT + CONTACT_COLUMNS.length;
const EXTRA_AT = MESSAGE_AT + MESSAGE_COLUMNS.length;

function viewOf(values: readonly unknown[]): ConversationView {
  return {
    conversation: objectOf<ConversationRow>(CONVERSATION_COLUMNS, values),
    contact: objectOf<ContactRow>(CONTACT_COLUMNS, values, CONTACT_AT),
    last: values[MESSAGE_AT] === null ? null : objectOf<MessageRow>(MESSAGE_COLUMNS, values, MESSAGE_AT),
  };
}

export interface NewMessage {
  id: string;
  conversation_id: string;
  direction: 'inbound' | 'outbound';
  frm: string;
  to_number: string;
  text: string;
  success: boolean;
  error: string | null;
  client_id: string | null;
  file_ids: readonly string[];
  created_at: number;
}

export interface AttachedFile extends FileRow {
  message_id: string;
}

export class ConversationStore {
  constructor(private readonly sql: Statements) {}

  get(companyId: string, id: string): ConversationRow | undefined {
    return this.sql
      .get(`SELECT ${CONVERSATION} FROM conversations cv WHERE cv.id = ? AND cv.company_id = ?`)
      .get(id, companyId) as ConversationRow | undefined;
  }

  byPair(companyId: string, fromNumber: string, contactId: string): ConversationRow | undefined {
    return this.sql
      .get(
        `SELECT ${CONVERSATION} FROM conversations cv
            WHERE cv.company_id = ? AND cv.from_number = ? AND cv.contact_id = ?`,
      )
      .get(companyId, fromNumber, contactId) as ConversationRow | undefined;
  }

  /** The conversation with its contact and newest message. */
  view(companyId: string, id: string): ConversationView | undefined {
    const [values] = this.sql.values(
      viewsSql(
        '(SELECT id AS page_id FROM conversations WHERE id = ? AND company_id = ?) CROSS JOIN conversations cv ON cv.id = page_id',
        'cv.id',
      ),
      [id, companyId],
    );
    return values && viewOf(values);
  }

  /** Newest activity first; a search keeps the conversations whose contact matches it. */
  list(
    companyId: string,
    filter: { search: SearchTerm; limit: number; offset: number },
  ): { views: ConversationView[]; total: number } {
    const order = 'cv.updated_at DESC, cv.id DESC';
    if (filter.search.kind === 'none') {
      // The page's ids from the index of the order, then the page's rows with their contact and message.
      const rows = this.sql.values(
        viewsSql(
          `(SELECT cv.id AS page_id FROM conversations cv WHERE cv.company_id = ? ORDER BY ${order} LIMIT ? OFFSET ?)
            CROSS JOIN conversations cv ON cv.id = page_id`,
          order,
        ),
        [companyId, filter.limit, filter.offset],
      );
      return { views: rows.map(viewOf), total: storedTotal(this.sql, companyId, 'conversations') };
    }
    if (filter.search.kind === 'digits' && filter.search.digits.length <= MAX_COUNTED_RUN) {
      const found = this.searchShortDigits(companyId, filter.search.digits, filter);
      if (found) return found;
    }
    // Driven from the matching contacts (each once, from the contact_words index): only their
    // conversations are found (conversations_contact_recent), then sorted; the same pass counts them
    // (count over the window), and only the page's conversations are read.
    const matches = matchingContactsSql(filter.search, companyId, { talking: true });
    const matched = `FROM (SELECT contact_id AS match FROM (${matches.sql}))
      CROSS JOIN conversations cv ON cv.contact_id = match AND cv.company_id = ?`;
    const rows = this.sql.values(
      viewsSql(
        `(SELECT cv.id AS page_id, count(*) OVER () AS total ${matched} ORDER BY ${order} LIMIT ? OFFSET ?)
          CROSS JOIN conversations cv ON cv.id = page_id`,
        order,
        ', total',
      ),
      [...matches.params, companyId, filter.limit, filter.offset],
    );
    const first = rows[0];
    if (first !== undefined) return { views: rows.map(viewOf), total: first[EXTRA_AT] as number };
    // A page past the end: only the count is left to answer.
    const count = this.sql.get(`SELECT count(*) AS n ${matched}`).get(...matches.params, companyId) as { n: number };
    return { views: [], total: count.n };
  }

  /**
   * A search by one or two digits ("55") matches many conversations. Its total is the conversations
   * whose contact's number holds the run (conversation_number_runs, migration 012) and those of contacts
   * with a name word starting with the digits; its page walks the inbox's order keeping the numbers that
   * hold the run. Undefined when the walk is expected to read more than the matches are (few matches, a
   * deep page): the search by matching contacts answers then.
   */
  private searchShortDigits(
    companyId: string,
    digits: string,
    filter: { limit: number; offset: number },
  ): { views: ConversationView[]; total: number } | undefined {
    const inNumbers =
      (
        this.sql
          .get('SELECT conversations FROM conversation_number_runs WHERE company_id = ? AND run = ?')
          .get(companyId, digits) as { conversations: number } | undefined
      )?.conversations ?? 0;
    const all = storedTotal(this.sql, companyId, 'conversations');
    if (!walkReadsLess(filter.offset + filter.limit, all, inNumbers)) return undefined;
    const names = digitNamesSql(digits, companyId, { talking: true });
    const named = `FROM (SELECT contact_id AS match FROM (${names.sql}))
      CROSS JOIN conversations cv ON cv.contact_id = match AND cv.company_id = ?`;
    const count = this.sql.get(`SELECT count(*) AS n ${named}`).get(...names.params, companyId) as { n: number };
    const order = 'cv.updated_at DESC, cv.id DESC';
    const walk = `SELECT * FROM (SELECT cv.id AS page_id, cv.updated_at FROM conversations cv
      WHERE cv.company_id = ? AND instr(cv.contact_number, ?) > 0 ORDER BY ${order} LIMIT ?)`;
    const rows = this.sql.values(
      viewsSql(
        `(SELECT page_id FROM (${walk} UNION ALL SELECT cv.id AS page_id, cv.updated_at ${named})
            ORDER BY updated_at DESC, page_id DESC LIMIT ? OFFSET ?)
          CROSS JOIN conversations cv ON cv.id = page_id`,
        order,
      ),
      [companyId, digits, filter.offset + filter.limit, ...names.params, companyId, filter.limit, filter.offset],
    );
    return { views: rows.map(viewOf), total: inNumbers + count.n };
  }

  insert(row: Omit<ConversationRow, 'last_message_id' | 'message_count'>): ConversationRow {
    this.sql.db.transaction(() => {
      addToTotal(this.sql, row.company_id, 'conversations', 1);
      this.sql
        .get(
          `INSERT INTO conversations (id, company_id, from_number, contact_id, message_count,
                contact_full_key, contact_last_key, contact_number, contact_number_rev, created_at, updated_at)
              SELECT ?, ?, ?, c.id, 0, c.full_key, c.last_key, c.number, c.number_rev, ?, ?
              FROM contacts c WHERE c.id = ?`,
        )
        .run(row.id, row.company_id, row.from_number, row.updated_at, row.updated_at, row.contact_id);
      // The inbox search reads only the words of contacts with a conversation.
      this.sql.get('UPDATE contact_words SET talks = 1 WHERE contact_id = ? AND talks = 0').run(row.contact_id);
    })();
    return { ...row, last_message_id: null, message_count: 0 };
  }

  messages(conversationId: string, limit: number, offset: number): MessageRow[] {
    return this.sql.rows<MessageRow>(
      `SELECT ${MESSAGE} FROM messages m WHERE m.conversation_id = ?
       ORDER BY m.seq DESC LIMIT ? OFFSET ?`,
      MESSAGE_COLUMNS,
      [conversationId, limit, offset],
    );
  }

  /** The message this conversation already stored under `clientId` (a retried send), if any. */
  messageByClientId(conversationId: string, clientId: string): MessageRow | undefined {
    return this.sql.rows<MessageRow>(
      `SELECT ${MESSAGE} FROM messages m WHERE m.conversation_id = ? AND m.client_id = ?`,
      MESSAGE_COLUMNS,
      [conversationId, clientId],
    )[0];
  }

  /** Whether a stored message is the same send as this text and these files (a retry, not a new message). */
  isSameSend(message: MessageRow, text: string, fileIds: readonly string[]): boolean {
    const files = this.filesOf([message]).get(message.id) ?? [];
    return message.text === text && files.length === fileIds.length && files.every((f, i) => f.id === fileIds[i]);
  }

  /** The files of these messages, in attachment order. */
  filesOf(messages: readonly MessageRow[]): Map<string, FileRow[]> {
    const ids = messages.filter((m) => m.has_files === 1).map((m) => m.id);
    const rows = this.sql.allIn<AttachedFile>(
      `SELECT mf.message_id, f.id, f.company_id, f.description, f.capability
       FROM message_files mf JOIN files f ON f.id = mf.file_id
       WHERE mf.message_id IN (?) ORDER BY mf.message_id, mf.position`,
      ids,
    );
    const byMessage = new Map<string, FileRow[]>();
    for (const { message_id, ...file } of rows) {
      const list = byMessage.get(message_id) ?? [];
      list.push(file);
      byMessage.set(message_id, list);
    }
    return byMessage;
  }

  /**
   * Stores a message and moves its conversation's activity forward, in one transaction. Its `seq` is the
   * conversation's next number: the thread's order is the order messages were stored, even within a
   * millisecond.
   */
  addMessage(message: NewMessage): MessageRow {
    const row: MessageRow = {
      id: message.id,
      conversation_id: message.conversation_id,
      direction: message.direction,
      frm: message.frm,
      to_number: message.to_number,
      text: message.text,
      success: message.success ? 1 : 0,
      error: message.error,
      client_id: message.client_id,
      has_files: message.file_ids.length > 0 ? 1 : 0,
      created_at: message.created_at,
    };
    this.sql.db.transaction(() => {
      this.sql
        .get(
          `INSERT INTO messages (id, conversation_id, direction, frm, to_number, text, success,
                error, client_id, has_files, created_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                (SELECT coalesce(max(seq), 0) + 1 FROM messages WHERE conversation_id = ?))`,
        )
        .run(
          row.id,
          row.conversation_id,
          row.direction,
          row.frm,
          row.to_number,
          row.text,
          row.success,
          row.error,
          row.client_id,
          row.has_files,
          row.created_at,
          row.conversation_id,
        );
      const link = this.sql.get('INSERT INTO message_files (message_id, position, file_id) VALUES (?, ?, ?)');
      message.file_ids.forEach((fileId, position) => link.run(row.id, position, fileId));
      this.sql
        .get(
          `UPDATE conversations SET message_count = message_count + 1,
                last_message_id = CASE WHEN ? >= updated_at OR last_message_id IS NULL THEN ? ELSE last_message_id END,
                updated_at = max(updated_at, ?) WHERE id = ?`,
        )
        .run(row.created_at, row.id, row.created_at, row.conversation_id);
    })();
    return row;
  }
}
