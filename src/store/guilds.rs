//! `guild_settings` (a server's settings), `gates` (its gates) and `guide_dms` (who got the
//! welcome DM when).

use sqlx::Row;

use super::audit::insert_audit;
use super::codec::{count, db_id, member_query, optional_id};
use super::errors::repo_error;
use super::{Store, Tx};
use crate::gate::audit::AuditEntry;
use crate::gate::gates::{MAX_GATES, Period, RoleGate, reminder_lead};
use crate::gate::repository::{GuildConfig, Guilds, RepoResult, Saved};
use crate::gate::{ChannelId, GuildId, Member, RoleId, Timestamp};

fn period(row: &sqlx::any::AnyRow, column: &str) -> Result<Option<Period>, sqlx::Error> {
    Ok(row
        .try_get::<Option<i64>, _>(column)?
        .map(Period::from_secs))
}

impl Store {
    async fn gates(&self, guild: GuildId) -> RepoResult<Vec<RoleGate>> {
        let rows = sqlx::query(
            "SELECT role_id, eligible_role_id, lasts_secs, reverify_secs, discord_2fa FROM gates WHERE guild_id = $1 \
             ORDER BY created_at, role_id",
        )
        .bind(db_id(guild.get()))
        .fetch_all(&self.pool)
        .await
        .map_err(repo_error)?;
        rows.iter()
            .map(|row| -> Result<RoleGate, sqlx::Error> {
                Ok(RoleGate {
                    role: RoleId::new(super::codec::from_db_id(row.try_get("role_id")?)),
                    eligible: optional_id(row, "eligible_role_id", RoleId::new)?,
                    lasts: period(row, "lasts_secs")?,
                    reverify_every: period(row, "reverify_secs")?,
                    discord_2fa: row.try_get::<i64, _>("discord_2fa")? != 0,
                })
            })
            .collect::<Result<_, _>>()
            .map_err(repo_error)
    }
}

/// Adds or changes one gate (unless it would be one too many), and brings its holders under the
/// rules now in force.
async fn save_gate(
    tx: &mut Tx,
    guild: GuildId,
    gate: &RoleGate,
    now: Timestamp,
) -> RepoResult<Saved> {
    let (guild_id, role) = (db_id(guild.get()), db_id(gate.role.get()));
    let others =
        sqlx::query("SELECT COUNT(*) AS n FROM gates WHERE guild_id = $1 AND role_id <> $2")
            .bind(guild_id)
            .bind(role)
            .fetch_one(&mut **tx)
            .await
            .map_err(repo_error)?;
    if count(&others, "n").map_err(repo_error)? >= MAX_GATES as u64 {
        return Ok(Saved::TooManyGates);
    }
    let before =
        sqlx::query("SELECT eligible_role_id FROM gates WHERE guild_id = $1 AND role_id = $2")
            .bind(guild_id)
            .bind(role)
            .fetch_optional(&mut **tx)
            .await
            .map_err(repo_error)?;
    let eligible_before = match &before {
        Some(row) => optional_id(row, "eligible_role_id", RoleId::new).map_err(repo_error)?,
        None => None,
    };
    let every = gate.reverify_every.filter(|_| gate.lasts.is_none());
    sqlx::query(
        "INSERT INTO gates (guild_id, role_id, eligible_role_id, lasts_secs, reverify_secs, discord_2fa, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (guild_id, role_id) DO UPDATE SET \
         eligible_role_id = excluded.eligible_role_id, lasts_secs = excluded.lasts_secs, \
         reverify_secs = excluded.reverify_secs, discord_2fa = excluded.discord_2fa",
    )
    .bind(guild_id)
    .bind(role)
    .bind(gate.eligible.map(|r| db_id(r.get())))
    .bind(gate.lasts.map(Period::secs))
    .bind(every.map(Period::secs))
    .bind(i64::from(gate.discord_2fa))
    .bind(now.unix())
    .execute(&mut **tx)
    .await
    .map_err(repo_error)?;
    reschedule_reverification(tx, guild, gate.role, every, now).await?;
    if let Some(lasts) = gate.lasts {
        end_permanent_holds(tx, guild, gate.role, lasts, now).await?;
    }
    if gate.eligible.is_some() && gate.eligible != eligible_before {
        recheck_holders(tx, guild, gate.role, now).await?;
    }
    Ok(Saved::Saved)
}

/// Holders of a permanent role are reminded and lapse by the interval now in force, counted from
/// when each last passed the gate, but never sooner than a reminder's lead from now: a new or
/// shorter interval does not take roles away without the reminder first.
async fn reschedule_reverification(
    tx: &mut Tx,
    guild: GuildId,
    role: RoleId,
    every: Option<Period>,
    now: Timestamp,
) -> RepoResult<()> {
    let query = match every {
        Some(every) => {
            let lead = reminder_lead(every);
            sqlx::query(
                "UPDATE held_roles SET \
                 remind_at = CASE WHEN passed_at + $3 > $5 THEN passed_at + $3 ELSE $5 END, \
                 lapses_at = CASE WHEN passed_at + $4 > $5 + $6 THEN passed_at + $4 ELSE $5 + $6 END, \
                 reminded_at = NULL \
                 WHERE guild_id = $1 AND role_id = $2 AND expires_at IS NULL",
            )
            .bind(db_id(guild.get()))
            .bind(db_id(role.get()))
            .bind(every.secs() - lead)
            .bind(every.secs())
            .bind(now.unix())
            .bind(lead)
        }
        None => sqlx::query(
            "UPDATE held_roles SET remind_at = NULL, lapses_at = NULL, reminded_at = NULL \
             WHERE guild_id = $1 AND role_id = $2 AND expires_at IS NULL",
        )
        .bind(db_id(guild.get()))
        .bind(db_id(role.get())),
    };
    query.execute(&mut **tx).await.map_err(repo_error)?;
    Ok(())
}

/// A gate that now needs an `eligible` role has holders who passed without it: each is queued a
/// re-check, which the role worker makes against Discord (the role stays only with the eligible
/// role, is removed otherwise).
async fn recheck_holders(
    tx: &mut Tx,
    guild: GuildId,
    role: RoleId,
    now: Timestamp,
) -> RepoResult<()> {
    sqlx::query(
        "INSERT INTO role_changes (guild_id, user_id, role_id, action, cause, created_at, not_before, attempts) \
         SELECT guild_id, user_id, role_id, 'grant', 'rechecked', $3, $3, 0 FROM held_roles \
         WHERE guild_id = $1 AND role_id = $2",
    )
    .bind(db_id(guild.get()))
    .bind(db_id(role.get()))
    .bind(now.unix())
    .execute(&mut **tx)
    .await
    .map_err(repo_error)?;
    Ok(())
}

/// A gate that becomes timed ends the permanent holds of its role too: each ends `lasts` after
/// its holder last passed the gate (or now, if that is past), with its removal queued.
async fn end_permanent_holds(
    tx: &mut Tx,
    guild: GuildId,
    role: RoleId,
    lasts: Period,
    now: Timestamp,
) -> RepoResult<()> {
    const END: &str = "CASE WHEN passed_at + $3 > $4 THEN passed_at + $3 ELSE $4 END";
    let queue = format!(
        "INSERT INTO role_changes (guild_id, user_id, role_id, action, cause, created_at, not_before, attempts) \
         SELECT guild_id, user_id, role_id, 'remove', 'expired', $4, {END}, 0 FROM held_roles \
         WHERE guild_id = $1 AND role_id = $2 AND expires_at IS NULL"
    );
    let mark = format!(
        "UPDATE held_roles SET expires_at = {END}, remind_at = NULL, reminded_at = NULL, lapses_at = NULL \
         WHERE guild_id = $1 AND role_id = $2 AND expires_at IS NULL"
    );
    for sql in [queue, mark] {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(db_id(guild.get()))
            .bind(db_id(role.get()))
            .bind(lasts.secs())
            .bind(now.unix())
            .execute(&mut **tx)
            .await
            .map_err(repo_error)?;
    }
    Ok(())
}

impl Guilds for Store {
    async fn guild_config(&self, guild: GuildId) -> RepoResult<Option<GuildConfig>> {
        let row = sqlx::query(
            "SELECT log_channel_id, guide_on_join, moderator_code, discord_2fa_role, remind_after_secs, \
             kick_after_secs, two_person_reset FROM guild_settings WHERE guild_id = $1",
        )
        .bind(db_id(guild.get()))
        .fetch_optional(&self.pool)
        .await
        .map_err(repo_error)?;
        let Some(row) = row else {
            return Ok(None);
        };
        let gates = self.gates(guild).await?;
        let read = || -> Result<GuildConfig, sqlx::Error> {
            Ok(GuildConfig {
                guild,
                gates,
                log_channel: optional_id(&row, "log_channel_id", ChannelId::new)?,
                guide_on_join: row.try_get::<i64, _>("guide_on_join")? != 0,
                moderator_code: row.try_get::<i64, _>("moderator_code")? != 0,
                discord_2fa_role: optional_id(&row, "discord_2fa_role", RoleId::new)?,
                remind_after: period(&row, "remind_after_secs")?,
                kick_after: period(&row, "kick_after_secs")?,
                two_person_reset: row.try_get::<i64, _>("two_person_reset")? != 0,
            })
        };
        read().map(Some).map_err(repo_error)
    }

    async fn save_guild_config(
        &self,
        config: &GuildConfig,
        gate: Option<&RoleGate>,
        audit: &AuditEntry,
    ) -> RepoResult<Saved> {
        let guild = db_id(config.guild.get());
        let mut tx = self.begin().await?;
        let kicked_before = sqlx::query(
            "SELECT kick_after_secs FROM guild_settings WHERE guild_id = $1 AND kick_after_secs IS NOT NULL",
        )
        .bind(guild)
        .fetch_optional(&mut *tx)
        .await
        .map_err(repo_error)?
        .is_some();
        // The settings row is written first: it is the lock every change to the server's gates
        // takes, so two concurrent setups cannot both add an eleventh gate.
        sqlx::query(
            "INSERT INTO guild_settings (guild_id, log_channel_id, guide_on_join, moderator_code, discord_2fa_role, \
             remind_after_secs, kick_after_secs, two_person_reset, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (guild_id) DO UPDATE SET \
             log_channel_id = excluded.log_channel_id, guide_on_join = excluded.guide_on_join, \
             moderator_code = excluded.moderator_code, discord_2fa_role = excluded.discord_2fa_role, \
             remind_after_secs = excluded.remind_after_secs, kick_after_secs = excluded.kick_after_secs, \
             two_person_reset = excluded.two_person_reset, updated_at = excluded.updated_at",
        )
        .bind(guild)
        .bind(config.log_channel.map(|c| db_id(c.get())))
        .bind(i64::from(config.guide_on_join))
        .bind(i64::from(config.moderator_code))
        .bind(config.discord_2fa_role.map(|r| db_id(r.get())))
        .bind(config.remind_after.map(Period::secs))
        .bind(config.kick_after.map(Period::secs))
        .bind(i64::from(config.two_person_reset))
        .bind(audit.at.unix())
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?;
        if let Some(gate) = gate
            && save_gate(&mut tx, config.guild, gate, audit.at).await? == Saved::TooManyGates
        {
            return Ok(Saved::TooManyGates);
        }
        // Joins kept for reminders and removals: gone when both are off; and when removal is
        // turned on, everyone waiting gets its full time from now (nobody is removed for a wait
        // that began before the rule did), and a new reminder that says when (one sent before
        // said nothing of removal).
        let joins = if config.remind_after.is_none() && config.kick_after.is_none() {
            Some("DELETE FROM member_joins WHERE guild_id = $1 AND $2 = $2")
        } else if config.kick_after.is_some() && !kicked_before {
            Some(
                "UPDATE member_joins SET joined_at = $2, reminded_at = NULL WHERE guild_id = $1 AND joined_at < $2 \
                 AND settled_at IS NULL AND kicked_at IS NULL",
            )
        } else {
            None
        };
        if let Some(sql) = joins {
            sqlx::query(sql)
                .bind(guild)
                .bind(audit.at.unix())
                .execute(&mut *tx)
                .await
                .map_err(repo_error)?;
        }
        insert_audit(&mut tx, audit).await.map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(Saved::Saved)
    }

    async fn drop_gate(
        &self,
        guild: GuildId,
        role: RoleId,
        audit: &AuditEntry,
    ) -> RepoResult<bool> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("DELETE FROM gates WHERE guild_id = $1 AND role_id = $2")
            .bind(db_id(guild.get()))
            .bind(db_id(role.get()))
            .execute(&mut *tx)
            .await
            .map_err(repo_error)?;
        if done.rows_affected() == 0 {
            // Not a gate: perhaps the role Keygate gives for Discord 2FA, which stops (only if
            // it is still that role: a concurrent setup's other settings are left as they are).
            let stopped = sqlx::query(
                "UPDATE guild_settings SET discord_2fa_role = NULL WHERE guild_id = $1 AND discord_2fa_role = $2",
            )
            .bind(db_id(guild.get()))
            .bind(db_id(role.get()))
            .execute(&mut *tx)
            .await
            .map_err(repo_error)?;
            if stopped.rows_affected() == 0 {
                return Ok(false);
            }
            insert_audit(&mut tx, audit).await.map_err(repo_error)?;
            tx.commit().await.map_err(repo_error)?;
            return Ok(true);
        }
        // Holders keep the role, now outside Keygate: no reminder, no lapse. A timed role's row
        // stays until its queued removal is applied.
        sqlx::query(
            "DELETE FROM held_roles WHERE guild_id = $1 AND role_id = $2 AND expires_at IS NULL",
        )
        .bind(db_id(guild.get()))
        .bind(db_id(role.get()))
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?;
        insert_audit(&mut tx, audit).await.map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(true)
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
        .execute(&mut *self.writer().await?)
        .await
        .map_err(repo_error)?;
        Ok(done.rows_affected() == 1)
    }

    async fn claim_join_dm(
        &self,
        guild: GuildId,
        opened: Timestamp,
        window_secs: i64,
        per_window: u32,
    ) -> RepoResult<bool> {
        // One statement: two processes (or a restart) never send more than the cap between them.
        let done = sqlx::query(
            "INSERT INTO join_windows (guild_id, opened_at, sent) VALUES ($1, $2, 1) \
             ON CONFLICT (guild_id) DO UPDATE SET \
               opened_at = CASE WHEN join_windows.opened_at + $3 <= $2 THEN $2 ELSE join_windows.opened_at END, \
               sent = CASE WHEN join_windows.opened_at + $3 <= $2 THEN 1 ELSE join_windows.sent + 1 END \
             WHERE join_windows.opened_at + $3 <= $2 OR join_windows.sent < $4",
        )
        .bind(db_id(guild.get()))
        .bind(opened.unix())
        .bind(window_secs)
        .bind(i64::from(per_window))
        .execute(&mut *self.writer().await?)
        .await
        .map_err(repo_error)?;
        Ok(done.rows_affected() == 1)
    }
}
