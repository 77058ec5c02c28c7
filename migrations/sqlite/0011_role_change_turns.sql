-- Each server's pending changes in the order the role worker takes them (removals first, then
-- oldest first). PostgreSQL's claim reads only the first few of each server from it; SQLite's
-- ranks them all in this same order.
CREATE INDEX role_changes_turns ON role_changes (guild_id, (action <> 'remove'), id)
    WHERE done_at IS NULL AND failed_at IS NULL;
