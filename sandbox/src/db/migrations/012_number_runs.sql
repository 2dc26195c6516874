-- A search by one or two digits ("55") matches a large share of the contacts (8,160 of 100k) and of
-- the conversations: reading its range of contact_words to count and order them cost 0.5-0.8 ms of SQL
-- a query at 1M messages ("5": 6 ms). These tables hold how many of a company's contacts, and of its
-- conversations, have each run of one or two digits in the (contact's) number, kept exact by the
-- triggers below in the writes' own transactions (conversations.contact_number is kept in step with
-- the contact). Such a search counts from them and walks the index of the list's order for its page
-- (ContactStore.searchShortDigits, ConversationStore.list). Numbers are 10 digits (NATIONAL_NUMBER).
CREATE TABLE contact_number_runs (
  company_id TEXT NOT NULL,
  run TEXT NOT NULL,
  contacts INTEGER NOT NULL,
  PRIMARY KEY (company_id, run)
) WITHOUT ROWID;

CREATE TABLE conversation_number_runs (
  company_id TEXT NOT NULL,
  run TEXT NOT NULL,
  conversations INTEGER NOT NULL,
  PRIMARY KEY (company_id, run)
) WITHOUT ROWID;

-- Where a run of a number can start, and its length: a run is substr(number, at, len).
CREATE TABLE number_run_places (at INTEGER NOT NULL, len INTEGER NOT NULL, PRIMARY KEY (at, len)) WITHOUT ROWID;
INSERT INTO number_run_places (at, len)
  VALUES (1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 1), (7, 1), (8, 1), (9, 1), (10, 1),
         (1, 2), (2, 2), (3, 2), (4, 2), (5, 2), (6, 2), (7, 2), (8, 2), (9, 2);

INSERT INTO contact_number_runs (company_id, run, contacts)
  SELECT company_id, run, count(*) FROM (
    SELECT DISTINCT t.id, t.company_id, substr(t.number, p.at, p.len) AS run
      FROM contacts t JOIN number_run_places p ON p.at + p.len <= length(t.number) + 1
  ) GROUP BY company_id, run;

CREATE TRIGGER contact_number_runs_insert AFTER INSERT ON contacts
BEGIN
  INSERT INTO contact_number_runs (company_id, run, contacts)
    SELECT NEW.company_id, run, 1 FROM (SELECT DISTINCT substr(NEW.number, at, len) AS run FROM number_run_places WHERE at + len <= length(NEW.number) + 1) WHERE true
    ON CONFLICT (company_id, run) DO UPDATE SET contacts = contacts + 1;
END;

CREATE TRIGGER contact_number_runs_delete AFTER DELETE ON contacts
BEGIN
  UPDATE contact_number_runs SET contacts = contacts - 1
    WHERE company_id = OLD.company_id AND run IN (SELECT DISTINCT substr(OLD.number, at, len) AS run FROM number_run_places WHERE at + len <= length(OLD.number) + 1);
  DELETE FROM contact_number_runs WHERE company_id = OLD.company_id AND contacts <= 0;
END;

-- A new number (or company): the old runs count one less, the new ones one more.
CREATE TRIGGER contact_number_runs_update AFTER UPDATE OF company_id, number ON contacts
BEGIN
  UPDATE contact_number_runs SET contacts = contacts - 1
    WHERE company_id = OLD.company_id AND run IN (SELECT DISTINCT substr(OLD.number, at, len) AS run FROM number_run_places WHERE at + len <= length(OLD.number) + 1);
  DELETE FROM contact_number_runs WHERE company_id = OLD.company_id AND contacts <= 0;
  INSERT INTO contact_number_runs (company_id, run, contacts)
    SELECT NEW.company_id, run, 1 FROM (SELECT DISTINCT substr(NEW.number, at, len) AS run FROM number_run_places WHERE at + len <= length(NEW.number) + 1) WHERE true
    ON CONFLICT (company_id, run) DO UPDATE SET contacts = contacts + 1;
END;

INSERT INTO conversation_number_runs (company_id, run, conversations)
  SELECT company_id, run, count(*) FROM (
    SELECT DISTINCT t.id, t.company_id, substr(t.contact_number, p.at, p.len) AS run
      FROM conversations t JOIN number_run_places p ON p.at + p.len <= length(t.contact_number) + 1
  ) GROUP BY company_id, run;

CREATE TRIGGER conversation_number_runs_insert AFTER INSERT ON conversations
BEGIN
  INSERT INTO conversation_number_runs (company_id, run, conversations)
    SELECT NEW.company_id, run, 1 FROM (SELECT DISTINCT substr(NEW.contact_number, at, len) AS run FROM number_run_places WHERE at + len <= length(NEW.contact_number) + 1) WHERE true
    ON CONFLICT (company_id, run) DO UPDATE SET conversations = conversations + 1;
END;

CREATE TRIGGER conversation_number_runs_delete AFTER DELETE ON conversations
BEGIN
  UPDATE conversation_number_runs SET conversations = conversations - 1
    WHERE company_id = OLD.company_id AND run IN (SELECT DISTINCT substr(OLD.contact_number, at, len) AS run FROM number_run_places WHERE at + len <= length(OLD.contact_number) + 1);
  DELETE FROM conversation_number_runs WHERE company_id = OLD.company_id AND conversations <= 0;
END;

-- A new number (or company): the old runs count one less, the new ones one more.
CREATE TRIGGER conversation_number_runs_update AFTER UPDATE OF company_id, contact_number ON conversations
BEGIN
  UPDATE conversation_number_runs SET conversations = conversations - 1
    WHERE company_id = OLD.company_id AND run IN (SELECT DISTINCT substr(OLD.contact_number, at, len) AS run FROM number_run_places WHERE at + len <= length(OLD.contact_number) + 1);
  DELETE FROM conversation_number_runs WHERE company_id = OLD.company_id AND conversations <= 0;
  INSERT INTO conversation_number_runs (company_id, run, conversations)
    SELECT NEW.company_id, run, 1 FROM (SELECT DISTINCT substr(NEW.contact_number, at, len) AS run FROM number_run_places WHERE at + len <= length(NEW.contact_number) + 1) WHERE true
    ON CONFLICT (company_id, run) DO UPDATE SET conversations = conversations + 1;
END;
