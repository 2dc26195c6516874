-- Sign-out, refresh-token chains and sign-in guessing limits.
-- A refresh token belongs to a chain (one sign-in and its rotations) that shares one absolute expiry,
-- and a chain started by a hosted sign-in remembers that browser session, so signing out ends both.
ALTER TABLE refresh_tokens ADD COLUMN chain_id TEXT;
ALTER TABLE refresh_tokens ADD COLUMN session_id TEXT;
UPDATE refresh_tokens SET chain_id = token_hash WHERE chain_id IS NULL;
CREATE INDEX refresh_tokens_chain ON refresh_tokens(chain_id);
CREATE INDEX refresh_tokens_session ON refresh_tokens(session_id);

-- The public id of a browser session (the id_token's `sid`); the cookie's value stays secret.
ALTER TABLE browser_sessions ADD COLUMN id TEXT;
UPDATE browser_sessions SET id = lower(hex(randomblob(12))) WHERE id IS NULL;
CREATE UNIQUE INDEX browser_sessions_id ON browser_sessions(id);

ALTER TABLE auth_codes ADD COLUMN session_id TEXT;

-- Wrong sign-in passwords, per account (`account:<email>`) and per client (`client:<address>`).
-- An attempt is counted here before its password is checked (and refunded when it was right).
CREATE TABLE sign_in_limits (
  key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  locked_until INTEGER,
  last_at INTEGER NOT NULL
);
CREATE INDEX sign_in_limits_last ON sign_in_limits(last_at);
