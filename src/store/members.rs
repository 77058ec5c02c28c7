//! `enrollments` and `backup_codes`: where codes are spent, each spend a conditional write in one
//! transaction with everything it does (the role grant queued, the throttle cleared, the audit
//! line written).

use sqlx::Row;

use super::audit::{insert_audit, limit_reached};
use super::codec::{db_id, decode, member_query, sealed_from_row, ts};
use super::errors::repo_error;
use super::held::{hold, release};
use super::throttle::{clear_throttle_row, lock_throttle_row};
use super::{Store, Tx};
use crate::gate::audit::AuditKind;
use crate::gate::backup_codes::Slot;
use crate::gate::hashing::Phc;
use crate::gate::outcome::Method;
use crate::gate::repository::{
    Begun, Cause, Change, Confirmation, ConfirmationClaim, Effect, EnrollmentRecord, HeldRole,
    MatchedCode, Members, NewBackupCode, PendingEnrollment, Proof, ProvenCode, RepoResult, Spent,
    StoredBackupCode, StoredBypass, Which,
};
use crate::gate::throttle::{self, Access, AttemptId};
use crate::gate::totp::Step;
use crate::gate::{Member, RoleId, Timestamp, UserId};

/// Runs a statement whose only parameters are the member; the number of rows it touched.
async fn execute(tx: &mut Tx, sql: &'static str, member: Member) -> Result<u64, sqlx::Error> {
    Ok(member_query(sql, member)
        .execute(&mut **tx)
        .await?
        .rows_affected())
}

async fn insert_backup_codes(
    tx: &mut Tx,
    member: Member,
    codes: &[NewBackupCode],
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    const DELETE: &str = "DELETE FROM backup_codes WHERE guild_id = $1 AND user_id = $2";
    execute(tx, DELETE, member).await?;
    for code in codes {
        member_query(
            "INSERT INTO backup_codes (guild_id, user_id, slot, phc, created_at) VALUES ($1, $2, $3, $4, $5)",
            member,
        )
        .bind(i64::from(code.slot.index()))
        .bind(code.phc.as_str().to_owned())
        .bind(now.unix())
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Deletes the member's enrollment, codes and throttle row; the number of enrollments deleted.
async fn delete_member_rows(tx: &mut Tx, member: Member) -> Result<u64, sqlx::Error> {
    let enrollments = execute(
        tx,
        "DELETE FROM enrollments WHERE guild_id = $1 AND user_id = $2",
        member,
    )
    .await?;
    execute(
        tx,
        "DELETE FROM backup_codes WHERE guild_id = $1 AND user_id = $2",
        member,
    )
    .await?;
    // A moderator's unused one-time code goes with the setup it stood in for.
    execute(
        tx,
        "DELETE FROM bypass_codes WHERE guild_id = $1 AND user_id = $2 AND used_at IS NULL",
        member,
    )
    .await?;
    clear_throttle_row(tx, member).await?;
    Ok(enrollments)
}

/// Applies what a spent code does, inside the transaction that spent it.
async fn apply_effect(tx: &mut Tx, change: Change<'_>, effect: &Effect) -> Result<(), sqlx::Error> {
    let Change { member, now, .. } = change;
    match effect {
        Effect::Verify { grant } => {
            member_query(
                "UPDATE enrollments SET last_verified_at = $3 WHERE guild_id = $1 AND user_id = $2",
                member,
            )
            .bind(now.unix())
            .execute(&mut **tx)
            .await?;
            hold(tx, member, grant, now).await?;
            // Passed: never reminded or removed as an unverified newcomer, whatever comes later
            // (a reset, a removal, a timed role's end).
            member_query(
                "UPDATE member_joins SET settled_at = $3 WHERE guild_id = $1 AND user_id = $2 \
                 AND settled_at IS NULL",
                member,
            )
            .bind(now.unix())
            .execute(&mut **tx)
            .await?;
        }
        Effect::ReplaceBackupCodes { codes, .. } => {
            insert_backup_codes(tx, member, codes, now).await?
        }
        Effect::Remove { .. } => {
            delete_member_rows(tx, member).await?;
            release(tx, change, Which::All, Cause::Removed).await?;
        }
        Effect::StepUp => {}
    }
    clear_throttle_row(tx, member).await?;
    Ok(())
}

/// Runs the rest of a spend once its conditional write won: the effect and the audit line.
async fn finish_spend(tx: &mut Tx, change: Change<'_>, effect: &Effect) -> RepoResult<()> {
    async {
        apply_effect(tx, change, effect).await?;
        insert_audit(tx, change.audit).await
    }
    .await
    .map_err(repo_error)
}

impl Members for Store {
    async fn enrollment(&self, member: Member) -> RepoResult<Option<EnrollmentRecord>> {
        let row = member_query(
            "SELECT key_id, nonce, ciphertext, created_at, expires_at, confirmed_at, last_step, last_verified_at \
             FROM enrollments WHERE guild_id = $1 AND user_id = $2",
            member,
        )
        .fetch_optional(&self.pool)
        .await
        .map_err(repo_error)?;
        decode(row, |row| {
            Ok(EnrollmentRecord {
                sealed: sealed_from_row(row)?,
                created_at: Timestamp::from_unix(row.try_get("created_at")?),
                expires_at: ts(row.try_get("expires_at")?),
                confirmed_at: ts(row.try_get("confirmed_at")?),
                last_step: row
                    .try_get::<Option<i64>, _>("last_step")?
                    .map(|s| Step::new(s as u64)),
                last_verified_at: ts(row.try_get("last_verified_at")?),
            })
        })
    }

    async fn begin_enrollment(
        &self,
        change: Change<'_>,
        pending: &PendingEnrollment,
    ) -> RepoResult<Begun> {
        let PendingEnrollment {
            sealed,
            expires_at,
            limit,
        } = pending;
        let mut tx = self.begin().await?;
        // The upsert takes the member's enrollment row lock (or waits for a concurrent start to
        // commit), so the count below sees every earlier start.
        let done = member_query(
            "INSERT INTO enrollments (guild_id, user_id, key_id, nonce, ciphertext, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (guild_id, user_id) DO UPDATE SET key_id = excluded.key_id, nonce = excluded.nonce, \
             ciphertext = excluded.ciphertext, created_at = excluded.created_at, expires_at = excluded.expires_at, \
             last_step = NULL, confirming_until = NULL \
             WHERE enrollments.confirmed_at IS NULL",
            change.member,
        )
        .bind(i64::from(sealed.key_id.raw()))
        .bind(sealed.nonce.clone())
        .bind(sealed.ciphertext.clone())
        .bind(change.now.unix())
        .bind(expires_at.unix())
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?;
        if done.rows_affected() == 0 {
            return Ok(Begun::AlreadyEnrolled);
        }
        if let Some(retry_at) = limit_reached(&mut tx, change, AuditKind::Enrolled, *limit).await? {
            // Rolled back: the earlier pending enrollment, if any, stays as it was.
            return Ok(Begun::TooMany { retry_at });
        }
        insert_audit(&mut tx, change.audit)
            .await
            .map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(Begun::Started)
    }

    async fn claim_confirmation(
        &self,
        member: Member,
        claim: ConfirmationClaim<'_>,
        now: Timestamp,
    ) -> RepoResult<bool> {
        let done = member_query(
            "UPDATE enrollments SET confirming_until = $3 WHERE guild_id = $1 AND user_id = $2 \
             AND confirmed_at IS NULL AND expires_at > $4 AND nonce = $5 \
             AND (confirming_until IS NULL OR confirming_until <= $4)",
            member,
        )
        .bind(claim.until.unix())
        .bind(now.unix())
        .bind(claim.nonce.to_vec())
        .execute(&mut *self.writer().await?)
        .await
        .map_err(repo_error)?;
        Ok(done.rows_affected() == 1)
    }

    async fn release_confirmation(&self, member: Member, nonce: &[u8]) -> RepoResult<()> {
        member_query(
            "UPDATE enrollments SET confirming_until = NULL WHERE guild_id = $1 AND user_id = $2 \
             AND confirmed_at IS NULL AND nonce = $3",
            member,
        )
        .bind(nonce.to_vec())
        .execute(&mut *self.writer().await?)
        .await
        .map_err(repo_error)?;
        Ok(())
    }

    async fn confirm_enrollment(
        &self,
        change: Change<'_>,
        confirmation: &Confirmation<'_>,
    ) -> RepoResult<Spent> {
        let mut tx = self.begin().await?;
        let done = member_query(
            "UPDATE enrollments SET confirmed_at = $4, expires_at = NULL, last_step = $3, confirming_until = NULL \
             WHERE guild_id = $1 AND user_id = $2 AND confirmed_at IS NULL AND expires_at > $4 AND nonce = $5",
            change.member,
        )
        .bind(confirmation.step.get() as i64)
        .bind(change.now.unix())
        .bind(confirmation.nonce.to_vec())
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?;
        if done.rows_affected() != 1 {
            return Ok(Spent::AlreadySpent);
        }
        if let Some(access) = locked_by_another(&mut tx, change, confirmation.attempt).await? {
            return Ok(Spent::Locked(access));
        }
        insert_backup_codes(&mut tx, change.member, confirmation.codes, change.now)
            .await
            .map_err(repo_error)?;
        let grant = confirmation.grant;
        finish_spend(&mut tx, change, &Effect::Verify { grant }).await?;
        tx.commit().await.map_err(repo_error)?;
        Ok(Spent::Spent(Method::Authenticator))
    }

    async fn spend(&self, change: Change<'_>, proof: &Proof, effect: &Effect) -> RepoResult<Spent> {
        let mut tx = self.begin().await?;
        let spent = match &proof.code {
            ProvenCode::Authenticator(step) => spend_step(&mut tx, change.member, *step).await,
            ProvenCode::Backup(code) => spend_backup_code(&mut tx, change, code).await,
            ProvenCode::Bypass(phc) => spend_bypass(&mut tx, change, phc).await,
        }
        .map_err(repo_error)?;
        if !spent {
            return Ok(Spent::AlreadySpent);
        }
        if let Some(access) = locked_by_another(&mut tx, change, proof.attempt).await? {
            return Ok(Spent::Locked(access));
        }
        if let (kind, Some(limit)) = effect.counted_as()
            && let Some(retry_at) = limit_reached(&mut tx, change, kind, limit).await?
        {
            return Ok(Spent::TooMany { retry_at });
        }
        finish_spend(&mut tx, change, effect).await?;
        let method = match proof.code {
            ProvenCode::Authenticator(_) => Method::Authenticator,
            ProvenCode::Backup(_) => Method::BackupCode {
                remaining: unused_codes(&mut tx, change.member).await?,
            },
            ProvenCode::Bypass(_) => {
                // Passed once; the lost phone's enrollment goes, so the next pass needs a new one.
                delete_member_rows(&mut tx, change.member)
                    .await
                    .map_err(repo_error)?;
                Method::Bypass
            }
        };
        tx.commit().await.map_err(repo_error)?;
        Ok(Spent::Spent(method))
    }

    async fn backup_code(
        &self,
        member: Member,
        slot: Slot,
    ) -> RepoResult<Option<StoredBackupCode>> {
        let row = member_query(
            "SELECT phc, used_at FROM backup_codes WHERE guild_id = $1 AND user_id = $2 AND slot = $3",
            member,
        )
        .bind(i64::from(slot.index()))
        .fetch_optional(&self.pool)
        .await
        .map_err(repo_error)?;
        decode(row, |row| {
            Ok(StoredBackupCode {
                phc: Phc::from_stored(row.try_get("phc")?),
                used_at: ts(row.try_get("used_at")?),
            })
        })
    }

    async fn remaining_backup_codes(&self, member: Member) -> RepoResult<u32> {
        let mut conn = self.pool.acquire().await.map_err(repo_error)?;
        unused_codes(&mut conn, member).await
    }

    async fn save_bypass(
        &self,
        change: Change<'_>,
        phc: &Phc,
        approved_by: Option<UserId>,
        expires_at: Timestamp,
    ) -> RepoResult<()> {
        let mut tx = self.begin().await?;
        member_query(
            "INSERT INTO bypass_codes (guild_id, user_id, phc, issued_by, approved_by, issued_at, expires_at, used_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, NULL) ON CONFLICT (guild_id, user_id) DO UPDATE SET \
             phc = excluded.phc, issued_by = excluded.issued_by, approved_by = excluded.approved_by, \
             issued_at = excluded.issued_at, expires_at = excluded.expires_at, used_at = NULL",
            change.member,
        )
        .bind(phc.as_str().to_owned())
        .bind(db_id(change.audit.actor.map_or(0, |a| a.get())))
        .bind(approved_by.map(|a| db_id(a.get())))
        .bind(change.now.unix())
        .bind(expires_at.unix())
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?;
        insert_audit(&mut tx, change.audit)
            .await
            .map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(())
    }

    async fn bypass_code(&self, member: Member) -> RepoResult<Option<StoredBypass>> {
        let row = member_query(
            "SELECT phc, expires_at, used_at FROM bypass_codes WHERE guild_id = $1 AND user_id = $2",
            member,
        )
        .fetch_optional(&self.pool)
        .await
        .map_err(repo_error)?;
        decode(row, |row| {
            Ok(StoredBypass {
                phc: Phc::from_stored(row.try_get("phc")?),
                expires_at: Timestamp::from_unix(row.try_get("expires_at")?),
                used_at: ts(row.try_get("used_at")?),
            })
        })
    }

    async fn delete_member(&self, change: Change<'_>) -> RepoResult<bool> {
        let mut tx = self.begin().await?;
        let deleted = async {
            if delete_member_rows(&mut tx, change.member).await? == 0 {
                return Ok(false);
            }
            release(&mut tx, change, Which::All, Cause::Reset).await?;
            insert_audit(&mut tx, change.audit).await?;
            Ok::<_, sqlx::Error>(true)
        }
        .await
        .map_err(repo_error)?;
        if deleted {
            tx.commit().await.map_err(repo_error)?;
        }
        Ok(deleted)
    }

    async fn held_roles(&self, member: Member) -> RepoResult<Vec<HeldRole>> {
        self.read_held_roles(member).await
    }

    async fn release_roles(
        &self,
        change: Change<'_>,
        which: Which,
        cause: Cause,
    ) -> RepoResult<Vec<RoleId>> {
        self.release_held_roles(change, which, cause).await
    }
}

/// The member's unused backup codes, on a connection or inside a transaction.
async fn unused_codes(conn: &mut sqlx::AnyConnection, member: Member) -> RepoResult<u32> {
    let row = member_query(
        "SELECT COUNT(*) AS n FROM backup_codes WHERE guild_id = $1 AND user_id = $2 AND used_at IS NULL",
        member,
    )
    .fetch_one(conn)
    .await
    .map_err(repo_error)?;
    Ok(u32::try_from(row.try_get::<i64, _>("n").map_err(repo_error)?).unwrap_or(0))
}

/// Whether another attempt's reservation has locked the member: then a right code is not spent.
/// The throttle row's lock is taken here, after the enrollment row's (the order every member
/// transaction follows), so a reservation cannot slip in between this check and the commit.
async fn locked_by_another(
    tx: &mut Tx,
    change: Change<'_>,
    attempt: AttemptId,
) -> RepoResult<Option<Access>> {
    let state = lock_throttle_row(tx, change.member)
        .await
        .map_err(repo_error)?;
    Ok(throttle::stops_success(&state, change.now, attempt))
}

/// Accepts `step` if it is later than the last accepted one.
async fn spend_step(tx: &mut Tx, member: Member, step: Step) -> Result<bool, sqlx::Error> {
    let done = member_query(
        "UPDATE enrollments SET last_step = $3 WHERE guild_id = $1 AND user_id = $2 \
         AND confirmed_at IS NOT NULL AND (last_step IS NULL OR last_step < $3)",
        member,
    )
    .bind(step.get() as i64)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks the one-time code used if it still is unused, unexpired and the one that was checked.
async fn spend_bypass(tx: &mut Tx, change: Change<'_>, phc: &Phc) -> Result<bool, sqlx::Error> {
    const LOCK: &str =
        "UPDATE enrollments SET last_step = last_step WHERE guild_id = $1 AND user_id = $2";
    execute(tx, LOCK, change.member).await?;
    let done = member_query(
        "UPDATE bypass_codes SET used_at = $4 WHERE guild_id = $1 AND user_id = $2 AND phc = $3 \
         AND used_at IS NULL AND expires_at > $4",
        change.member,
    )
    .bind(phc.as_str().to_owned())
    .bind(change.now.unix())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks the backup code used if it still is unused and still has the hash that was checked.
async fn spend_backup_code(
    tx: &mut Tx,
    change: Change<'_>,
    code: &MatchedCode,
) -> Result<bool, sqlx::Error> {
    // Lock the member's enrollment row first, in the same order as every other transaction that
    // touches both tables, so concurrent spends and resets cannot deadlock on PostgreSQL.
    const LOCK: &str =
        "UPDATE enrollments SET last_step = last_step WHERE guild_id = $1 AND user_id = $2";
    execute(tx, LOCK, change.member).await?;
    // The phc match guards against a set replaced between the read and this write.
    let done = member_query(
        "UPDATE backup_codes SET used_at = $5 WHERE guild_id = $1 AND user_id = $2 AND slot = $3 \
         AND phc = $4 AND used_at IS NULL",
        change.member,
    )
    .bind(i64::from(code.slot.index()))
    .bind(code.phc.as_str().to_owned())
    .bind(change.now.unix())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}
