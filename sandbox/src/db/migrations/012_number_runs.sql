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

-- Where a run of a number can start.
CREATE TABLE number_positions (at INTEGER PRIMARY KEY);
INSERT INTO number_positions (at) VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10);

INSERT INTO contact_number_runs (company_id, run, contacts)
  SELECT company_id, run, count(*) FROM (
    SELECT t.id, t.company_id, substr(t.number, p.at, 1) AS run
      FROM contacts t JOIN number_positions p ON p.at <= length(t.number)
    UNION
    SELECT t.id, t.company_id, substr(t.number, p.at, 2) AS run
      FROM contacts t JOIN number_positions p ON p.at < length(t.number)
  ) GROUP BY company_id, run;

CREATE TRIGGER contact_number_runs_insert AFTER INSERT ON contacts
BEGIN
  INSERT INTO contact_number_runs (company_id, run, contacts)
    SELECT NEW.company_id, run, 1 FROM (
      SELECT substr(NEW.number, at, 1) AS run FROM number_positions WHERE at <= length(NEW.number)
      UNION
      SELECT substr(NEW.number, at, 2) FROM number_positions WHERE at < length(NEW.number)
    ) WHERE true
    ON CONFLICT (company_id, run) DO UPDATE SET contacts = contacts + 1;
END;

CREATE TRIGGER contact_number_runs_delete AFTER DELETE ON contacts
BEGIN
  UPDATE contact_number_runs SET contacts = contacts - 1
    WHERE company_id = OLD.company_id AND run IN (
      SELECT substr(OLD.number, at, 1) AS run FROM number_positions WHERE at <= length(OLD.number)
      UNION
      SELECT substr(OLD.number, at, 2) FROM number_positions WHERE at < length(OLD.number)
    );
  DELETE FROM contact_number_runs WHERE company_id = OLD.company_id AND contacts <= 0;
END;

CREATE TRIGGER contact_number_runs_update AFTER UPDATE OF company_id, number ON contacts
BEGIN
  UPDATE contact_number_runs SET contacts = contacts - 1
    WHERE company_id = OLD.company_id AND run IN (
      SELECT substr(OLD.number, at, 1) AS run FROM number_positions WHERE at <= length(OLD.number)
      UNION
      SELECT substr(OLD.number, at, 2) FROM number_positions WHERE at < length(OLD.number)
    );
  DELETE FROM contact_number_runs WHERE company_id = OLD.company_id AND contacts <= 0;
  INSERT INTO contact_number_runs (company_id, run, contacts)
    SELECT NEW.company_id, run, 1 FROM (
      SELECT substr(NEW.number, at, 1) AS run FROM number_positions WHERE at <= length(NEW.number)
      UNION
      SELECT substr(NEW.number, at, 2) FROM number_positions WHERE at < length(NEW.number)
    ) WHERE true
    ON CONFLICT (company_id, run) DO UPDATE SET contacts = contacts + 1;
END;

INSERT INTO conversation_number_runs (company_id, run, conversations)
  SELECT company_id, run, count(*) FROM (
    SELECT t.id, t.company_id, substr(t.contact_number, p.at, 1) AS run
      FROM conversations t JOIN number_positions p ON p.at <= length(t.contact_number)
    UNION
    SELECT t.id, t.company_id, substr(t.contact_number, p.at, 2) AS run
      FROM conversations t JOIN number_positions p ON p.at < length(t.contact_number)
  ) GROUP BY company_id, run;

CREATE TRIGGER conversation_number_runs_insert AFTER INSERT ON conversations
BEGIN
  INSERT INTO conversation_number_runs (company_id, run, conversations)
    SELECT NEW.company_id, run, 1 FROM (
      SELECT substr(NEW.contact_number, at, 1) AS run FROM number_positions WHERE at <= length(NEW.contact_number)
      UNION
      SELECT substr(NEW.contact_number, at, 2) FROM number_positions WHERE at < length(NEW.contact_number)
    ) WHERE true
    ON CONFLICT (company_id, run) DO UPDATE SET conversations = conversations + 1;
END;

CREATE TRIGGER conversation_number_runs_delete AFTER DELETE ON conversations
BEGIN
  UPDATE conversation_number_runs SET conversations = conversations - 1
    WHERE company_id = OLD.company_id AND run IN (
      SELECT substr(OLD.contact_number, at, 1) AS run FROM number_positions WHERE at <= length(OLD.contact_number)
      UNION
      SELECT substr(OLD.contact_number, at, 2) FROM number_positions WHERE at < length(OLD.contact_number)
    );
  DELETE FROM conversation_number_runs WHERE company_id = OLD.company_id AND conversations <= 0;
END;

CREATE TRIGGER conversation_number_runs_update AFTER UPDATE OF company_id, contact_number ON conversations
BEGIN
  UPDATE conversation_number_runs SET conversations = conversations - 1
    WHERE company_id = OLD.company_id AND run IN (
      SELECT substr(OLD.contact_number, at, 1) AS run FROM number_positions WHERE at <= length(OLD.contact_number)
      UNION
      SELECT substr(OLD.contact_number, at, 2) FROM number_positions WHERE at < length(OLD.contact_number)
    );
  DELETE FROM conversation_number_runs WHERE company_id = OLD.company_id AND conversations <= 0;
  INSERT INTO conversation_number_runs (company_id, run, conversations)
    SELECT NEW.company_id, run, 1 FROM (
      SELECT substr(NEW.contact_number, at, 1) AS run FROM number_positions WHERE at <= length(NEW.contact_number)
      UNION
      SELECT substr(NEW.contact_number, at, 2) FROM number_positions WHERE at < length(NEW.contact_number)
    ) WHERE true
    ON CONFLICT (company_id, run) DO UPDATE SET conversations = conversations + 1;
END;
