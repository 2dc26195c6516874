-- A search word reads each contact once, and only one search word reads the index:
-- `shared` is how many bytes a key has in common with the contact's key before it (see
-- contactWordRows in texting/search-keys.ts), so a contact's first key in a search word's range is
-- the only one sharing fewer bytes than the word: no de-duplication of thousands of matches.
-- `name_words` holds all of the contact's name keys, so the rows of one word's range check the
-- search's other words in place. `talks` is 1 once the contact has a conversation: the inbox search
-- reads the conversations of those contacts only.
-- The rows are written again by the application as it starts (backfillWords).
DROP TABLE contact_words;
CREATE TABLE contact_words (
  company_id TEXT NOT NULL,
  key TEXT NOT NULL,
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  shared INTEGER NOT NULL,
  talks INTEGER NOT NULL,
  full_key TEXT NOT NULL,
  last_key TEXT NOT NULL,
  number TEXT NOT NULL,
  name_words TEXT NOT NULL,
  PRIMARY KEY (company_id, key, contact_id)
) WITHOUT ROWID;
CREATE INDEX contact_words_contact ON contact_words(contact_id);
