//! The `throttle` table: lockout state per member, updated by versioned compare-and-set.

use sqlx::{Any, Row, Transaction};

use super::Store;
use super::audit::insert_audit;
use super::codec::{member_query, ts};
use super::errors::repo_error;
use crate::gate::Member;
use crate::gate::Timestamp;
use crate::gate::audit::AuditEntry;
use crate::gate::repository::{RepoResult, ThrottleUpdate, ThrottleVersion, Throttles};
use crate::gate::throttle::ThrottleState;

/// Deletes the member's throttle row; the number of rows deleted.
pub(super) async fn clear_throttle_row(
    tx: &mut Transaction<'static, Any>,
    member: Member,
) -> Result<u64, sqlx::Error> {
    const DELETE: &str = "DELETE FROM throttle WHERE guild_id = $1 AND user_id = $2";
    Ok(member_query(DELETE, member)
        .execute(&mut **tx)
        .await?
        .rows_affected())
}

impl Throttles for Store {
    async fn throttle(&self, member: Member) -> RepoResult<(ThrottleState, ThrottleVersion)> {
        let row = member_query(
            "SELECT version, window_start, window_failures, consecutive_failures, lock_count, locked_until, hard_locked \
             FROM throttle WHERE guild_id = $1 AND user_id = $2",
            member,
        )
        .fetch_optional(&self.pool)
        .await
        .map_err(repo_error)?;
        let Some(row) = row else {
            return Ok((ThrottleState::default(), ThrottleVersion::NONE));
        };
        let read = || -> Result<(ThrottleState, ThrottleVersion), sqlx::Error> {
            let count = |column: &str| -> Result<u32, sqlx::Error> {
                Ok(u32::try_from(row.try_get::<i64, _>(column)?).unwrap_or(u32::MAX))
            };
            Ok((
                ThrottleState {
                    window_start: ts(row.try_get("window_start")?),
                    window_failures: count("window_failures")?,
                    consecutive_failures: count("consecutive_failures")?,
                    lock_count: count("lock_count")?,
                    locked_until: ts(row.try_get("locked_until")?),
                    hard_locked: row.try_get::<i64, _>("hard_locked")? != 0,
                },
                ThrottleVersion::new(row.try_get("version")?),
            ))
        };
        read().map_err(repo_error)
    }

    async fn update_throttle(
        &self,
        member: Member,
        update: &ThrottleUpdate<'_>,
    ) -> RepoResult<bool> {
        let ThrottleUpdate {
            version,
            state,
            audit,
        } = *update;
        let mut tx = self.begin().await?;
        let sql = if version == ThrottleVersion::NONE {
            "INSERT INTO throttle (guild_id, user_id, version, window_start, window_failures, consecutive_failures, \
             lock_count, locked_until, hard_locked) VALUES ($1, $2, $3 + 1, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (guild_id, user_id) DO NOTHING"
        } else {
            "UPDATE throttle SET version = $3 + 1, window_start = $4, window_failures = $5, consecutive_failures = $6, \
             lock_count = $7, locked_until = $8, hard_locked = $9 WHERE guild_id = $1 AND user_id = $2 AND version = $3"
        };
        let done = member_query(sql, member)
            .bind(version.get())
            .bind(state.window_start.map(Timestamp::unix))
            .bind(i64::from(state.window_failures))
            .bind(i64::from(state.consecutive_failures))
            .bind(i64::from(state.lock_count))
            .bind(state.locked_until.map(Timestamp::unix))
            .bind(i64::from(state.hard_locked))
            .execute(&mut *tx)
            .await
            .map_err(repo_error)?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        for entry in audit {
            insert_audit(&mut tx, entry).await.map_err(repo_error)?;
        }
        tx.commit().await.map_err(repo_error)?;
        Ok(true)
    }

    async fn clear_throttle(&self, member: Member, audit: &AuditEntry) -> RepoResult<bool> {
        let mut tx = self.begin().await?;
        if clear_throttle_row(&mut tx, member)
            .await
            .map_err(repo_error)?
            == 0
        {
            return Ok(false);
        }
        insert_audit(&mut tx, audit).await.map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(true)
    }
}
