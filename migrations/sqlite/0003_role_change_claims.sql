-- Role changes are claimed for a while by the process applying them, so several bot processes on
-- one database never apply the same change at once.
ALTER TABLE role_changes ADD COLUMN claimed_until BIGINT;
