-- A role Keygate gives to the server's members whose own Discord 2FA a browser check found on
-- (and takes away when a later check finds it off).
ALTER TABLE guild_settings ADD COLUMN discord_2fa_role BIGINT;
