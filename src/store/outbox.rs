//! The `role_changes` outbox: written in the transaction that spends a code (or revokes, or
//! resets), claimed and applied by the role worker.

use sqlx::{Any, Row, Transaction};

use super::Store;
use super::codec::{db_id, member_from_row};
use super::errors::repo_error;
use crate::gate::repository::{Outbox, OutboxId, RepoResult, RoleAction, RoleChange};
use crate::gate::{Member, RoleId, Timestamp};

/// How long a process may hold role changes it claimed before another may take them over.
const ROLE_CHANGE_CLAIM_SECS: i64 = 120;

/// Queues a role change, superseding any older one still pending for the same member and role.
pub(super) async fn insert_role_change(
    tx: &mut Transaction<'static, Any>,
    member: Member,
    role: RoleId,
    action: RoleAction,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    // Only the newest change for a member's role matters: an older grant still waiting (say, after
    // a 503) must not put back a role that a later revoke or reset removed, nor the reverse.
    super::codec::member_query(
        "UPDATE role_changes SET failed_at = $4, last_error = 'superseded by a later change' \
         WHERE guild_id = $1 AND user_id = $2 AND role_id = $3 AND done_at IS NULL AND failed_at IS NULL",
        member,
    )
    .bind(db_id(role.get()))
    .bind(now.unix())
    .execute(&mut **tx)
    .await?;
    super::codec::member_query(
        "INSERT INTO role_changes (guild_id, user_id, role_id, action, created_at, not_before, attempts) \
         VALUES ($1, $2, $3, $4, $5, $5, 0)",
        member,
    )
    .bind(db_id(role.get()))
    .bind(action.as_str())
    .bind(now.unix())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Outbox for Store {
    async fn due_role_changes(&self, now: Timestamp, limit: u32) -> RepoResult<Vec<RoleChange>> {
        // Claimed for a while, so another bot process on the same database leaves them alone;
        // finishing, retrying or failing a change releases the claim. The outer condition is
        // re-checked against the row as it is when updated, so two processes never claim one row.
        let mut rows = sqlx::query(
            "UPDATE role_changes SET claimed_until = $3 WHERE id IN ( \
               SELECT id FROM role_changes WHERE done_at IS NULL AND failed_at IS NULL AND not_before <= $1 \
               AND (claimed_until IS NULL OR claimed_until <= $1) ORDER BY id LIMIT $2) \
             AND done_at IS NULL AND failed_at IS NULL AND (claimed_until IS NULL OR claimed_until <= $1) \
             RETURNING id, guild_id, user_id, role_id, action, attempts, not_before",
        )
        .bind(now.unix())
        .bind(i64::from(limit))
        .bind(now.plus_secs(ROLE_CHANGE_CLAIM_SECS).unix())
        .fetch_all(&self.pool)
        .await
        .map_err(repo_error)?;
        rows.sort_by_key(|row| row.try_get::<i64, _>("id").unwrap_or_default());
        rows.iter()
            .map(|row| -> Result<RoleChange, sqlx::Error> {
                let action: String = row.try_get("action")?;
                Ok(RoleChange {
                    id: OutboxId::new(row.try_get("id")?),
                    member: member_from_row(row)?,
                    role: RoleId::new(super::codec::from_db_id(row.try_get("role_id")?)),
                    action: RoleAction::parse(&action).ok_or_else(|| {
                        sqlx::Error::Decode(format!("unknown role action {action:?}").into())
                    })?,
                    attempts: u32::try_from(row.try_get::<i64, _>("attempts")?).unwrap_or(u32::MAX),
                    not_before: Timestamp::from_unix(row.try_get("not_before")?),
                })
            })
            .collect::<Result<_, _>>()
            .map_err(repo_error)
    }

    async fn finish_role_change(&self, id: OutboxId, now: Timestamp) -> RepoResult<()> {
        self.settle(
            "UPDATE role_changes SET done_at = $2, claimed_until = NULL WHERE id = $1",
            id,
            now,
            None,
        )
        .await
    }

    async fn retry_role_change(
        &self,
        id: OutboxId,
        not_before: Timestamp,
        error: &str,
    ) -> RepoResult<()> {
        self.settle(
            "UPDATE role_changes SET attempts = attempts + 1, not_before = $2, last_error = $3, claimed_until = NULL WHERE id = $1",
            id,
            not_before,
            Some(error),
        )
        .await
    }

    async fn fail_role_change(&self, id: OutboxId, now: Timestamp, error: &str) -> RepoResult<()> {
        self.settle(
            "UPDATE role_changes SET attempts = attempts + 1, failed_at = $2, last_error = $3, claimed_until = NULL WHERE id = $1",
            id,
            now,
            Some(error),
        )
        .await
    }
}

impl Store {
    /// Records what became of a claimed change (releasing the claim): `$2` is a time, `$3` (when
    /// given) what went wrong.
    async fn settle(
        &self,
        sql: &'static str,
        id: OutboxId,
        at: Timestamp,
        error: Option<&str>,
    ) -> RepoResult<()> {
        let mut query = sqlx::query(sql).bind(id.get()).bind(at.unix());
        if let Some(error) = error {
            query = query.bind(error.to_owned());
        }
        query.execute(&self.pool).await.map_err(repo_error)?;
        Ok(())
    }
}
