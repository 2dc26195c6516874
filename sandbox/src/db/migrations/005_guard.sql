-- Meeting-password guesses are reserved before the slow check, so parallel guesses cannot overrun
-- the limits: a row per guess (pending until checked, then wrong; a right guess deletes its row).
-- Limits count these rows per meeting (every client) and per meeting and client.
DROP TABLE room_attempts;
CREATE TABLE room_guesses (
  id INTEGER PRIMARY KEY,
  meeting_id TEXT NOT NULL,
  client_ip TEXT NOT NULL,
  at_ms INTEGER NOT NULL,
  -- 0 while the password is being checked, 1 once it was found wrong.
  wrong INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX room_guesses_meeting ON room_guesses(meeting_id, at_ms);
CREATE INDEX room_guesses_client ON room_guesses(meeting_id, client_ip, at_ms);

-- A client's lock on a meeting; `lockouts` makes each next lock longer.
CREATE TABLE room_locks (
  meeting_id TEXT NOT NULL,
  client_ip TEXT NOT NULL,
  locked_until INTEGER NOT NULL,
  lockouts INTEGER NOT NULL,
  PRIMARY KEY (meeting_id, client_ip)
) WITHOUT ROWID;

-- Messages are ordered by a per-conversation sequence, so messages stored in the same millisecond
-- keep the order they were sent in. Existing ones are numbered by time, then by insertion (rowid).
ALTER TABLE messages ADD COLUMN seq INTEGER;
UPDATE messages SET seq = numbered.n FROM (
  SELECT rowid AS r, row_number() OVER (PARTITION BY conversation_id ORDER BY created_at, rowid) AS n FROM messages
) AS numbered WHERE numbered.r = messages.rowid;
DROP INDEX messages_conversation_recent;
CREATE UNIQUE INDEX messages_conversation_seq ON messages(conversation_id, seq);
