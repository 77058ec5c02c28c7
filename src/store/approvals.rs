//! `approval_requests`: `/gate reset` and `/gate bypass` waiting for a second moderator, each
//! decided once by a conditional write.

use sqlx::Row;

use super::Store;
use super::audit::insert_audit;
use super::codec::{db_id, from_db_id};
use super::errors::repo_error;
use crate::gate::approvals::{ApprovalRequest, RequestId, Requested};
use crate::gate::audit::AuditEntry;
use crate::gate::repository::{Approvals, RepoResult};
use crate::gate::{GuildId, Member, Timestamp, UserId};

impl Approvals for Store {
    async fn save_request(&self, request: &ApprovalRequest, audit: &AuditEntry) -> RepoResult<()> {
        let reason = match &request.what {
            Requested::Reset { reason } => reason.as_str(),
            Requested::Bypass => "",
        };
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO approval_requests (id, guild_id, action, requested_by, user_id, reason, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(request.id.to_hex())
        .bind(db_id(request.guild.get()))
        .bind(request.what.as_str())
        .bind(db_id(request.requested_by.get()))
        .bind(db_id(request.member.user.get()))
        .bind(reason.to_owned())
        .bind(request.created_at.unix())
        .bind(request.expires_at.unix())
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?;
        insert_audit(&mut tx, audit).await.map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(())
    }

    async fn request(&self, guild: GuildId, id: RequestId) -> RepoResult<Option<ApprovalRequest>> {
        let row = sqlx::query(
            "SELECT action, requested_by, user_id, reason, created_at, expires_at FROM approval_requests \
             WHERE id = $1 AND guild_id = $2",
        )
        .bind(id.to_hex())
        .bind(db_id(guild.get()))
        .fetch_optional(&self.pool)
        .await
        .map_err(repo_error)?;
        let Some(row) = row else { return Ok(None) };
        let read = || -> Result<Option<ApprovalRequest>, sqlx::Error> {
            let what = match row.try_get::<String, _>("action")?.as_str() {
                "reset" => Requested::Reset {
                    reason: row.try_get("reason")?,
                },
                "bypass" => Requested::Bypass,
                _ => return Ok(None),
            };
            Ok(Some(ApprovalRequest {
                id,
                guild,
                requested_by: UserId::new(from_db_id(row.try_get("requested_by")?)),
                member: Member::new(guild, UserId::new(from_db_id(row.try_get("user_id")?))),
                what,
                created_at: Timestamp::from_unix(row.try_get("created_at")?),
                expires_at: Timestamp::from_unix(row.try_get("expires_at")?),
            }))
        };
        read().map_err(repo_error)
    }

    async fn withdraw_request(&self, request: &ApprovalRequest, now: Timestamp) -> RepoResult<()> {
        sqlx::query(
            "UPDATE approval_requests SET decided_by = requested_by, decided_at = $3, approved = 0 \
             WHERE id = $1 AND guild_id = $2 AND decided_at IS NULL",
        )
        .bind(request.id.to_hex())
        .bind(db_id(request.guild.get()))
        .bind(now.unix())
        .execute(&mut *self.writer().await?)
        .await
        .map_err(repo_error)?;
        Ok(())
    }

    async fn decide_request(
        &self,
        request: &ApprovalRequest,
        approver: UserId,
        approve: bool,
        audit: &AuditEntry,
    ) -> RepoResult<bool> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE approval_requests SET decided_by = $3, decided_at = $4, approved = $5 \
             WHERE id = $1 AND guild_id = $2 AND decided_at IS NULL AND expires_at > $4 AND requested_by <> $3",
        )
        .bind(request.id.to_hex())
        .bind(db_id(request.guild.get()))
        .bind(db_id(approver.get()))
        .bind(audit.at.unix())
        .bind(i64::from(approve))
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        insert_audit(&mut tx, audit).await.map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(true)
    }
}
