-- Search by any word of a name and any run of digits of a number: each contact's search words
-- (written by the application, see contactWords in texting/search-keys.ts), so that a search word is
-- one prefix range of this index. Number keys are the number's suffixes behind a '#'.
-- The contact's sort keys are copied here, so a search orders its matches from this range alone and
-- reads only the page's contacts (thousands of random reads of contacts cost more than the search).
CREATE TABLE contact_words (
  company_id TEXT NOT NULL,
  key TEXT NOT NULL,
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  full_key TEXT NOT NULL,
  last_key TEXT NOT NULL,
  number TEXT NOT NULL,
  PRIMARY KEY (company_id, key, contact_id)
) WITHOUT ROWID;
CREATE INDEX contact_words_contact ON contact_words(contact_id);

-- Searches read contact_words now; these served the prefix searches before it.
DROP INDEX contacts_company_number_rev;
DROP INDEX conversations_search_full;
DROP INDEX conversations_search_last;
DROP INDEX conversations_search_number;
DROP INDEX conversations_search_number_rev;
