-- A search by one word no longer reads its whole range of contact_words (thousands of rows for "gar"
-- at 100k contacts) to count and order its matches:
-- contact_word_counts holds how many rows of contact_words each (key, shared) of a name has, kept
-- exact by the triggers below in the writes' own transactions. A word's total is the sum over its
-- range with `shared <` its length (see contactWordRows), a few rows per distinct word.
-- The contact_words_by_* indexes hold each name key's rows in a list order, so a page of a word with
-- few distinct keys ("gar": garcia, garner) is the first rows of each key, merged.
-- Number keys (behind '#', NUMBER_MARK in texting/search-keys.ts) are left out: each is one contact's.
CREATE TABLE contact_word_counts (
  company_id TEXT NOT NULL,
  key TEXT NOT NULL,
  shared INTEGER NOT NULL,
  contacts INTEGER NOT NULL,
  PRIMARY KEY (company_id, key, shared)
) WITHOUT ROWID;

INSERT INTO contact_word_counts (company_id, key, shared, contacts)
  SELECT company_id, key, shared, count(*) FROM contact_words WHERE substr(key, 1, 1) <> '#'
  GROUP BY company_id, key, shared;

CREATE TRIGGER contact_word_counts_insert AFTER INSERT ON contact_words
  WHEN substr(NEW.key, 1, 1) <> '#'
BEGIN
  INSERT INTO contact_word_counts (company_id, key, shared, contacts) VALUES (NEW.company_id, NEW.key, NEW.shared, 1)
    ON CONFLICT (company_id, key, shared) DO UPDATE SET contacts = contacts + 1;
END;

CREATE TRIGGER contact_word_counts_delete AFTER DELETE ON contact_words
  WHEN substr(OLD.key, 1, 1) <> '#'
BEGIN
  UPDATE contact_word_counts SET contacts = contacts - 1
    WHERE company_id = OLD.company_id AND key = OLD.key AND shared = OLD.shared;
  DELETE FROM contact_word_counts
    WHERE company_id = OLD.company_id AND key = OLD.key AND shared = OLD.shared AND contacts <= 0;
END;

-- The application only inserts and deletes these rows; an update of what is counted moves the count.
CREATE TRIGGER contact_word_counts_update AFTER UPDATE OF company_id, key, shared ON contact_words
BEGIN
  UPDATE contact_word_counts SET contacts = contacts - 1
    WHERE substr(OLD.key, 1, 1) <> '#' AND company_id = OLD.company_id AND key = OLD.key AND shared = OLD.shared;
  DELETE FROM contact_word_counts
    WHERE company_id = OLD.company_id AND key = OLD.key AND shared = OLD.shared AND contacts <= 0;
  INSERT INTO contact_word_counts (company_id, key, shared, contacts)
    SELECT NEW.company_id, NEW.key, NEW.shared, 1 WHERE substr(NEW.key, 1, 1) <> '#'
    ON CONFLICT (company_id, key, shared) DO UPDATE SET contacts = contacts + 1;
END;

CREATE INDEX contact_words_by_full ON contact_words(company_id, key, full_key, contact_id, shared)
  WHERE substr(key, 1, 1) <> '#';
CREATE INDEX contact_words_by_last ON contact_words(company_id, key, last_key, full_key, contact_id, shared)
  WHERE substr(key, 1, 1) <> '#';
CREATE INDEX contact_words_by_number ON contact_words(company_id, key, number, shared)
  WHERE substr(key, 1, 1) <> '#';
