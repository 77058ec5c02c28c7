//! The `audit_log` table, and the counts `/gate stats` shows.

use sqlx::Row;

use super::codec::{count, db_id, member_query, optional_id};
use super::errors::repo_error;
use super::{Store, Tx};
use crate::gate::audit::{AuditEntry, AuditKind};
use crate::gate::repository::{AuditTrail, Change, DayActivity, GuildStats, RateLimit, RepoResult};
use crate::gate::{GuildId, Member, Timestamp, UserId};

/// Appends one line, inside the transaction of the change it records.
pub(super) async fn insert_audit(tx: &mut Tx, entry: &AuditEntry) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (guild_id, at, kind, actor_id, subject_id, detail) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(db_id(entry.guild.get()))
    .bind(entry.at.unix())
    .bind(entry.kind.as_str())
    .bind(entry.actor.map(|u| db_id(u.get())))
    .bind(entry.subject.map(|u| db_id(u.get())))
    .bind(entry.detail.as_str())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// When the member may do what `kind` records again under `limit`, once its lines in the window
/// ending at the change's time have reached the limit; `None` while they still may.
pub(super) async fn limit_reached(
    tx: &mut Tx,
    change: Change<'_>,
    kind: AuditKind,
    limit: RateLimit,
) -> RepoResult<Option<Timestamp>> {
    count_against(tx, change.member, kind, limit, change.now).await
}

/// [`limit_reached`] on any connection: the lines are counted, and when there are `max` or more,
/// the limit frees up once enough of the oldest have left the window to make room for one more.
async fn count_against(
    conn: &mut sqlx::AnyConnection,
    member: Member,
    kind: AuditKind,
    limit: RateLimit,
    now: Timestamp,
) -> RepoResult<Option<Timestamp>> {
    let since = now.plus_secs(-limit.window_secs).unix();
    let row = member_query(
        "SELECT COUNT(*) AS n FROM audit_log WHERE guild_id = $1 AND subject_id = $2 AND kind = $3 AND at > $4",
        member,
    )
    .bind(kind.as_str())
    .bind(since)
    .fetch_one(&mut *conn)
    .await
    .map_err(repo_error)?;
    let lines = count(&row, "n").map_err(repo_error)?;
    let Some(over) = lines.checked_sub(u64::from(limit.max)) else {
        return Ok(None);
    };
    // With `max + over` lines in the window, the `over + 1`-th oldest must leave it first.
    let row = member_query(
        "SELECT at FROM audit_log WHERE guild_id = $1 AND subject_id = $2 AND kind = $3 AND at > $4 \
         ORDER BY at LIMIT 1 OFFSET $5",
        member,
    )
    .bind(kind.as_str())
    .bind(since)
    .bind(i64::try_from(over).unwrap_or(i64::MAX))
    .fetch_one(&mut *conn)
    .await
    .map_err(repo_error)?;
    let at: i64 = row.try_get("at").map_err(repo_error)?;
    Ok(Some(Timestamp::from_unix(at).plus_secs(limit.window_secs)))
}

impl AuditTrail for Store {
    async fn limit_reached(
        &self,
        member: Member,
        kind: AuditKind,
        limit: RateLimit,
        now: Timestamp,
    ) -> RepoResult<Option<Timestamp>> {
        let mut conn = self.pool.acquire().await.map_err(repo_error)?;
        count_against(&mut conn, member, kind, limit, now).await
    }

    async fn record_audit(&self, entries: &[AuditEntry]) -> RepoResult<()> {
        let mut tx = self.begin().await?;
        for entry in entries {
            insert_audit(&mut tx, entry).await.map_err(repo_error)?;
        }
        tx.commit().await.map_err(repo_error)
    }

    async fn audit_log(
        &self,
        guild: GuildId,
        subject: Option<UserId>,
        limit: u32,
    ) -> RepoResult<Vec<AuditEntry>> {
        let rows = match subject {
            Some(user) => sqlx::query(
                "SELECT at, kind, actor_id, subject_id, detail FROM audit_log WHERE guild_id = $1 AND subject_id = $2 \
                 ORDER BY id DESC LIMIT $3",
            )
            .bind(db_id(guild.get()))
            .bind(db_id(user.get()))
            .bind(i64::from(limit)),
            None => sqlx::query("SELECT at, kind, actor_id, subject_id, detail FROM audit_log WHERE guild_id = $1 ORDER BY id DESC LIMIT $2")
                .bind(db_id(guild.get()))
                .bind(i64::from(limit)),
        }
        .fetch_all(&self.pool)
        .await
        .map_err(repo_error)?;
        rows.iter()
            .map(|row| -> Result<AuditEntry, sqlx::Error> {
                let kind: String = row.try_get("kind")?;
                Ok(AuditEntry {
                    guild,
                    at: Timestamp::from_unix(row.try_get("at")?),
                    kind: AuditKind::parse(&kind).ok_or_else(|| {
                        sqlx::Error::Decode(format!("unknown audit kind {kind:?}").into())
                    })?,
                    actor: optional_id(row, "actor_id", UserId::new)?,
                    subject: optional_id(row, "subject_id", UserId::new)?,
                    detail: row.try_get("detail")?,
                })
            })
            .collect::<Result<_, _>>()
            .map_err(repo_error)
    }

    async fn activity(&self, guild: GuildId, since: Timestamp) -> RepoResult<Vec<DayActivity>> {
        let rows = sqlx::query(
            "SELECT at / 86400 AS day, kind, COUNT(*) AS n FROM audit_log \
             WHERE guild_id = $1 AND at >= $2 \
             AND kind IN ('passed', 'confirmed', 'failed', 'locked_out', 'hard_locked', 'replayed') \
             GROUP BY at / 86400, kind ORDER BY day",
        )
        .bind(db_id(guild.get()))
        .bind(since.unix())
        .fetch_all(&self.pool)
        .await
        .map_err(repo_error)?;
        let mut days: Vec<DayActivity> = Vec::new();
        for row in &rows {
            let day: i64 = row.try_get("day").map_err(repo_error)?;
            let kind: String = row.try_get("kind").map_err(repo_error)?;
            let n = count(row, "n").map_err(repo_error)?;
            if days.last().is_none_or(|d| d.day != day) {
                days.push(DayActivity {
                    day,
                    ..DayActivity::default()
                });
            }
            let today = days.last_mut().expect("pushed above");
            match kind.as_str() {
                "passed" | "confirmed" => today.verifications += n,
                "failed" => today.failures += n,
                "locked_out" | "hard_locked" => today.lockouts += n,
                _ => today.replays += n,
            }
        }
        Ok(days)
    }

    async fn stats(&self, guild: GuildId, now: Timestamp) -> RepoResult<GuildStats> {
        let row = sqlx::query(
            "SELECT \
               (SELECT COUNT(*) FROM enrollments WHERE guild_id = $1 AND confirmed_at IS NOT NULL) AS enrolled, \
               (SELECT COUNT(*) FROM enrollments WHERE guild_id = $1 AND confirmed_at IS NULL AND expires_at > $2) AS pending, \
               (SELECT COUNT(DISTINCT user_id) FROM held_roles WHERE guild_id = $1 AND (expires_at IS NULL OR expires_at > $2)) AS verified, \
               (SELECT COUNT(*) FROM throttle WHERE guild_id = $1 AND (hard_locked <> 0 OR locked_until > $2)) AS locked, \
               (SELECT COUNT(*) FROM role_changes WHERE guild_id = $1 AND done_at IS NULL AND failed_at IS NULL AND not_before <= $2) AS role_changes",
        )
        .bind(db_id(guild.get()))
        .bind(now.unix())
        .fetch_one(&self.pool)
        .await
        .map_err(repo_error)?;
        let read = || -> Result<GuildStats, sqlx::Error> {
            Ok(GuildStats {
                enrolled: count(&row, "enrolled")?,
                pending: count(&row, "pending")?,
                verified: count(&row, "verified")?,
                locked: count(&row, "locked")?,
                pending_role_changes: count(&row, "role_changes")?,
            })
        };
        read().map_err(repo_error)
    }
}
