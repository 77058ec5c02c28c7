-- The sweep over members who joined and have not passed looks only at open joins; `/gate stats`'
-- chart reads a server's last 30 days of the audit trail.
CREATE INDEX member_joins_open ON member_joins (guild_id, joined_at)
    WHERE settled_at IS NULL AND kicked_at IS NULL;
CREATE INDEX audit_log_guild_at ON audit_log (guild_id, at);
