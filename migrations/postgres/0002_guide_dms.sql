-- Welcome DMs with the 2FA guide: when each member last got one, so nobody gets a second within
-- the quiet period (a member who leaves and rejoins, or a raid of rejoining accounts).
CREATE TABLE guide_dms (
    guild_id    BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    sent_at     BIGINT NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);
