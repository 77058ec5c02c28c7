-- Each server's pending changes in the order the role worker takes them (removals first, then
-- oldest first), so a claim reads the first few of each server instead of ranking them all.
CREATE INDEX role_changes_turns ON role_changes (guild_id, (action <> 'remove'), id)
    WHERE done_at IS NULL AND failed_at IS NULL;
