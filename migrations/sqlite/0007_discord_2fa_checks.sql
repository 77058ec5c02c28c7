-- The OAuth2 states spent on a sign-in (a digest of each state's id, never the state), each kept
-- until the state expires: a state works once.
CREATE TABLE oauth_states_spent (
    id_digest  TEXT PRIMARY KEY,
    expires_at BIGINT NOT NULL
);
CREATE INDEX oauth_states_spent_expiry ON oauth_states_spent (expires_at);

-- Each Discord account's last check of its own 2FA (what Discord's /users/@me said, and when).
-- The member's OAuth2 token is never stored.
CREATE TABLE discord_2fa_checks (
    user_id    BIGINT PRIMARY KEY,
    enabled    BIGINT NOT NULL,
    checked_at BIGINT NOT NULL
);

-- A gate may require its members' own Discord 2FA, confirmed within the last 30 days.
ALTER TABLE gates ADD COLUMN discord_2fa BIGINT NOT NULL DEFAULT 0;
