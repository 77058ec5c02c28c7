//! `guild_settings` (a server's gate) and `guide_dms` (who got the welcome DM when).

use sqlx::Row;

use super::Store;
use super::audit::insert_audit;
use super::codec::{db_id, decode, member_query, optional_id};
use super::errors::repo_error;
use crate::gate::audit::AuditEntry;
use crate::gate::repository::{GuildConfig, Guilds, RepoResult};
use crate::gate::{ChannelId, GuildId, Member, RoleId, Timestamp};

impl Guilds for Store {
    async fn guild_config(&self, guild: GuildId) -> RepoResult<Option<GuildConfig>> {
        let row = sqlx::query("SELECT gated_role_id, log_channel_id, guide_on_join FROM guild_settings WHERE guild_id = $1")
            .bind(db_id(guild.get()))
            .fetch_optional(&self.pool)
            .await
            .map_err(repo_error)?;
        decode(row, |row| {
            Ok(GuildConfig {
                guild,
                gated_role: optional_id(row, "gated_role_id", RoleId::new)?,
                log_channel: optional_id(row, "log_channel_id", ChannelId::new)?,
                guide_on_join: row.try_get::<i64, _>("guide_on_join")? != 0,
            })
        })
    }

    async fn save_guild_config(&self, config: &GuildConfig, audit: &AuditEntry) -> RepoResult<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO guild_settings (guild_id, gated_role_id, log_channel_id, guide_on_join, updated_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (guild_id) DO UPDATE SET gated_role_id = excluded.gated_role_id, \
             log_channel_id = excluded.log_channel_id, guide_on_join = excluded.guide_on_join, updated_at = excluded.updated_at",
        )
        .bind(db_id(config.guild.get()))
        .bind(config.gated_role.map(|r| db_id(r.get())))
        .bind(config.log_channel.map(|c| db_id(c.get())))
        .bind(i64::from(config.guide_on_join))
        .bind(audit.at.unix())
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?;
        insert_audit(&mut tx, audit).await.map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)
    }

    async fn claim_guide_dm(
        &self,
        member: Member,
        now: Timestamp,
        not_since: Timestamp,
    ) -> RepoResult<bool> {
        let done = member_query(
            "INSERT INTO guide_dms (guild_id, user_id, sent_at) VALUES ($1, $2, $3) \
             ON CONFLICT (guild_id, user_id) DO UPDATE SET sent_at = excluded.sent_at WHERE guide_dms.sent_at < $4",
            member,
        )
        .bind(now.unix())
        .bind(not_since.unix())
        .execute(&self.pool)
        .await
        .map_err(repo_error)?;
        Ok(done.rows_affected() == 1)
    }
}
