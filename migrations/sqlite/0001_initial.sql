-- Keygate's initial schema (SQLite). Never edit once applied: add a new migration instead.
-- Ids are Discord snowflakes stored as 64-bit integers; times are Unix seconds.

-- A server's gate settings.
CREATE TABLE guild_settings (
    guild_id        BIGINT NOT NULL PRIMARY KEY,
    gated_role_id   BIGINT,
    log_channel_id  BIGINT,
    guide_on_join   BIGINT NOT NULL DEFAULT 0,
    updated_at      BIGINT NOT NULL
);

-- One authenticator enrollment per member per server. The TOTP secret is sealed (XChaCha20-Poly1305)
-- with a key kept outside the database; key_id names that key so it can be rotated.
CREATE TABLE enrollments (
    guild_id         BIGINT NOT NULL,
    user_id          BIGINT NOT NULL,
    key_id           BIGINT NOT NULL,
    nonce            BLOB NOT NULL,
    ciphertext       BLOB NOT NULL,
    created_at       BIGINT NOT NULL,
    expires_at       BIGINT,            -- set while unconfirmed
    confirmed_at     BIGINT,
    last_step        BIGINT,            -- last accepted TOTP step: each step is accepted at most once
    verified_at      BIGINT,            -- set while the member holds the gated role through the gate
    last_verified_at BIGINT,
    PRIMARY KEY (guild_id, user_id)
);

-- Backup codes, only as argon2id PHC strings (unique salt each). slot is the code's public tag.
CREATE TABLE backup_codes (
    guild_id    BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    slot        BIGINT NOT NULL,
    phc         TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    used_at     BIGINT,
    PRIMARY KEY (guild_id, user_id, slot)
);

-- Lockout state per member per server; version makes concurrent updates compare-and-set.
CREATE TABLE throttle (
    guild_id             BIGINT NOT NULL,
    user_id              BIGINT NOT NULL,
    version              BIGINT NOT NULL,
    window_start         BIGINT,
    window_failures      BIGINT NOT NULL,
    consecutive_failures BIGINT NOT NULL,
    lock_count           BIGINT NOT NULL,
    locked_until         BIGINT,
    hard_locked          BIGINT NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);

-- The audit trail. Never a secret or a code.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id    BIGINT NOT NULL,
    at          BIGINT NOT NULL,
    kind        TEXT NOT NULL,
    actor_id    BIGINT,
    subject_id  BIGINT,
    detail      TEXT NOT NULL
);
CREATE INDEX audit_log_guild ON audit_log (guild_id, id);
CREATE INDEX audit_log_subject ON audit_log (guild_id, subject_id, id);

-- The role-change outbox: written in the transaction that spends a code, applied by the bot.
CREATE TABLE role_changes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id    BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    role_id     BIGINT NOT NULL,
    action      TEXT NOT NULL,          -- 'grant' or 'remove'
    created_at  BIGINT NOT NULL,
    not_before  BIGINT NOT NULL,
    attempts    BIGINT NOT NULL DEFAULT 0,
    done_at     BIGINT,
    failed_at   BIGINT,
    last_error  TEXT
);
CREATE INDEX role_changes_due ON role_changes (done_at, failed_at, not_before);
