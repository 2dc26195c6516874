-- Core tables of the sandbox: accounts, sign-in, Google consent, meetings, settings.
CREATE TABLE companies (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  company_id TEXT NOT NULL REFERENCES companies(id),
  email TEXT NOT NULL COLLATE NOCASE UNIQUE,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  mobile TEXT,
  timezone TEXT NOT NULL DEFAULT 'America/Los_Angeles',
  meet_minutes_used INTEGER NOT NULL DEFAULT 0,
  meet_minutes_limit INTEGER NOT NULL DEFAULT 200,
  created_at TEXT NOT NULL
);
CREATE INDEX users_company ON users(company_id);

-- Opaque refresh tokens, stored as SHA-256 hashes; rotation marks the old one used.
CREATE TABLE refresh_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  expires_at INTEGER NOT NULL,
  used_at INTEGER,
  revoked_at INTEGER,
  created_at INTEGER NOT NULL
);
CREATE INDEX refresh_tokens_user ON refresh_tokens(user_id);

CREATE TABLE auth_codes (
  code_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  client_id TEXT NOT NULL,
  redirect_uri TEXT NOT NULL,
  code_challenge TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);

CREATE TABLE browser_sessions (
  session_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  expires_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX browser_sessions_user ON browser_sessions(user_id);

CREATE TABLE google_credentials (
  user_id TEXT PRIMARY KEY REFERENCES users(id),
  google_email TEXT NOT NULL,
  refresh_token_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE TABLE consent_states (
  state_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  redirect_uri TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  company_id TEXT NOT NULL REFERENCES companies(id),
  organizer_id TEXT NOT NULL REFERENCES users(id),
  event_type TEXT NOT NULL CHECK (event_type IN ('history', 'scheduled')),
  meeting_id TEXT NOT NULL UNIQUE,
  title_meet TEXT NOT NULL,
  summary TEXT NOT NULL,
  description TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  -- UTC instants, ISO 8601 with milliseconds, so text order is time order.
  date_start TEXT NOT NULL,
  date_end TEXT NOT NULL,
  -- Wall-clock start in time_zone (2020-11-17T12:17:16): what date_from/date_to compare with.
  local_start TEXT NOT NULL,
  attendees TEXT NOT NULL DEFAULT '[]',
  google_event_id TEXT,
  password_hash TEXT,
  mod_password_hash TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX events_organizer_start ON events(organizer_id, date_start);
CREATE INDEX events_organizer_local_start ON events(organizer_id, local_start);

CREATE TABLE room_attempts (
  meeting_id TEXT NOT NULL,
  client_ip TEXT NOT NULL,
  failures INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER,
  PRIMARY KEY (meeting_id, client_ip)
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
