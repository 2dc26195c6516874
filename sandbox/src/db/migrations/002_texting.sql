-- Texting: company numbers and who may text from them, contacts, conversations, messages, files.
-- Times are epoch milliseconds (UTC). Every list query has an index; a test checks the plans.

CREATE TABLE texting_numbers (
  id TEXT PRIMARY KEY,
  company_id TEXT NOT NULL REFERENCES companies(id),
  -- A phone number belongs to one company, so an inbound SMS finds its company by `to`.
  number TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
CREATE INDEX texting_numbers_company ON texting_numbers(company_id, number);

CREATE TABLE texting_number_owners (
  number_id TEXT NOT NULL REFERENCES texting_numbers(id) ON DELETE CASCADE,
  email TEXT NOT NULL COLLATE NOCASE,
  position INTEGER NOT NULL,
  PRIMARY KEY (number_id, email)
) WITHOUT ROWID;

CREATE TABLE contacts (
  id TEXT PRIMARY KEY,
  company_id TEXT NOT NULL REFERENCES companies(id),
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  number TEXT NOT NULL,
  opted_out INTEGER NOT NULL DEFAULT 0,
  -- Search keys, written by the application: lower case without accents, so that
  -- prefix searches are index range scans. `full_key` is "first last" (or the number
  -- for a nameless contact) and is also the list order.
  full_key TEXT NOT NULL,
  last_key TEXT NOT NULL,
  -- The number reversed, so "ends with these digits" is a prefix range too.
  number_rev TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (company_id, number)
);
CREATE INDEX contacts_company_full ON contacts(company_id, full_key, id);
-- Covering for searches: a last-name match gives its list order and id without reading the row.
CREATE INDEX contacts_company_last ON contacts(company_id, last_key, full_key, id);
CREATE INDEX contacts_company_number_rev ON contacts(company_id, number_rev, number);

CREATE TABLE conversations (
  id TEXT PRIMARY KEY,
  company_id TEXT NOT NULL REFERENCES companies(id),
  from_number TEXT NOT NULL,
  contact_id TEXT NOT NULL REFERENCES contacts(id),
  last_message_id TEXT,
  -- Kept in the send transaction so X-Total-Count never counts a long thread.
  message_count INTEGER NOT NULL DEFAULT 0,
  -- The contact's search keys, copied here (and kept in step when the contact changes) so that
  -- an inbox search reads the matching conversations, not every matching contact.
  contact_full_key TEXT NOT NULL,
  contact_last_key TEXT NOT NULL,
  contact_number TEXT NOT NULL,
  contact_number_rev TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (company_id, from_number, contact_id)
);
CREATE INDEX conversations_company_recent ON conversations(company_id, updated_at DESC, id DESC);
CREATE INDEX conversations_contact ON conversations(contact_id, company_id);
CREATE INDEX conversations_search_full ON conversations(company_id, contact_full_key);
CREATE INDEX conversations_search_last ON conversations(company_id, contact_last_key, contact_full_key);
CREATE INDEX conversations_search_number ON conversations(company_id, contact_number);
CREATE INDEX conversations_search_number_rev ON conversations(company_id, contact_number_rev, contact_number);

CREATE TABLE messages (
  id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES conversations(id),
  direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
  frm TEXT NOT NULL,
  to_number TEXT NOT NULL,
  text TEXT NOT NULL,
  success INTEGER NOT NULL,
  error TEXT,
  client_id TEXT,
  has_files INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE INDEX messages_conversation_recent ON messages(conversation_id, created_at DESC, id DESC);

-- Uploaded images. The bytes live in `data`, or in a file under the data directory (`path`).
-- `capability` is the random key of the public content URL an <img> loads.
CREATE TABLE files (
  id TEXT PRIMARY KEY,
  company_id TEXT NOT NULL REFERENCES companies(id),
  description TEXT,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL,
  capability TEXT NOT NULL,
  data BLOB,
  path TEXT,
  created_at INTEGER NOT NULL,
  CHECK (data IS NOT NULL OR path IS NOT NULL)
);

CREATE TABLE message_files (
  message_id TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  file_id TEXT NOT NULL REFERENCES files(id),
  PRIMARY KEY (message_id, position)
) WITHOUT ROWID;
CREATE INDEX message_files_file ON message_files(file_id);

-- Per-company totals of the unfiltered lists, kept in the writing transactions, so that
-- X-Total-Count of a 100k-contact company is a lookup rather than a count.
CREATE TABLE texting_totals (
  company_id TEXT PRIMARY KEY REFERENCES companies(id),
  contacts INTEGER NOT NULL DEFAULT 0,
  conversations INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
