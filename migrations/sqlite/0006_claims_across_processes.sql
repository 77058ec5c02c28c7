-- Each claim of a role change carries a random token: a process renews or settles a change only
-- while its own claim holds it, so a process whose lease lapsed cannot overwrite what the process
-- that took the change over recorded.
ALTER TABLE role_changes ADD COLUMN claim_token BIGINT;
-- What each server has in hand, counted on every claim so one server's raid leaves room for others.
CREATE INDEX role_changes_claimed ON role_changes (guild_id, claimed_until);

-- Each server's welcome-DM window: when it opened and how many DMs it has sent. Claimed by a
-- conditional write, so the cap holds across restarts and processes.
CREATE TABLE join_windows (
    guild_id   BIGINT PRIMARY KEY,
    opened_at  BIGINT NOT NULL,
    sent       BIGINT NOT NULL
);

-- The changes still to apply, per server in order: what every claim ranks.
CREATE INDEX role_changes_pending ON role_changes (guild_id, id) WHERE done_at IS NULL AND failed_at IS NULL;
