-- Members' whole life at the gate: reminders and kicks of the unverified, a moderator's one-time
-- code for a lost phone, and moderator requests that need a second moderator.
ALTER TABLE guild_settings ADD COLUMN remind_after_secs BIGINT;
ALTER TABLE guild_settings ADD COLUMN kick_after_secs BIGINT;
ALTER TABLE guild_settings ADD COLUMN two_person_reset BIGINT NOT NULL DEFAULT 0;

-- When each member joined (so a restart loses nothing), the roles they had then (a role given
-- later exempts them from a kick), and what became of them. `settled_at`: passed a gate, left,
-- or found exempt; such a member is neither reminded nor kicked.
CREATE TABLE member_joins (
    guild_id    BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    joined_at   BIGINT NOT NULL,
    join_roles  TEXT NOT NULL,
    reminded_at BIGINT,
    kicked_at   BIGINT,
    settled_at  BIGINT,
    PRIMARY KEY (guild_id, user_id)
);
CREATE INDEX member_joins_waiting ON member_joins (guild_id, joined_at);

-- A moderator's one-time code for a member who lost their phone: only its argon2id hash, one per
-- member (a new one replaces it), spent once (`used_at`), valid until `expires_at`.
CREATE TABLE bypass_codes (
    guild_id    BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    phc         TEXT NOT NULL,
    issued_by   BIGINT NOT NULL,
    approved_by BIGINT,
    issued_at   BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT,
    PRIMARY KEY (guild_id, user_id)
);

-- `/gate reset` and `/gate bypass` waiting for a second moderator (`two_person_reset`). The id is
-- random and names the request in its buttons; a request is decided once.
CREATE TABLE approval_requests (
    id           TEXT NOT NULL PRIMARY KEY,
    guild_id     BIGINT NOT NULL,
    action       TEXT NOT NULL,
    requested_by BIGINT NOT NULL,
    user_id      BIGINT NOT NULL,
    reason       TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    decided_by   BIGINT,
    decided_at   BIGINT,
    approved     BIGINT
);
CREATE INDEX approval_requests_guild ON approval_requests (guild_id, created_at);
