//! `member_joins`: when each member joined, and whether they were reminded, removed or found
//! exempt, each step claimed by a conditional write.

use sqlx::Row;

use super::Store;
use super::codec::{count, db_id, from_db_id, member_query};
use super::errors::repo_error;
use crate::gate::repository::{Joins, RepoResult, ShardSpan};
use crate::gate::unverified::{JoinDue, JoinStep};
use crate::gate::{GuildId, Member, RoleId, Timestamp, UserId};

/// Not passed: no confirmed authenticator for the member in that server.
const NOT_PASSED: &str = "NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.guild_id = j.guild_id \
     AND e.user_id = j.user_id AND e.confirmed_at IS NOT NULL)";
/// A reminder is due `remind_after` after joining.
const REMIND_DUE: &str = "g.remind_after_secs IS NOT NULL AND j.reminded_at IS NULL \
     AND j.joined_at + g.remind_after_secs <= $1";
/// A removal is due `kick_after` after joining, and never sooner after the reminder (when the
/// server sends one) than the gap between the two settings: a late reminder moves the removal.
const KICK_DUE: &str = "g.kick_after_secs IS NOT NULL AND j.joined_at + g.kick_after_secs <= $1 \
     AND (g.remind_after_secs IS NULL OR (j.reminded_at IS NOT NULL \
       AND j.reminded_at + g.kick_after_secs - g.remind_after_secs <= $1))";

impl Joins for Store {
    async fn record_join(
        &self,
        member: Member,
        joined_at: Timestamp,
        roles: &[RoleId],
    ) -> RepoResult<()> {
        let roles: Vec<String> = roles.iter().map(|r| r.to_string()).collect();
        // One statement, and only in a server that reminds or removes: a raid of joins costs each
        // one write at most.
        member_query(
            "INSERT INTO member_joins (guild_id, user_id, joined_at, join_roles) \
             SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM guild_settings WHERE guild_id = $1 \
               AND (remind_after_secs IS NOT NULL OR kick_after_secs IS NOT NULL)) \
             ON CONFLICT (guild_id, user_id) DO UPDATE SET joined_at = excluded.joined_at, \
             join_roles = excluded.join_roles, reminded_at = NULL, kicked_at = NULL, settled_at = NULL",
            member,
        )
        .bind(joined_at.unix())
        .bind(roles.join(","))
        .execute(&mut *self.writer().await?)
        .await
        .map_err(repo_error)?;
        Ok(())
    }

    async fn forget_join(&self, member: Member) -> RepoResult<()> {
        member_query(
            "DELETE FROM member_joins WHERE guild_id = $1 AND user_id = $2",
            member,
        )
        .execute(&mut *self.writer().await?)
        .await
        .map_err(repo_error)?;
        Ok(())
    }

    async fn due_joins(
        &self,
        step: JoinStep,
        now: Timestamp,
        per_server: u32,
        span: ShardSpan,
    ) -> RepoResult<Vec<JoinDue>> {
        let due = match step {
            JoinStep::Remind => REMIND_DUE,
            JoinStep::Kick => KICK_DUE,
        };
        const ON_SHARDS: &str = on_shards!("j.guild_id", "$3", "$4", "$5");
        let sql = format!(
            "SELECT guild_id, user_id, joined_at, join_roles, kick_after_secs, remind_after_secs FROM ( \
               SELECT j.guild_id, j.user_id, j.joined_at, j.join_roles, g.kick_after_secs, g.remind_after_secs, \
                 ROW_NUMBER() OVER (PARTITION BY j.guild_id ORDER BY j.joined_at, j.user_id) AS n \
               FROM member_joins j JOIN guild_settings g ON g.guild_id = j.guild_id \
               WHERE j.settled_at IS NULL AND j.kicked_at IS NULL AND {due} AND {NOT_PASSED} \
               AND {ON_SHARDS}) due \
             WHERE n <= $2 ORDER BY joined_at, guild_id, user_id LIMIT 10000"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(now.unix())
            .bind(i64::from(per_server))
            .bind(i64::from(span.total.max(1)))
            .bind(i64::from(span.first))
            .bind(i64::from(span.last))
            .fetch_all(&self.pool)
            .await
            .map_err(repo_error)?;
        rows.iter()
            .map(|row| -> Result<JoinDue, sqlx::Error> {
                let guild = GuildId::new(from_db_id(row.try_get("guild_id")?));
                let joined_at = Timestamp::from_unix(row.try_get("joined_at")?);
                let roles: String = row.try_get("join_roles")?;
                Ok(JoinDue {
                    member: Member::new(guild, UserId::new(from_db_id(row.try_get("user_id")?))),
                    joined_at,
                    join_roles: parse_roles(&roles),
                    kick_after_secs: row.try_get("kick_after_secs")?,
                    remind_after_secs: row.try_get("remind_after_secs")?,
                })
            })
            .collect::<Result<_, _>>()
            .map_err(repo_error)
    }

    async fn claim_join(
        &self,
        member: Member,
        step: JoinStep,
        joined_at: Timestamp,
        now: Timestamp,
    ) -> RepoResult<bool> {
        // The whole due condition again, on this join (not a rejoin), at the moment of the claim:
        // a member who verified, a setting turned off, a reminder moved meanwhile all win.
        let (column, due) = match step {
            JoinStep::Remind => ("reminded_at", REMIND_DUE),
            JoinStep::Kick => ("kicked_at", KICK_DUE),
        };
        let sql = format!(
            "UPDATE member_joins SET {column} = $1 WHERE guild_id = $2 AND user_id = $3 AND joined_at = $4 \
             AND {column} IS NULL AND kicked_at IS NULL AND settled_at IS NULL AND EXISTS (SELECT 1 FROM member_joins j \
               JOIN guild_settings g ON g.guild_id = j.guild_id \
               WHERE j.guild_id = $2 AND j.user_id = $3 AND {due} AND {NOT_PASSED})"
        );
        let done = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(now.unix())
            .bind(db_id(member.guild.get()))
            .bind(db_id(member.user.get()))
            .bind(joined_at.unix())
            .execute(&mut *self.writer().await?)
            .await
            .map_err(repo_error)?;
        Ok(done.rows_affected() == 1)
    }

    async fn release_join(&self, member: Member, step: JoinStep) -> RepoResult<()> {
        let sql = match step {
            JoinStep::Remind => {
                "UPDATE member_joins SET reminded_at = NULL WHERE guild_id = $1 AND user_id = $2"
            }
            JoinStep::Kick => {
                "UPDATE member_joins SET kicked_at = NULL WHERE guild_id = $1 AND user_id = $2"
            }
        };
        member_query(sql, member)
            .execute(&mut *self.writer().await?)
            .await
            .map_err(repo_error)?;
        Ok(())
    }

    async fn join_waits(&self, member: Member, joined_at: Timestamp) -> RepoResult<bool> {
        let sql = format!(
            "SELECT 1 AS waits FROM member_joins j WHERE j.guild_id = $1 AND j.user_id = $2 \
             AND j.joined_at = $3 AND j.settled_at IS NULL AND {NOT_PASSED}"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(db_id(member.guild.get()))
            .bind(db_id(member.user.get()))
            .bind(joined_at.unix())
            .fetch_optional(&self.pool)
            .await
            .map_err(repo_error)?;
        Ok(row.is_some())
    }

    async fn forget_guild_joins(&self, guild: GuildId) -> RepoResult<()> {
        sqlx::query("DELETE FROM member_joins WHERE guild_id = $1")
            .bind(db_id(guild.get()))
            .execute(&mut *self.writer().await?)
            .await
            .map_err(repo_error)?;
        Ok(())
    }

    async fn join_roles(&self, member: Member) -> RepoResult<Option<Vec<RoleId>>> {
        let row = member_query(
            "SELECT join_roles FROM member_joins WHERE guild_id = $1 AND user_id = $2 \
             AND settled_at IS NULL AND kicked_at IS NULL",
            member,
        )
        .fetch_optional(&self.pool)
        .await
        .map_err(repo_error)?;
        let Some(row) = row else { return Ok(None) };
        let roles: String = row.try_get("join_roles").map_err(repo_error)?;
        Ok(Some(parse_roles(&roles)))
    }

    async fn settle_join(&self, member: Member, now: Timestamp) -> RepoResult<()> {
        member_query(
            "UPDATE member_joins SET settled_at = $3 WHERE guild_id = $1 AND user_id = $2 \
             AND settled_at IS NULL",
            member,
        )
        .bind(now.unix())
        .execute(&mut *self.writer().await?)
        .await
        .map_err(repo_error)?;
        Ok(())
    }

    async fn waiting_joins(&self, guild: GuildId) -> RepoResult<u64> {
        let sql = format!(
            "SELECT COUNT(*) AS n FROM member_joins j WHERE j.guild_id = $1 \
             AND j.settled_at IS NULL AND j.kicked_at IS NULL AND {NOT_PASSED}"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(db_id(guild.get()))
            .fetch_one(&self.pool)
            .await
            .map_err(repo_error)?;
        count(&row, "n").map_err(repo_error)
    }
}

fn parse_roles(stored: &str) -> Vec<RoleId> {
    stored
        .split(',')
        .filter_map(|r| r.parse().ok())
        .map(RoleId::new)
        .collect()
}
