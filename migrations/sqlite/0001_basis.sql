-- The foundation: people, sessions, sign-in links, sign-in attempts and the mail outbox.
-- Conventions (both backends): ids are text, moments are RFC 3339 text in UTC with a fixed width
-- (so that text order is time order), flags and counts are BIGINT.

CREATE TABLE personen (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    taal TEXT NOT NULL DEFAULT 'nl',
    rol TEXT NOT NULL DEFAULT 'inwoner',
    aangemaakt_op TEXT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    persoon_id TEXT NOT NULL REFERENCES personen (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_persoon ON sessions (persoon_id);

-- A sign-in link is stored only as the hash of its token.
CREATE TABLE sign_in_links (
    token_hash TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX sign_in_links_email ON sign_in_links (email);

-- Requests for a sign-in link, for rate limiting across instances. The key is a hash, never an address.
CREATE TABLE sign_in_attempts (
    key_hash TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX sign_in_attempts_key ON sign_in_attempts (key_hash, at);

-- Every message is written here in the same transaction as the change that causes it; a worker delivers it.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    -- 1 for messages that hold a secret (a sign-in link): the bodies are erased once delivered.
    erase_after_sending BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    claimed_until TEXT,
    sent_at TEXT,
    failed_at TEXT,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, failed_at, next_attempt_at);
