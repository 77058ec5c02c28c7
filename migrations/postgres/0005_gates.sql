-- Several gates per server. Each gate is a role Keygate grants after a valid code, with who may
-- pass it (eligible_role_id) and for how long the role is held (lasts_secs), or how often a
-- permanent role must be passed again (reverify_secs). A server's existing gate becomes its
-- first gate.
CREATE TABLE gates (
    guild_id          BIGINT NOT NULL,
    role_id           BIGINT NOT NULL,
    eligible_role_id  BIGINT,
    lasts_secs        BIGINT,
    reverify_secs     BIGINT,
    created_at        BIGINT NOT NULL,
    PRIMARY KEY (guild_id, role_id)
);
INSERT INTO gates (guild_id, role_id, created_at)
    SELECT guild_id, gated_role_id, updated_at FROM guild_settings WHERE gated_role_id IS NOT NULL;

-- The gated roles members hold through Keygate: when they last passed the gate, when a timed
-- role ends (its removal is queued in role_changes with the grant), and when a re-verified role
-- is reminded about and lapses.
CREATE TABLE held_roles (
    guild_id     BIGINT NOT NULL,
    user_id      BIGINT NOT NULL,
    role_id      BIGINT NOT NULL,
    granted_at   BIGINT NOT NULL,
    passed_at    BIGINT NOT NULL,
    expires_at   BIGINT,
    remind_at    BIGINT,
    reminded_at  BIGINT,
    lapses_at    BIGINT,
    PRIMARY KEY (guild_id, user_id, role_id)
);
CREATE INDEX held_roles_remind ON held_roles (remind_at);
CREATE INDEX held_roles_lapse ON held_roles (lapses_at);
-- Members verified through the old single gate hold its role.
INSERT INTO held_roles (guild_id, user_id, role_id, granted_at, passed_at)
    SELECT e.guild_id, e.user_id, s.gated_role_id, e.verified_at, COALESCE(e.last_verified_at, e.verified_at)
    FROM enrollments e JOIN guild_settings s ON s.guild_id = e.guild_id
    WHERE e.verified_at IS NOT NULL AND s.gated_role_id IS NOT NULL;

ALTER TABLE guild_settings DROP COLUMN gated_role_id;
-- Keygate's own moderator commands first ask for a fresh authenticator code.
ALTER TABLE guild_settings ADD COLUMN moderator_code BIGINT NOT NULL DEFAULT 0;
ALTER TABLE enrollments DROP COLUMN verified_at;

-- Why a role change was queued: Discord's audit-log reason and the log channel's line follow it.
ALTER TABLE role_changes ADD COLUMN cause TEXT NOT NULL DEFAULT 'verified';
UPDATE role_changes SET cause = 'revoked' WHERE action = 'remove';
