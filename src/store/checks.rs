//! The `oauth_states_spent` and `discord_2fa_checks` tables: OAuth2 states used once, and each
//! Discord account's last check of its own 2FA.

use sqlx::Row;

use super::Store;
use super::audit::insert_audit;
use super::codec::{db_id, optional_id};
use super::errors::repo_error;
use super::outbox::insert_role_change;
use crate::gate::audit::AuditEntry;
use crate::gate::discord_2fa::{Discord2fa, DiscordChecks, StateId};
use crate::gate::repository::{Cause, RepoResult, RoleAction};
use crate::gate::{Member, RoleId, Timestamp, UserId};

impl DiscordChecks for Store {
    async fn spend_state(
        &self,
        id: StateId,
        expires_at: Timestamp,
        now: Timestamp,
    ) -> RepoResult<bool> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM oauth_states_spent WHERE expires_at <= $1")
            .bind(now.unix())
            .execute(&mut *tx)
            .await
            .map_err(repo_error)?;
        let spent = sqlx::query(
            "INSERT INTO oauth_states_spent (id_digest, expires_at) VALUES ($1, $2) \
             ON CONFLICT (id_digest) DO NOTHING",
        )
        .bind(id.digest())
        .bind(expires_at.unix())
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?
        .rows_affected()
            == 1;
        tx.commit().await.map_err(repo_error)?;
        Ok(spent)
    }

    async fn state_spent(&self, id: StateId) -> RepoResult<bool> {
        Ok(
            sqlx::query("SELECT 1 FROM oauth_states_spent WHERE id_digest = $1")
                .bind(id.digest())
                .fetch_optional(&self.pool)
                .await
                .map_err(repo_error)?
                .is_some(),
        )
    }

    async fn record_discord_2fa(
        &self,
        check: Discord2fa,
        audit: Option<&AuditEntry>,
    ) -> RepoResult<Option<RoleId>> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO discord_2fa_checks (user_id, enabled, checked_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET enabled = excluded.enabled, checked_at = excluded.checked_at \
             WHERE excluded.checked_at >= discord_2fa_checks.checked_at",
        )
        .bind(db_id(check.user.get()))
        .bind(i64::from(check.enabled))
        .bind(check.checked_at.unix())
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?;
        let mut queued = None;
        if let Some(entry) = audit {
            insert_audit(&mut tx, entry).await.map_err(repo_error)?;
            let member = Member::new(entry.guild, check.user);
            // Never a gate's role: that comes only after a code.
            let role = sqlx::query(
                "SELECT discord_2fa_role FROM guild_settings s WHERE guild_id = $1 AND NOT EXISTS \
                 (SELECT 1 FROM gates g WHERE g.guild_id = s.guild_id AND g.role_id = s.discord_2fa_role)",
            )
                    .bind(db_id(entry.guild.get()))
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(repo_error)?
                    .map(|row| optional_id(&row, "discord_2fa_role", RoleId::new))
                    .transpose()
                    .map_err(repo_error)?
                    .flatten();
            if let Some(role) = role {
                let action = if check.enabled {
                    RoleAction::Grant
                } else {
                    RoleAction::Remove
                };
                insert_role_change(
                    &mut tx,
                    member,
                    role,
                    action,
                    Cause::Discord2fa,
                    check.checked_at,
                )
                .await
                .map_err(repo_error)?;
                queued = Some(role);
            }
        }
        tx.commit().await.map_err(repo_error)?;
        Ok(queued)
    }

    async fn discord_2fa(&self, user: UserId) -> RepoResult<Option<Discord2fa>> {
        let row =
            sqlx::query("SELECT enabled, checked_at FROM discord_2fa_checks WHERE user_id = $1")
                .bind(db_id(user.get()))
                .fetch_optional(&self.pool)
                .await
                .map_err(repo_error)?;
        row.map(|row| {
            Ok(Discord2fa {
                user,
                enabled: row.try_get::<i64, _>("enabled")? != 0,
                checked_at: Timestamp::from_unix(row.try_get("checked_at")?),
            })
        })
        .transpose()
        .map_err(repo_error)
    }
}
