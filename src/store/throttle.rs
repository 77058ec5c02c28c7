//! The `throttle` table: lockout state per member. An attempt is counted under the row's lock
//! before its code is evaluated, and a spend reads the row under the same lock, so the lockout
//! holds against bursts and across processes.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::audit::insert_audit;
use super::codec::{db_id, member_query, ts};
use super::errors::repo_error;
use super::{Store, Tx};
use crate::gate::audit::AuditEntry;
use crate::gate::repository::{EnrollmentDates, RepoResult, Throttles};
use crate::gate::throttle::{self, Access, AttemptId, NewLock, ThrottleState};
use crate::gate::{Member, Timestamp};

/// Deletes the member's throttle row; the number of rows deleted.
pub(super) async fn clear_throttle_row(tx: &mut Tx, member: Member) -> Result<u64, sqlx::Error> {
    const DELETE: &str = "DELETE FROM throttle WHERE guild_id = $1 AND user_id = $2";
    Ok(member_query(DELETE, member)
        .execute(&mut **tx)
        .await?
        .rows_affected())
}

const COLUMNS: &str =
    "recent_attempts, consecutive_failures, lock_count, locked_until, hard_locked, locked_by";

fn state_from_row(row: &AnyRow) -> Result<ThrottleState, sqlx::Error> {
    let count = |column: &str| -> Result<u32, sqlx::Error> {
        Ok(u32::try_from(row.try_get::<i64, _>(column)?).unwrap_or(u32::MAX))
    };
    let recent: String = row.try_get("recent_attempts")?;
    Ok(ThrottleState {
        recent: recent
            .split(',')
            .filter_map(|t| t.parse().ok().map(Timestamp::from_unix))
            .collect(),
        consecutive_failures: count("consecutive_failures")?,
        lock_count: count("lock_count")?,
        locked_until: ts(row.try_get("locked_until")?),
        hard_locked: row.try_get::<i64, _>("hard_locked")? != 0,
        locked_by: row
            .try_get::<Option<i64>, _>("locked_by")?
            .map(|id| AttemptId::new(id as u64)),
    })
}

/// Takes the member's throttle row lock (creating the row if needed) and reads it, in one
/// statement, so a row deleted meanwhile by a success or an unlock is simply made again. Every
/// writer of the row goes through here first, so a decision made on what it returns is not raced.
pub(super) async fn lock_throttle_row(
    tx: &mut Tx,
    member: Member,
) -> Result<ThrottleState, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(format!(
        "INSERT INTO throttle (guild_id, user_id, consecutive_failures, lock_count, hard_locked) \
         VALUES ($1, $2, 0, 0, 0) ON CONFLICT (guild_id, user_id) \
         DO UPDATE SET lock_count = throttle.lock_count RETURNING {COLUMNS}"
    ));
    let row = sqlx::query(sql)
        .bind(db_id(member.guild.get()))
        .bind(db_id(member.user.get()))
        .fetch_one(&mut **tx)
        .await?;
    state_from_row(&row)
}

async fn write_state(
    tx: &mut Tx,
    member: Member,
    state: &ThrottleState,
) -> Result<(), sqlx::Error> {
    let recent: Vec<String> = state.recent.iter().map(|t| t.unix().to_string()).collect();
    member_query(
        "UPDATE throttle SET recent_attempts = $3, consecutive_failures = $4, lock_count = $5, \
         locked_until = $6, hard_locked = $7, locked_by = $8 WHERE guild_id = $1 AND user_id = $2",
        member,
    )
    .bind(recent.join(","))
    .bind(i64::from(state.consecutive_failures))
    .bind(i64::from(state.lock_count))
    .bind(state.locked_until.map(Timestamp::unix))
    .bind(i64::from(state.hard_locked))
    .bind(state.locked_by.map(|id| id.get() as i64))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Throttles for Store {
    async fn throttle(&self, member: Member) -> RepoResult<ThrottleState> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM throttle WHERE guild_id = $1 AND user_id = $2"
        ));
        let row = sqlx::query(sql)
            .bind(db_id(member.guild.get()))
            .bind(db_id(member.user.get()))
            .fetch_optional(&self.pool)
            .await
            .map_err(repo_error)?;
        row.as_ref()
            .map(state_from_row)
            .transpose()
            .map(Option::unwrap_or_default)
            .map_err(repo_error)
    }

    async fn standing(
        &self,
        member: Member,
    ) -> RepoResult<(Option<EnrollmentDates>, ThrottleState)> {
        // One statement instead of two: before a modal, in a raid, every statement waits its
        // turn for a connection. Both rows may be missing, so they hang off the member's ids.
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT CAST(CASE WHEN e.user_id IS NULL THEN 0 ELSE 1 END AS BIGINT) AS enrolled, \
             e.expires_at AS enrollment_expires_at, e.confirmed_at AS enrollment_confirmed_at, \
             CAST(CASE WHEN t.user_id IS NULL THEN 0 ELSE 1 END AS BIGINT) AS throttled, \
             {THROTTLE_COLUMNS} \
             FROM (SELECT CAST($1 AS BIGINT) AS guild_id, CAST($2 AS BIGINT) AS user_id) m \
             LEFT JOIN enrollments e ON e.guild_id = m.guild_id AND e.user_id = m.user_id \
             LEFT JOIN throttle t ON t.guild_id = m.guild_id AND t.user_id = m.user_id",
            THROTTLE_COLUMNS = COLUMNS
                .split(", ")
                .map(|column| format!("t.{column}"))
                .collect::<Vec<_>>()
                .join(", "),
        ));
        let row = sqlx::query(sql)
            .bind(db_id(member.guild.get()))
            .bind(db_id(member.user.get()))
            .fetch_one(&self.pool)
            .await
            .map_err(repo_error)?;
        let read = || -> Result<_, sqlx::Error> {
            let enrollment = (row.try_get::<i64, _>("enrolled")? != 0)
                .then(|| {
                    Ok::<_, sqlx::Error>(EnrollmentDates {
                        expires_at: ts(row.try_get("enrollment_expires_at")?),
                        confirmed_at: ts(row.try_get("enrollment_confirmed_at")?),
                    })
                })
                .transpose()?;
            let throttle = if row.try_get::<i64, _>("throttled")? != 0 {
                state_from_row(&row)?
            } else {
                ThrottleState::default()
            };
            Ok((enrollment, throttle))
        };
        read().map_err(repo_error)
    }

    async fn reserve_attempt(
        &self,
        member: Member,
        now: Timestamp,
        attempt: AttemptId,
    ) -> RepoResult<Result<Option<NewLock>, Access>> {
        let mut tx = self.begin().await?;
        let state = lock_throttle_row(&mut tx, member)
            .await
            .map_err(repo_error)?;
        let (next, lock) = match throttle::reserve(&state, now, attempt) {
            Ok(reserved) => reserved,
            Err(access) => return Ok(Err(access)),
        };
        write_state(&mut tx, member, &next)
            .await
            .map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(Ok(lock))
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
