//! The `role_changes` outbox: written in the transaction that spends a code (or revokes, or
//! resets), claimed and applied by the role worker.

use sqlx::Row;

use super::audit::insert_audit;
use super::codec::{db_id, member_from_row, member_query, optional_id};
use super::errors::repo_error;
use super::{Store, Tx};
use crate::gate::audit::AuditEntry;
use crate::gate::repository::{
    Cause, Claim, ClaimToken, Gating, Hold, Outbox, OutboxId, RepoError, RepoResult, RoleAction,
    RoleChange, Settled, ShardSpan,
};
use crate::gate::{Member, RoleId, Timestamp};

/// Queues a role change for now, superseding any older one still pending (or scheduled) for the
/// same member and role.
pub(super) async fn insert_role_change(
    tx: &mut Tx,
    member: Member,
    role: RoleId,
    action: RoleAction,
    cause: Cause,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    // Only the newest change for a member's role matters: an older grant still waiting (say, after
    // a 503) must not put back a role that a later revoke or reset removed, nor the reverse, and a
    // timed role passed again is not removed at its old time.
    member_query(
        "UPDATE role_changes SET failed_at = $4, last_error = 'superseded by a later change' \
         WHERE guild_id = $1 AND user_id = $2 AND role_id = $3 AND done_at IS NULL AND failed_at IS NULL",
        member,
    )
    .bind(db_id(role.get()))
    .bind(now.unix())
    .execute(&mut **tx)
    .await?;
    schedule_role_change(tx, member, role, action, cause, now, now).await
}

/// Queues a role change for `not_before`, leaving the member's other changes as they are (a timed
/// role's removal, queued right after its grant).
pub(super) async fn schedule_role_change(
    tx: &mut Tx,
    member: Member,
    role: RoleId,
    action: RoleAction,
    cause: Cause,
    now: Timestamp,
    not_before: Timestamp,
) -> Result<(), sqlx::Error> {
    member_query(
        "INSERT INTO role_changes (guild_id, user_id, role_id, action, cause, created_at, not_before, attempts) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 0)",
        member,
    )
    .bind(db_id(role.get()))
    .bind(action.as_str())
    .bind(cause.as_str())
    .bind(now.unix())
    .bind(not_before.unix())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

fn decode_change(row: &sqlx::any::AnyRow) -> Result<RoleChange, sqlx::Error> {
    let action: String = row.try_get("action")?;
    let cause: String = row.try_get("cause")?;
    Ok(RoleChange {
        id: OutboxId::new(row.try_get("id")?),
        member: member_from_row(row)?,
        role: RoleId::new(super::codec::from_db_id(row.try_get("role_id")?)),
        action: RoleAction::parse(&action)
            .ok_or_else(|| sqlx::Error::Decode(format!("unknown role action {action:?}").into()))?,
        cause: Cause::parse(&cause).ok_or_else(|| {
            sqlx::Error::Decode(format!("unknown role change cause {cause:?}").into())
        })?,
        gating: Gating::NotGated,
        attempts: u32::try_from(row.try_get::<i64, _>("attempts")?).unwrap_or(u32::MAX),
        not_before: Timestamp::from_unix(row.try_get("not_before")?),
        claim: ClaimToken::new(
            row.try_get::<Option<i64>, _>("claim_token")?
                .unwrap_or_default(),
        ),
    })
}

impl Outbox for Store {
    fn claim_lease(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.claim_lease_secs().unsigned_abs())
    }

    async fn due_role_changes_in(
        &self,
        now: Timestamp,
        claim: Claim,
        span: ShardSpan,
    ) -> RepoResult<Vec<RoleChange>> {
        // Claimed for a while, so another bot process on the same database leaves them alone;
        // finishing, retrying or failing a change releases the claim. The outer condition is
        // re-checked against the row as it is when updated, so two processes never claim one row.
        // A member's role whose other change is claimed (even one superseded since) waits for that
        // claim to be released, so two processes never apply two changes of one role at once.
        // Servers go side by side: each server's changes are ranked oldest first, the first of
        // every server comes before the second of any, and a server with `per_server` in hand
        // (claimed and not settled) gets no more until some are settled. Within a server removals
        // go first: a moderator's revoke does not wait behind a raid's grants (an applied removal
        // supersedes the older grants of its role, and a member's role has one change claimed at
        // a time). Only the servers of this process's shards (`on_shards!`).
        let token = claim_token()?;
        let mut rows = sqlx::query(concat!(
            "UPDATE role_changes SET claimed_until = $3, claim_token = $7 WHERE id IN ( \
               SELECT ranked.id FROM ( \
                 SELECT c.id, c.guild_id, ROW_NUMBER() OVER (PARTITION BY c.guild_id ORDER BY CASE WHEN c.action = 'remove' THEN 0 ELSE 1 END, c.id) AS turn \
                 FROM role_changes c WHERE c.done_at IS NULL AND c.failed_at IS NULL \
                 AND c.not_before <= $1 AND (c.claimed_until IS NULL OR c.claimed_until <= $1) \
                 AND NOT EXISTS (SELECT 1 FROM role_changes o WHERE o.guild_id = c.guild_id \
                   AND o.user_id = c.user_id AND o.role_id = c.role_id AND o.id <> c.id AND o.claimed_until > $1) \
                 AND ",
            on_shards!("c.guild_id", "$4", "$5", "$6"),
            ") ranked \
               WHERE ranked.turn <= $8 AND ranked.turn + (SELECT COUNT(*) FROM role_changes h WHERE h.guild_id = ranked.guild_id \
                   AND h.claimed_until > $1 AND h.done_at IS NULL AND h.failed_at IS NULL) <= $8 \
               ORDER BY ranked.turn, ranked.id LIMIT $2) \
             AND done_at IS NULL AND failed_at IS NULL AND (claimed_until IS NULL OR claimed_until <= $1) \
             RETURNING id, guild_id, user_id, role_id, action, cause, attempts, not_before, claim_token",
        ))
        .bind(now.unix())
        .bind(i64::from(claim.limit))
        .bind(now.plus_secs(self.claim_lease_secs()).unix())
        .bind(i64::from(span.total.max(1)))
        .bind(i64::from(span.first))
        .bind(i64::from(span.last))
        .bind(token.get())
        .bind(i64::from(claim.per_server))
        .fetch_all(&mut *self.writer().await?)
        .await
        .map_err(repo_error)?;
        // Removals first, as ranked, then oldest first.
        rows.sort_by_key(|row| {
            let grant = row
                .try_get::<String, _>("action")
                .is_ok_and(|a| a != "remove");
            (grant, row.try_get::<i64, _>("id").unwrap_or_default())
        });
        let mut changes = rows
            .iter()
            .map(decode_change)
            .collect::<Result<Vec<_>, _>>()
            .map_err(repo_error)?;
        // A grant carries its gate's terms as they are now: the role its member must still hold,
        // or that the gate is open to everyone.
        for change in changes.iter_mut().filter(|c| c.action == RoleAction::Grant) {
            let row = sqlx::query(
                "SELECT eligible_role_id FROM gates WHERE guild_id = $1 AND role_id = $2",
            )
            .bind(db_id(change.member.guild.get()))
            .bind(db_id(change.role.get()))
            .fetch_optional(&self.pool)
            .await
            .map_err(repo_error)?;
            change.gating = match row {
                // A check's grant of a role that has become a gate since: a gate's role comes
                // only after a code, so the grant is kept only for a member who holds the role
                // already (the worker finds they do not, and leaves it).
                Some(_) if change.cause == Cause::Discord2fa => Gating::Needs(change.role),
                Some(row) => {
                    match optional_id(&row, "eligible_role_id", RoleId::new).map_err(repo_error)? {
                        Some(needs) => Gating::Needs(needs),
                        None => Gating::Open,
                    }
                }
                // The server's role for members with Discord 2FA confirmed (or a check's grant
                // queued before the role was dropped): open to all of them, so it must not
                // carry dangerous permissions either.
                None if change.cause == Cause::Discord2fa => Gating::Open,
                None => Gating::NotGated,
            };
        }
        Ok(changes)
    }

    async fn finish_role_change(
        &self,
        change: &RoleChange,
        now: Timestamp,
        audit: Option<&AuditEntry>,
    ) -> RepoResult<Settled> {
        let mut tx = self.begin().await?;
        let settled = async {
            // held_roles before role_changes, the order every transaction takes them in.
            if change.action == RoleAction::Remove {
                // A timed role whose time has come is no longer held.
                member_query(
                    "DELETE FROM held_roles WHERE guild_id = $1 AND user_id = $2 AND role_id = $3 \
                     AND expires_at IS NOT NULL AND expires_at <= $4",
                    change.member,
                )
                .bind(db_id(change.role.get()))
                .bind(now.unix())
                .execute(&mut *tx)
                .await?;
                // An older grant still waiting (behind retries, or claimed by a stalled process)
                // must not put back what this removal took away.
                member_query(
                    "UPDATE role_changes SET failed_at = $5, last_error = 'superseded by a later change' \
                     WHERE guild_id = $1 AND user_id = $2 AND role_id = $3 AND id < $4 AND action = 'grant' \
                     AND done_at IS NULL AND failed_at IS NULL",
                    change.member,
                )
                .bind(db_id(change.role.get()))
                .bind(change.id.get())
                .bind(now.unix())
                .execute(&mut *tx)
                .await?;
            }
            let done = sqlx::query(
                "UPDATE role_changes SET done_at = $2, claimed_until = NULL \
                 WHERE id = $1 AND claim_token = $3 AND done_at IS NULL AND failed_at IS NULL",
            )
            .bind(change.id.get())
            .bind(now.unix())
            .bind(change.claim.get())
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                return Ok(Settled::NotOurs);
            }
            if let Some(audit) = audit {
                insert_audit(&mut tx, audit).await?;
            }
            Ok::<_, sqlx::Error>(Settled::Recorded)
        }
        .await
        .map_err(repo_error)?;
        let settled = commit_if_ours(tx, settled).await?;
        if settled == Settled::NotOurs {
            self.let_go(change).await?;
        }
        Ok(settled)
    }

    async fn refuse_grant(
        &self,
        change: &RoleChange,
        remove_role: bool,
        audit: &AuditEntry,
    ) -> RepoResult<Settled> {
        let mut tx = self.begin().await?;
        let settled = async {
            member_query(
                "DELETE FROM held_roles WHERE guild_id = $1 AND user_id = $2 AND role_id = $3",
                change.member,
            )
            .bind(db_id(change.role.get()))
            .execute(&mut *tx)
            .await?;
            // Only while this claim holds the grant (held_roles first, the order every
            // transaction takes them in; a claim lost meanwhile rolls the deletion back).
            let ours = sqlx::query(
                "UPDATE role_changes SET claimed_until = NULL \
                 WHERE id = $1 AND claim_token = $2 AND done_at IS NULL AND failed_at IS NULL",
            )
            .bind(change.id.get())
            .bind(change.claim.get())
            .execute(&mut *tx)
            .await?;
            if ours.rows_affected() == 0 {
                return Ok(Settled::NotOurs);
            }
            // Every change still pending for the role goes too (a timed role's end among them:
            // it would report the end of a role never given).
            member_query(
                "UPDATE role_changes SET attempts = attempts + 1, failed_at = $4, \
                 last_error = 'grant refused: the gate''s terms are not met', claimed_until = NULL \
                 WHERE guild_id = $1 AND user_id = $2 AND role_id = $3 AND done_at IS NULL AND failed_at IS NULL",
                change.member,
            )
            .bind(db_id(change.role.get()))
            .bind(audit.at.unix())
            .execute(&mut *tx)
            .await?;
            if remove_role {
                let (member, role, at) = (change.member, change.role, audit.at);
                let (remove, cause) = (RoleAction::Remove, Cause::NotEligible);
                schedule_role_change(&mut tx, member, role, remove, cause, at, at).await?;
            }
            insert_audit(&mut tx, audit).await?;
            Ok::<_, sqlx::Error>(Settled::Recorded)
        }
        .await
        .map_err(repo_error)?;
        let settled = commit_if_ours(tx, settled).await?;
        if settled == Settled::NotOurs {
            self.let_go(change).await?;
        }
        Ok(settled)
    }

    async fn hold(&self, change: &RoleChange, now: Timestamp) -> RepoResult<Hold> {
        // A later change supersedes this one when it is queued, and an applied removal supersedes
        // older grants, so "still pending" is the question, asked of this claim's row.
        let renewed = sqlx::query(
            "UPDATE role_changes SET claimed_until = $3 \
             WHERE id = $1 AND claim_token = $2 AND done_at IS NULL AND failed_at IS NULL",
        )
        .bind(change.id.get())
        .bind(change.claim.get())
        .bind(now.plus_secs(self.claim_lease_secs()).unix())
        .execute(&mut *self.writer().await?)
        .await
        .map_err(repo_error)?;
        if renewed.rows_affected() == 1 {
            return Ok(Hold::Ours);
        }
        let row = sqlx::query(
            "SELECT CASE WHEN done_at IS NOT NULL THEN 2 WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END AS state \
             FROM role_changes WHERE id = $1",
        )
        .bind(change.id.get())
        .fetch_one(&self.pool)
        .await
        .map_err(repo_error)?;
        match row.try_get::<i64, _>("state").map_err(repo_error)? {
            0 => return Ok(Hold::Lost),
            2 => return Ok(Hold::Applied),
            _ => {}
        }
        // Settled by a later change: this claim lets go, so that change need not wait for it.
        self.let_go(change).await?;
        Ok(Hold::Settled)
    }

    async fn release(&self, changes: &[RoleChange]) -> RepoResult<()> {
        for change in changes {
            sqlx::query(
                "UPDATE role_changes SET claimed_until = NULL WHERE id = $1 AND claim_token = $2",
            )
            .bind(change.id.get())
            .bind(change.claim.get())
            .execute(&mut *self.writer().await?)
            .await
            .map_err(repo_error)?;
        }
        Ok(())
    }

    async fn retry_role_change(
        &self,
        change: &RoleChange,
        not_before: Timestamp,
        error: &str,
    ) -> RepoResult<Settled> {
        self.settle(
            "UPDATE role_changes SET attempts = attempts + 1, not_before = $3, last_error = $4, claimed_until = NULL \
             WHERE id = $1 AND claim_token = $2 AND done_at IS NULL AND failed_at IS NULL",
            change,
            not_before,
            error,
        )
        .await
    }

    async fn fail_role_change(
        &self,
        change: &RoleChange,
        now: Timestamp,
        error: &str,
    ) -> RepoResult<Settled> {
        self.settle(
            "UPDATE role_changes SET attempts = attempts + 1, failed_at = $3, last_error = $4, claimed_until = NULL \
             WHERE id = $1 AND claim_token = $2 AND done_at IS NULL AND failed_at IS NULL",
            change,
            now,
            error,
        )
        .await
    }
}

impl Store {
    /// Records what became of a claimed change (releasing the claim), if this claim still holds
    /// it: `$3` is a time, `$4` what went wrong.
    async fn settle(
        &self,
        sql: &'static str,
        change: &RoleChange,
        at: Timestamp,
        error: &str,
    ) -> RepoResult<Settled> {
        let done = sqlx::query(sql)
            .bind(change.id.get())
            .bind(change.claim.get())
            .bind(at.unix())
            .bind(error.to_owned())
            .execute(&mut *self.writer().await?)
            .await
            .map_err(repo_error)?;
        if done.rows_affected() == 1 {
            return Ok(Settled::Recorded);
        }
        self.let_go(change).await?;
        Ok(Settled::NotOurs)
    }

    /// After a settle that found the change no longer pending: if this claim still holds it (a
    /// later change superseded it while it was in flight), lets go, so that change need not wait
    /// for the lease.
    async fn let_go(&self, change: &RoleChange) -> RepoResult<()> {
        self.release(std::slice::from_ref(change)).await
    }
}

/// Commits what a settling transaction wrote, or rolls it back when the claim was not ours.
async fn commit_if_ours(tx: Tx, settled: Settled) -> RepoResult<Settled> {
    match settled {
        Settled::Recorded => tx.commit().await.map_err(repo_error)?,
        Settled::NotOurs => tx.rollback().await.map_err(repo_error)?,
    }
    Ok(settled)
}

/// A fresh random token for one claim.
fn claim_token() -> RepoResult<ClaimToken> {
    let raw = getrandom::u64()
        .map_err(|e| RepoError::Failed(anyhow::anyhow!("no randomness for a claim token: {e}")))?;
    Ok(ClaimToken::new(i64::from_ne_bytes(raw.to_ne_bytes())))
}
