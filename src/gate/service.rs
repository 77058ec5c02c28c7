//! The member's rules: enroll, confirm, verify, regenerate backup codes, remove, status.
//!
//! The service decides; the [`Repository`] makes each decision durable atomically (a step accepted,
//! a backup code consumed and the role grant recorded in one transaction). The database, not this
//! process, is the arbiter of "at most once", so the rules hold across several bot processes.
//! Moderators' rules are in [`super::moderation`].

use std::sync::Arc;

use zeroize::Zeroizing;

use super::audit::{AuditEntry, AuditKind};
use super::backup_codes::{self, BackupCode};
use super::hashing::Hasher;
use super::outcome::{
    Confirmed, Enrollment, GateError, MemberStatus, Method, NewEnrollment, Rejection, Verified,
};
use super::repository::{
    Change, Confirmation, Effect, EnrollmentRecord, GuildConfig, MatchedCode, NewBackupCode,
    PendingEnrollment, Proof, RepoError, Repository, StoredBackupCode, ThrottleUpdate,
};
use super::sealing::Keyring;
use super::throttle::{self, Access, NewLock};
use super::totp::{self, TotpCode, TotpSecret};
use super::{Clock, Entropy, GuildId, Member, Names, RoleId, Timestamp};

/// How long an unconfirmed enrollment waits for its first code.
pub const ENROLLMENT_TTL_SECS: i64 = 15 * 60;
/// A member gets the welcome DM at most once in this period (30 days).
pub const GUIDE_DM_QUIET_SECS: i64 = 30 * 24 * 60 * 60;

/// Which codes an action accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accepts {
    /// A code from the authenticator app or a backup code.
    AppOrBackupCode,
    /// Only a fresh code from the authenticator app (changing the factor needs the factor).
    AppOnly,
}

/// A typed code: an authenticator code or a backup code.
enum Submitted {
    Totp(TotpCode),
    Backup(BackupCode),
}

fn classify(input: &str) -> Option<Submitted> {
    TotpCode::parse(input)
        .map(Submitted::Totp)
        .or_else(|| BackupCode::parse(input).map(Submitted::Backup))
}

/// The gate service.
pub struct Gate<R> {
    repo: R,
    keyring: Keyring,
    hasher: Hasher,
    clock: Arc<dyn Clock>,
    entropy: Arc<dyn Entropy>,
}

impl<R: Repository> Gate<R> {
    pub fn new(
        repo: R,
        keyring: Keyring,
        hasher: Hasher,
        clock: Arc<dyn Clock>,
        entropy: Arc<dyn Entropy>,
    ) -> Self {
        Self {
            repo,
            keyring,
            hasher,
            clock,
            entropy,
        }
    }

    pub fn repo(&self) -> &R {
        &self.repo
    }

    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// An audit line about `member`, acted on by `actor` (the member themselves, a moderator, or
    /// nobody for what the gate did on its own).
    pub(super) fn entry(
        &self,
        member: Member,
        kind: AuditKind,
        actor: Option<super::UserId>,
        detail: impl Into<String>,
    ) -> AuditEntry {
        AuditEntry {
            guild: member.guild,
            at: self.now(),
            kind,
            actor,
            subject: Some(member.user),
            detail: detail.into(),
        }
    }

    /// A line the member wrote themselves.
    fn own_entry(&self, member: Member, kind: AuditKind, detail: impl Into<String>) -> AuditEntry {
        self.entry(member, kind, Some(member.user), detail)
    }

    pub(super) async fn gated_role(&self, guild: GuildId) -> Result<RoleId, GateError> {
        self.config(guild)
            .await?
            .gated_role
            .ok_or(GateError::NotConfigured)
    }

    pub async fn config(&self, guild: GuildId) -> Result<GuildConfig, GateError> {
        Ok(self
            .repo
            .guild_config(guild)
            .await?
            .unwrap_or_else(|| GuildConfig::unconfigured(guild)))
    }

    /// Starts (or restarts) enrollment: a new secret, sealed at rest, shown once as QR and key.
    pub async fn enroll(&self, member: Member, names: &Names) -> Result<NewEnrollment, GateError> {
        self.gated_role(member.guild).await?;
        if let Some(existing) = self.repo.enrollment(member).await?
            && existing.confirmed_at.is_some()
        {
            return Err(GateError::AlreadyEnrolled);
        }
        let secret = TotpSecret::generate(self.entropy.as_ref());
        let sealed = self.keyring.seal(&secret, member, self.entropy.as_ref());
        let expires_at = self.now().plus_secs(ENROLLMENT_TTL_SECS);
        let audit = self.own_entry(
            member,
            AuditKind::Enrolled,
            "authenticator enrollment started",
        );
        let pending = PendingEnrollment { sealed, expires_at };
        if !self
            .repo
            .begin_enrollment(Change::new(member, &audit), &pending)
            .await?
        {
            return Err(GateError::AlreadyEnrolled);
        }
        let otpauth_uri = secret.otpauth_uri(&names.guild_name, &names.member_name);
        let qr_png = totp::qr_png(&otpauth_uri);
        Ok(NewEnrollment {
            qr_png,
            manual_key: secret.manual_key(),
            otpauth_uri,
            expires_at,
        })
    }

    /// The first valid authenticator code confirms the enrollment, issues backup codes and queues
    /// the role grant.
    pub async fn confirm(&self, member: Member, input: &str) -> Result<Confirmed, GateError> {
        let role = self.gated_role(member.guild).await?;
        self.ensure_open(member).await?;
        let record = self
            .repo
            .enrollment(member)
            .await?
            .ok_or(GateError::NotEnrolled)?;
        if record.confirmed_at.is_some() {
            return Err(GateError::AlreadyEnrolled);
        }
        let now = self.now();
        if record.expires_at.is_none_or(|expires| now >= expires) {
            return Err(GateError::EnrollmentExpired);
        }
        let Some(code) = TotpCode::parse(input) else {
            return Err(self.reject(member, Rejection::NotACode).await);
        };
        let secret = self.keyring.open(&record.sealed, member)?;
        let Some(step) = totp::check(&secret, &code, now) else {
            return Err(self.reject(member, Rejection::WrongCode).await);
        };
        let (codes, stored) = self.new_backup_codes().await;
        let audit = self.own_entry(
            member,
            AuditKind::Confirmed,
            "authenticator confirmed; backup codes issued",
        );
        let confirmation = Confirmation {
            nonce: &record.sealed.nonce,
            step,
            codes: &stored,
            grant: role,
        };
        if !self
            .repo
            .confirm_enrollment(Change::new(member, &audit), &confirmation)
            .await?
        {
            // Either a concurrent submission of the same code confirmed first (a replay), or the
            // setup was restarted or expired meanwhile and this code belongs to a stale secret.
            let now_confirmed = self
                .repo
                .enrollment(member)
                .await?
                .is_some_and(|r| r.confirmed_at.is_some());
            if now_confirmed {
                return Err(self.reject(member, Rejection::Replayed).await);
            }
            return Err(GateError::EnrollmentExpired);
        }
        Ok(Confirmed {
            backup_codes: codes,
            role,
        })
    }

    /// Checks an authenticator or backup code and queues the role grant.
    pub async fn verify(&self, member: Member, input: &str) -> Result<Verified, GateError> {
        let role = self.gated_role(member.guild).await?;
        let proof = self.check(member, input, Accepts::AppOrBackupCode).await?;
        let audit = self.spend_entry(member, &proof, AuditKind::Passed, "verified");
        let method = self
            .spend(member, proof, &Effect::Verify { grant: role }, &audit)
            .await?;
        Ok(Verified { method, role })
    }

    /// After a fresh authenticator code, replaces the backup codes (the old set stops working at once).
    pub async fn regenerate_backup_codes(
        &self,
        member: Member,
        input: &str,
    ) -> Result<Vec<BackupCode>, GateError> {
        // The new set is drawn and hashed only after a fresh authenticator code has been checked,
        // so a wrong or malformed attempt costs no hashing at all.
        let proof = self.check(member, input, Accepts::AppOnly).await?;
        let (codes, stored) = self.new_backup_codes().await;
        let audit = self.spend_entry(
            member,
            &proof,
            AuditKind::BackupCodesRegenerated,
            "new backup codes issued; the old set no longer works",
        );
        self.spend(member, proof, &Effect::ReplaceBackupCodes(stored), &audit)
            .await?;
        Ok(codes)
    }

    /// After a fresh code, deletes the member's own enrollment and codes and queues removal of the role.
    pub async fn remove(&self, member: Member, input: &str) -> Result<(), GateError> {
        let revoke = self.config(member.guild).await?.gated_role;
        let proof = self.check(member, input, Accepts::AppOrBackupCode).await?;
        let audit = self.spend_entry(
            member,
            &proof,
            AuditKind::Removed,
            "member removed their own enrollment",
        );
        self.spend(member, proof, &Effect::Remove { revoke }, &audit)
            .await?;
        Ok(())
    }

    pub async fn status(&self, member: Member) -> Result<MemberStatus, GateError> {
        let now = self.now();
        let record = self.repo.enrollment(member).await?;
        let (throttle, _) = self.repo.throttle(member).await?;
        let backup_codes_left = self.repo.remaining_backup_codes(member).await?;
        let enrollment = match &record {
            None => Enrollment::None,
            Some(r) => match (r.confirmed_at, r.expires_at) {
                (Some(confirmed_at), _) => Enrollment::Confirmed { confirmed_at },
                (None, Some(expires_at)) if now < expires_at => Enrollment::Pending { expires_at },
                (None, _) => Enrollment::Expired,
            },
        };
        Ok(MemberStatus {
            enrollment,
            verified: record.as_ref().is_some_and(|r| r.verified_at.is_some()),
            last_verified_at: record.as_ref().and_then(|r| r.last_verified_at),
            backup_codes_left,
            access: throttle::access(&throttle, now),
        })
    }

    /// Whether a member who just joined should get the welcome DM: not if they got one within
    /// [`GUIDE_DM_QUIET_SECS`]. Claims it atomically, so two processes never both send it.
    pub async fn claim_guide_dm(&self, member: Member) -> Result<bool, GateError> {
        let now = self.now();
        Ok(self
            .repo
            .claim_guide_dm(member, now, now.plus_secs(-GUIDE_DM_QUIET_SECS))
            .await?)
    }

    /// Draws and hashes a new set; the hashes run on the bounded pool.
    async fn new_backup_codes(&self) -> (Vec<BackupCode>, Vec<NewBackupCode>) {
        let codes = backup_codes::generate_set(self.entropy.as_ref());
        let secrets = codes
            .iter()
            .map(|c| Zeroizing::new(c.expose_bytes().to_vec()))
            .collect();
        let hashes = self.hasher.hash_all(secrets).await;
        let stored = codes
            .iter()
            .zip(hashes)
            .map(|(code, phc)| NewBackupCode {
                slot: code.slot(),
                phc,
            })
            .collect();
        (codes, stored)
    }

    async fn ensure_open(&self, member: Member) -> Result<(), GateError> {
        let (state, _) = self.repo.throttle(member).await?;
        match throttle::access(&state, self.now()) {
            Access::Open => Ok(()),
            locked => Err(GateError::Locked(locked)),
        }
    }

    async fn confirmed_enrollment(&self, member: Member) -> Result<EnrollmentRecord, GateError> {
        self.repo
            .enrollment(member)
            .await?
            .filter(|r| r.confirmed_at.is_some())
            .ok_or(GateError::NotEnrolled)
    }

    /// Checks a code against a confirmed enrollment without spending it. A failure is counted
    /// towards the lockout and audited before the error is returned.
    async fn check(
        &self,
        member: Member,
        input: &str,
        accepts: Accepts,
    ) -> Result<Proof, GateError> {
        self.ensure_open(member).await?;
        let record = self.confirmed_enrollment(member).await?;
        match classify(input) {
            None => Err(self.reject(member, Rejection::NotACode).await),
            Some(Submitted::Backup(_)) if accepts == Accepts::AppOnly => {
                Err(GateError::NeedsAuthenticatorCode)
            }
            Some(Submitted::Totp(code)) => {
                let secret = self.keyring.open(&record.sealed, member)?;
                let Some(step) = totp::check(&secret, &code, self.now()) else {
                    return Err(self.reject(member, Rejection::WrongCode).await);
                };
                if record.last_step.is_some_and(|last| step <= last) {
                    return Err(self.reject(member, Rejection::Replayed).await);
                }
                Ok(Proof::Authenticator(step))
            }
            Some(Submitted::Backup(code)) => {
                let slot = code.slot();
                let stored = self.repo.backup_code(member, slot).await?;
                // Exactly one argon2 evaluation, whether or not the slot holds a code.
                let matches = self
                    .hasher
                    .verify(
                        Zeroizing::new(code.expose_bytes().to_vec()),
                        stored.as_ref().map(|s| s.phc.clone()),
                    )
                    .await;
                match (matches, stored) {
                    (true, Some(StoredBackupCode { phc, used_at: None })) => {
                        Ok(Proof::Backup(MatchedCode { slot, phc }))
                    }
                    (true, Some(_)) => Err(self.reject(member, Rejection::Replayed).await),
                    _ => Err(self.reject(member, Rejection::WrongCode).await),
                }
            }
        }
    }

    fn spend_entry(
        &self,
        member: Member,
        proof: &Proof,
        kind: AuditKind,
        detail: &str,
    ) -> AuditEntry {
        let how = match proof {
            Proof::Authenticator(_) => "authenticator",
            Proof::Backup(_) => "backup code",
        };
        self.own_entry(member, kind, format!("{detail} ({how})"))
    }

    /// Spends a checked code together with `effect`, in one transaction. A code spent meanwhile by
    /// a concurrent submission is a replay.
    async fn spend(
        &self,
        member: Member,
        proof: Proof,
        effect: &Effect,
        audit: &AuditEntry,
    ) -> Result<Method, GateError> {
        let spent = self
            .repo
            .spend(Change::new(member, audit), &proof, effect)
            .await?;
        match spent {
            Some(method) => Ok(method),
            None => Err(self.reject(member, Rejection::Replayed).await),
        }
    }

    /// Counts a failure towards the lockout (compare-and-set, so concurrent failures all count),
    /// audits it, and returns the error the member sees.
    async fn reject(&self, member: Member, reason: Rejection) -> GateError {
        match self.record_failure(member, reason).await {
            Ok(lock) => GateError::Rejected { reason, lock },
            Err(error) => error,
        }
    }

    async fn record_failure(
        &self,
        member: Member,
        reason: Rejection,
    ) -> Result<Option<NewLock>, GateError> {
        const MAX_RACES: usize = 64;
        for _ in 0..MAX_RACES {
            let (state, version) = self.repo.throttle(member).await?;
            let (next, lock) = throttle::record_failure(&state, self.now());
            let mut audit = vec![match reason {
                Rejection::Replayed => self.own_entry(
                    member,
                    AuditKind::Replayed,
                    "a code that was already used was submitted again",
                ),
                Rejection::WrongCode => self.own_entry(member, AuditKind::Failed, "wrong code"),
                Rejection::NotACode => {
                    self.own_entry(member, AuditKind::Failed, "input was not a valid code")
                }
            }];
            match lock {
                Some(NewLock::Until(until)) => audit.push(self.entry(
                    member,
                    AuditKind::LockedOut,
                    None,
                    format!("locked until {} (lock {})", until.unix(), next.lock_count),
                )),
                Some(NewLock::UntilUnlocked) => audit.push(self.entry(
                    member,
                    AuditKind::HardLocked,
                    None,
                    format!(
                        "{} consecutive failures: locked until a moderator unlocks",
                        next.consecutive_failures
                    ),
                )),
                None => {}
            }
            let update = ThrottleUpdate {
                version,
                state: &next,
                audit: &audit,
            };
            if self.repo.update_throttle(member, &update).await? {
                return Ok(lock);
            }
        }
        Err(GateError::Storage(RepoError::Failed(anyhow::anyhow!(
            "the throttle row kept changing under {MAX_RACES} consecutive updates"
        ))))
    }
}
