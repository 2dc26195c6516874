-- A search by one or two digits ("55") matches a large share of the contacts (8,160 of 100k), and
-- reading its range of contact_words to count them cost 0.5 ms a query ("5": 6 ms).
-- contact_number_runs holds how many of a company's contacts have each run of one or two digits in
-- their number, kept exact by the triggers below in the writes' own transactions. They read the
-- number keys of contact_words ('#' and a suffix of the number, NUMBER_MARK in texting/search-keys.ts):
-- in a contact's sorted keys, a suffix starts a run the contact has not had yet when it shares fewer
-- bytes with the key before it than '#' and the run (see contactWordRows).
CREATE TABLE contact_number_runs (
  company_id TEXT NOT NULL,
  run TEXT NOT NULL,
  contacts INTEGER NOT NULL,
  PRIMARY KEY (company_id, run)
) WITHOUT ROWID;

INSERT INTO contact_number_runs (company_id, run, contacts)
  SELECT company_id, run, count(*) FROM (
    SELECT company_id, substr(key, 2, 1) AS run FROM contact_words
      WHERE substr(key, 1, 1) = '#' AND shared < 2
    UNION ALL
    SELECT company_id, substr(key, 2, 2) AS run FROM contact_words
      WHERE substr(key, 1, 1) = '#' AND shared < 3 AND length(key) >= 3
  ) GROUP BY company_id, run;

CREATE TRIGGER contact_number_runs_insert AFTER INSERT ON contact_words
  WHEN substr(NEW.key, 1, 1) = '#' AND NEW.shared < 3
BEGIN
  INSERT INTO contact_number_runs (company_id, run, contacts)
    SELECT NEW.company_id, substr(NEW.key, 2, 1), 1 WHERE NEW.shared < 2
    ON CONFLICT (company_id, run) DO UPDATE SET contacts = contacts + 1;
  INSERT INTO contact_number_runs (company_id, run, contacts)
    SELECT NEW.company_id, substr(NEW.key, 2, 2), 1 WHERE length(NEW.key) >= 3
    ON CONFLICT (company_id, run) DO UPDATE SET contacts = contacts + 1;
END;

CREATE TRIGGER contact_number_runs_delete AFTER DELETE ON contact_words
  WHEN substr(OLD.key, 1, 1) = '#' AND OLD.shared < 3
BEGIN
  UPDATE contact_number_runs SET contacts = contacts - 1
    WHERE company_id = OLD.company_id
      AND (run = substr(OLD.key, 2, 1) AND OLD.shared < 2 OR run = substr(OLD.key, 2, 2) AND length(OLD.key) >= 3);
  DELETE FROM contact_number_runs
    WHERE company_id = OLD.company_id AND run IN (substr(OLD.key, 2, 1), substr(OLD.key, 2, 2)) AND contacts <= 0;
END;

-- The application only inserts and deletes these rows; an update of what is counted moves the count.
CREATE TRIGGER contact_number_runs_update AFTER UPDATE OF company_id, key, shared ON contact_words
BEGIN
  UPDATE contact_number_runs SET contacts = contacts - 1
    WHERE substr(OLD.key, 1, 1) = '#' AND company_id = OLD.company_id
      AND (run = substr(OLD.key, 2, 1) AND OLD.shared < 2 OR run = substr(OLD.key, 2, 2) AND OLD.shared < 3 AND length(OLD.key) >= 3);
  DELETE FROM contact_number_runs
    WHERE company_id = OLD.company_id AND run IN (substr(OLD.key, 2, 1), substr(OLD.key, 2, 2)) AND contacts <= 0;
  INSERT INTO contact_number_runs (company_id, run, contacts)
    SELECT NEW.company_id, substr(NEW.key, 2, 1), 1 WHERE substr(NEW.key, 1, 1) = '#' AND NEW.shared < 2
    ON CONFLICT (company_id, run) DO UPDATE SET contacts = contacts + 1;
  INSERT INTO contact_number_runs (company_id, run, contacts)
    SELECT NEW.company_id, substr(NEW.key, 2, 2), 1
      WHERE substr(NEW.key, 1, 1) = '#' AND NEW.shared < 3 AND length(NEW.key) >= 3
    ON CONFLICT (company_id, run) DO UPDATE SET contacts = contacts + 1;
END;
