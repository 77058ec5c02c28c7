//! `held_roles`: the gated roles members hold through Keygate, written in the transaction that
//! grants or removes them, and re-verification's reminders and lapses, each claimed by a
//! conditional write.

use sqlx::Row;

use super::audit::insert_audit;
use super::codec::{db_id, from_db_id, member_from_row, member_query, ts};
use super::errors::repo_error;
use super::outbox::{insert_role_change, schedule_role_change};
use super::{Store, Tx};
use crate::gate::gates::Grant;
use crate::gate::repository::{
    Cause, Change, Due, HeldRole, RepoResult, Reverification, RoleAction, ShardSpan, Which,
};
use crate::gate::{Member, RoleId, Timestamp};

/// Records a passed gate: the role held (passed again: its end, reminder and lapse move on), its
/// grant queued, and a timed role's removal queued for its end.
pub(super) async fn hold(
    tx: &mut Tx,
    member: Member,
    grant: &Grant,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    member_query(
        "INSERT INTO held_roles (guild_id, user_id, role_id, granted_at, passed_at, expires_at, remind_at, lapses_at) \
         VALUES ($1, $2, $3, $4, $4, $5, $6, $7) ON CONFLICT (guild_id, user_id, role_id) DO UPDATE SET \
         passed_at = excluded.passed_at, expires_at = excluded.expires_at, remind_at = excluded.remind_at, \
         reminded_at = NULL, lapses_at = excluded.lapses_at",
        member,
    )
    .bind(db_id(grant.role.get()))
    .bind(now.unix())
    .bind(grant.expires_at.map(Timestamp::unix))
    .bind(grant.remind_at.map(Timestamp::unix))
    .bind(grant.lapses_at.map(Timestamp::unix))
    .execute(&mut **tx)
    .await?;
    let role = grant.role;
    insert_role_change(tx, member, role, RoleAction::Grant, Cause::Verified, now).await?;
    if let Some(end) = grant.expires_at {
        let (remove, expired) = (RoleAction::Remove, Cause::Expired);
        schedule_role_change(tx, member, role, remove, expired, now, end).await?;
    }
    Ok(())
}

/// Releases `which` of the member's held roles and queues each one's removal for `cause`; the
/// roles released.
pub(super) async fn release(
    tx: &mut Tx,
    change: Change<'_>,
    which: Which,
    cause: Cause,
) -> Result<Vec<RoleId>, sqlx::Error> {
    let (member, now) = (change.member, change.now);
    let query = match which {
        Which::All => member_query(
            "DELETE FROM held_roles WHERE guild_id = $1 AND user_id = $2 RETURNING role_id",
            member,
        ),
        Which::Role(role) => member_query(
            "DELETE FROM held_roles WHERE guild_id = $1 AND user_id = $2 AND role_id = $3 RETURNING role_id",
            member,
        )
        .bind(db_id(role.get())),
        Which::TimedRole(role) => member_query(
            "DELETE FROM held_roles WHERE guild_id = $1 AND user_id = $2 AND role_id = $3 \
             AND expires_at IS NOT NULL AND expires_at > $4 RETURNING role_id",
            member,
        )
        .bind(db_id(role.get()))
        .bind(now.unix()),
    };
    let mut roles: Vec<RoleId> = query
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|row| {
            row.try_get::<i64, _>("role_id")
                .map(|r| RoleId::new(from_db_id(r)))
        })
        .collect::<Result<_, _>>()?;
    roles.sort();
    for role in &roles {
        insert_role_change(tx, member, *role, RoleAction::Remove, cause, now).await?;
    }
    Ok(roles)
}

impl Store {
    pub(super) async fn read_held_roles(&self, member: Member) -> RepoResult<Vec<HeldRole>> {
        let rows = member_query(
            "SELECT role_id, passed_at, expires_at, lapses_at FROM held_roles \
             WHERE guild_id = $1 AND user_id = $2 ORDER BY role_id",
            member,
        )
        .fetch_all(&self.pool)
        .await
        .map_err(repo_error)?;
        rows.iter()
            .map(|row| -> Result<HeldRole, sqlx::Error> {
                Ok(HeldRole {
                    role: RoleId::new(from_db_id(row.try_get("role_id")?)),
                    passed_at: Timestamp::from_unix(row.try_get("passed_at")?),
                    expires_at: ts(row.try_get("expires_at")?),
                    lapses_at: ts(row.try_get("lapses_at")?),
                })
            })
            .collect::<Result<_, _>>()
            .map_err(repo_error)
    }

    pub(super) async fn release_held_roles(
        &self,
        change: Change<'_>,
        which: Which,
        cause: Cause,
    ) -> RepoResult<Vec<RoleId>> {
        let mut tx = self.begin().await?;
        let released = release(&mut tx, change, which, cause)
            .await
            .map_err(repo_error)?;
        if released.is_empty() {
            return Ok(released);
        }
        insert_audit(&mut tx, change.audit)
            .await
            .map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(released)
    }

    /// Rows due by `sql` in the servers of `span`'s shards, at most `per_server` of each server
    /// (oldest first), so one server's backlog never hides another's. `sql` takes `$1` now,
    /// `$2` per server, and `$3`-`$5` the span (`on_shards!`).
    async fn due(
        &self,
        sql: &'static str,
        now: Timestamp,
        per_server: u32,
        span: ShardSpan,
    ) -> RepoResult<Vec<Due>> {
        let rows = sqlx::query(sql)
            .bind(now.unix())
            .bind(i64::from(per_server))
            .bind(i64::from(span.total.max(1)))
            .bind(i64::from(span.first))
            .bind(i64::from(span.last))
            .fetch_all(&self.pool)
            .await
            .map_err(repo_error)?;
        rows.iter()
            .map(|row| -> Result<Due, sqlx::Error> {
                Ok(Due {
                    member: member_from_row(row)?,
                    role: RoleId::new(from_db_id(row.try_get("role_id")?)),
                    lapses_at: Timestamp::from_unix(row.try_get("lapses_at")?),
                })
            })
            .collect::<Result<_, _>>()
            .map_err(repo_error)
    }
}

impl Reverification for Store {
    async fn due_reminders(
        &self,
        now: Timestamp,
        per_server: u32,
        span: ShardSpan,
    ) -> RepoResult<Vec<Due>> {
        // Only this process's shards, in the query: a backlog in servers no live process runs
        // must not fill the LIMIT and keep this process from its own members.
        self.due(
            concat!(
                "SELECT guild_id, user_id, role_id, lapses_at FROM ( \
                   SELECT guild_id, user_id, role_id, lapses_at, remind_at, \
                     ROW_NUMBER() OVER (PARTITION BY guild_id ORDER BY remind_at, user_id, role_id) AS n \
                   FROM held_roles WHERE remind_at <= $1 AND reminded_at IS NULL AND lapses_at > $1 AND ",
                on_shards!("guild_id", "$3", "$4", "$5"),
                ") due \
                 WHERE n <= $2 ORDER BY remind_at, guild_id, user_id, role_id LIMIT 10000",
            ),
            now,
            per_server,
            span,
        )
        .await
    }

    async fn claim_reminder(&self, due: &Due, now: Timestamp) -> RepoResult<bool> {
        let done = member_query(
            "UPDATE held_roles SET reminded_at = $4 WHERE guild_id = $1 AND user_id = $2 AND role_id = $3 \
             AND reminded_at IS NULL AND remind_at <= $4 AND lapses_at > $4",
            due.member,
        )
        .bind(db_id(due.role.get()))
        .bind(now.unix())
        .execute(&mut *self.writer().await?)
        .await
        .map_err(repo_error)?;
        Ok(done.rows_affected() == 1)
    }

    async fn release_reminder(&self, due: &Due, now: Timestamp) -> RepoResult<()> {
        member_query(
            "UPDATE held_roles SET reminded_at = NULL WHERE guild_id = $1 AND user_id = $2 AND role_id = $3 \
             AND reminded_at IS NOT NULL AND lapses_at > $4 AND lapses_at = $5",
            due.member,
        )
        .bind(db_id(due.role.get()))
        .bind(now.unix())
        // The grant the reminder was claimed for, not one that replaced it since.
        .bind(due.lapses_at.unix())
        .execute(&mut *self.writer().await?)
        .await
        .map_err(repo_error)?;
        Ok(())
    }

    async fn due_lapses(&self, now: Timestamp, per_server: u32) -> RepoResult<Vec<Due>> {
        // Every server's: a lapse is a write any process may make (the removal goes through the
        // outbox to the process that runs the server's shard).
        self.due(
            concat!(
                "SELECT guild_id, user_id, role_id, lapses_at FROM ( \
                   SELECT guild_id, user_id, role_id, lapses_at, \
                     ROW_NUMBER() OVER (PARTITION BY guild_id ORDER BY lapses_at, user_id, role_id) AS n \
                   FROM held_roles WHERE lapses_at <= $1 AND ",
                on_shards!("guild_id", "$3", "$4", "$5"),
                ") due \
                 WHERE n <= $2 ORDER BY lapses_at, guild_id, user_id, role_id LIMIT 10000",
            ),
            now,
            per_server,
            ShardSpan::ALL,
        )
        .await
    }

    async fn lapse(&self, change: Change<'_>, role: RoleId) -> RepoResult<bool> {
        let mut tx = self.begin().await?;
        let done = member_query(
            "DELETE FROM held_roles WHERE guild_id = $1 AND user_id = $2 AND role_id = $3 AND lapses_at <= $4",
            change.member,
        )
        .bind(db_id(role.get()))
        .bind(change.now.unix())
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        async {
            let (member, now) = (change.member, change.now);
            insert_role_change(
                &mut tx,
                member,
                role,
                RoleAction::Remove,
                Cause::Lapsed,
                now,
            )
            .await?;
            insert_audit(&mut tx, change.audit).await
        }
        .await
        .map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(true)
    }

    async fn forget_member(&self, change: Change<'_>) -> RepoResult<Vec<RoleId>> {
        let mut tx = self.begin().await?;
        let forgotten = async {
            let rows = member_query(
                "DELETE FROM held_roles WHERE guild_id = $1 AND user_id = $2 RETURNING role_id",
                change.member,
            )
            .fetch_all(&mut *tx)
            .await?;
            let roles = rows
                .iter()
                .map(|row| {
                    row.try_get::<i64, _>("role_id")
                        .map(|r| RoleId::new(from_db_id(r)))
                })
                .collect::<Result<Vec<_>, _>>()?;
            if !roles.is_empty() {
                insert_audit(&mut tx, change.audit).await?;
            }
            Ok::<_, sqlx::Error>(roles)
        }
        .await
        .map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(forgotten)
    }
}
