//! The member's rules: enroll, confirm, verify, regenerate backup codes, remove, status.
//!
//! The service decides; the [`Repository`] makes each decision durable atomically (a step accepted,
//! a backup code consumed and the role grant recorded in one transaction). The database, not this
//! process, is the arbiter of "at most once", so the rules hold across several bot processes.
//!
//! Every code check runs in the same order: one check per member at a time in this process
//! ([`MemberChecks`]); the attempt counted against the lockout before anything is evaluated (so a
//! burst gets no more guesses than one submission after another, and an attempt that cannot be
//! counted is not evaluated); then the code checked; then, for a right code, spent with its effect
//! unless another attempt locked the member meanwhile. Moderators' rules are in
//! [`super::moderation`].

use std::sync::Arc;

use zeroize::Zeroizing;

use super::audit::{AuditEntry, AuditKind};
use super::backup_codes::{self, BackupCode};
use super::bypass::BypassCode;
use super::gates::{self, Passing, RoleGate};
use super::hashing::Hasher;
use super::outcome::{Confirmed, GateError, Limited, Method, NewEnrollment, Rejection, Verified};
use super::prompt_configs::PromptConfigs;
use super::repository::{
    Begun, Change, Confirmation, ConfirmationClaim, Effect, EnrollmentRecord, MatchedCode,
    NewBackupCode, PendingEnrollment, Proof, ProvenCode, RateLimit, Repository, Spent,
    StoredBackupCode,
};
use super::sealing::Keyring;
use super::single_flight::MemberChecks;
use super::throttle::{self, AttemptId, NewLock};
use super::totp::{self, TotpCode, TotpSecret};
use super::{Clock, Entropy, Member, Names, Timestamp};

mod enrollment;

/// How long an unconfirmed enrollment waits for its first code.
pub const ENROLLMENT_TTL_SECS: i64 = 15 * 60;
/// A member gets the welcome DM at most once in this period (30 days).
pub const GUIDE_DM_QUIET_SECS: i64 = 30 * 24 * 60 * 60;
/// A member may start an enrollment (a new secret) this often.
pub const ENROLLMENT_STARTS: RateLimit = RateLimit {
    max: 3,
    window_secs: 60 * 60,
};
/// A member may remove their own enrollment this often.
pub const REMOVALS: RateLimit = RateLimit {
    max: 3,
    window_secs: 24 * 60 * 60,
};
/// A member may make a new set of backup codes this often (each costs ten argon2 hashes).
pub const BACKUP_CODE_SETS: RateLimit = RateLimit {
    max: 3,
    window_secs: 24 * 60 * 60,
};
/// How long a confirmation's claim holds while its backup codes are hashed.
const CONFIRMATION_CLAIM_SECS: i64 = 60;

/// Which codes an action accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accepts {
    /// A code from the authenticator app or a backup code.
    AppOrBackupCode,
    /// Only a fresh code from the authenticator app: changing the factor needs the factor, and a
    /// stolen session often comes with the backup-code file.
    AppOnly,
}

/// What a proven code is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Verify,
    NewBackupCodes,
    Remove,
    /// A moderator's code before the moderator command named.
    StepUp(&'static str),
}

impl Action {
    /// The action's label in `/metrics`.
    fn name(self) -> &'static str {
        match self {
            Self::Verify => "verify",
            Self::NewBackupCodes => "new_backup_codes",
            Self::Remove => "remove",
            Self::StepUp(_) => "step_up",
        }
    }

    fn accepts(self) -> Accepts {
        match self {
            Self::Verify => Accepts::AppOrBackupCode,
            // A moderator's step-up guards against a stolen moderator session, which may come
            // with that moderator's backup-code file.
            Self::NewBackupCodes | Self::Remove | Self::StepUp(_) => Accepts::AppOnly,
        }
    }

    /// The audit line that records it, and how often a member may do it.
    fn limit(self) -> Option<(AuditKind, RateLimit, Limited)> {
        match self {
            Self::Verify | Self::StepUp(_) => None,
            Self::NewBackupCodes => Some((
                AuditKind::BackupCodesRegenerated,
                BACKUP_CODE_SETS,
                Limited::BackupCodes,
            )),
            Self::Remove => Some((AuditKind::Removed, REMOVALS, Limited::Removal)),
        }
    }
}

/// A typed code: an authenticator code or a backup code.
enum Submitted {
    Totp(TotpCode),
    Backup(BackupCode),
    Bypass(BypassCode),
}

fn classify(input: &str) -> Option<Submitted> {
    TotpCode::parse(input)
        .map(Submitted::Totp)
        .or_else(|| BackupCode::parse(input).map(Submitted::Backup))
        .or_else(|| BypassCode::parse(input).map(Submitted::Bypass))
}

/// An attempt counted against the lockout: who makes it, and the lock its count set (which holds
/// for it too if its code is wrong).
struct Attempt {
    member: Member,
    id: AttemptId,
    lock: Option<NewLock>,
}

/// The gate service.
pub struct Gate<R> {
    repo: R,
    keyring: Keyring,
    hasher: Hasher,
    clock: Arc<dyn Clock>,
    entropy: Arc<dyn Entropy>,
    checks: MemberChecks,
    prompt_configs: PromptConfigs,
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
            checks: MemberChecks::default(),
            prompt_configs: PromptConfigs::default(),
        }
    }

    pub fn repo(&self) -> &R {
        &self.repo
    }

    pub(super) fn entropy(&self) -> &dyn Entropy {
        self.entropy.as_ref()
    }

    pub(super) fn keyring(&self) -> &Keyring {
        &self.keyring
    }

    pub(super) fn prompt_configs(&self) -> &PromptConfigs {
        &self.prompt_configs
    }

    pub fn hasher(&self) -> &Hasher {
        &self.hasher
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

    /// The gate `passing` goes through, refused (before anything is counted) when the member
    /// may not pass it.
    /// The gate being passed; refused before anything is counted when it needs Discord 2FA and
    /// the member's was not confirmed within [`CONFIRMATION_VALID_SECS`].
    ///
    /// [`CONFIRMATION_VALID_SECS`]: super::discord_2fa::CONFIRMATION_VALID_SECS
    async fn gate_for(&self, member: Member, passing: &Passing) -> Result<RoleGate, GateError> {
        let config = self.config(member.guild).await?;
        let gate = gates::resolve(&config, passing)?.clone();
        if gate.discord_2fa {
            let confirmed = self
                .repo
                .discord_2fa(member.user)
                .await?
                .is_some_and(|check| check.confirmed_at(self.now()));
            if !confirmed {
                return Err(GateError::NeedsDiscord2fa { role: gate.role });
            }
        }
        Ok(gate)
    }

    /// Checks an authenticator or backup code and queues the grant of the gate's role (and, for
    /// a timed role, its removal).
    pub async fn verify(
        &self,
        member: Member,
        input: &str,
        passing: &Passing,
    ) -> Result<Verified, GateError> {
        let gate = self.gate_for(member, passing).await?;
        let grant = gate.grant(self.now());
        let effect = Effect::Verify { grant };
        let method = self
            .prove(member, input, Action::Verify, || {
                futures_util::future::ready((effect, ()))
            })
            .await?
            .0;
        Ok(Verified { method, grant })
    }

    /// A moderator's fresh authenticator code before a moderator command (`moderator_code`):
    /// checked, spent and throttled like any code, so it cannot be replayed or guessed.
    pub async fn step_up(
        &self,
        moderator: Member,
        input: &str,
        command: &'static str,
    ) -> Result<(), GateError> {
        self.prove(moderator, input, Action::StepUp(command), || {
            futures_util::future::ready((Effect::StepUp, ()))
        })
        .await?;
        Ok(())
    }

    /// After a fresh authenticator code, replaces the backup codes (the old set stops working at once).
    pub async fn regenerate_backup_codes(
        &self,
        member: Member,
        input: &str,
    ) -> Result<Vec<BackupCode>, GateError> {
        // The new set is drawn and hashed only after a fresh authenticator code has been checked,
        // so a wrong or malformed attempt costs no hashing at all.
        let (_, codes) = self
            .prove(member, input, Action::NewBackupCodes, || async {
                let (codes, stored) = self.new_backup_codes().await;
                let limit = BACKUP_CODE_SETS;
                (
                    Effect::ReplaceBackupCodes {
                        codes: stored,
                        limit,
                    },
                    codes,
                )
            })
            .await?;
        Ok(codes)
    }

    /// After a fresh authenticator code, deletes the member's own enrollment and codes and queues
    /// removal of the roles they hold through the gates.
    pub async fn remove(&self, member: Member, input: &str) -> Result<(), GateError> {
        let effect = Effect::Remove { limit: REMOVALS };
        self.prove(member, input, Action::Remove, || {
            futures_util::future::ready((effect, ()))
        })
        .await?;
        Ok(())
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

    async fn confirmed_enrollment(&self, member: Member) -> Result<EnrollmentRecord, GateError> {
        self.repo
            .enrollment(member)
            .await?
            .filter(|r| r.confirmed_at.is_some())
            .ok_or(GateError::NotEnrolled)
    }

    /// Counts an attempt against the member's lockout before anything is evaluated.
    async fn reserve(&self, member: Member) -> Result<Attempt, GateError> {
        let mut raw = [0u8; 8];
        self.entropy.fill(&mut raw);
        let id = AttemptId::new(u64::from_le_bytes(raw));
        match self.repo.reserve_attempt(member, self.now(), id).await? {
            Ok(lock) => Ok(Attempt { member, id, lock }),
            Err(access) => Err(GateError::Locked(access)),
        }
    }

    /// Checks a code against a confirmed enrollment and, when it is right, spends it with the
    /// effect `effect_of` makes (only then, so a wrong code costs none of its work).
    async fn prove<T, F, Fut>(
        &self,
        member: Member,
        input: &str,
        action: Action,
        effect_of: F,
    ) -> Result<(Method, T), GateError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = (Effect, T)>,
    {
        let proved = self.prove_once(member, input, action, effect_of).await;
        crate::metrics::code_checked(action.name(), proved.as_ref().map(|(method, _)| *method));
        proved
    }

    async fn prove_once<T, F, Fut>(
        &self,
        member: Member,
        input: &str,
        action: Action,
        effect_of: F,
    ) -> Result<(Method, T), GateError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = (Effect, T)>,
    {
        let _one_at_a_time = self.checks.enter(member).await?;
        let record = self.confirmed_enrollment(member).await?;
        let submitted = classify(input);
        if action.accepts() == Accepts::AppOnly
            && matches!(submitted, Some(Submitted::Backup(_) | Submitted::Bypass(_)))
        {
            return Err(GateError::NeedsAuthenticatorCode);
        }
        // Over its limit, an action is refused before its code is counted or checked.
        if let Some((kind, limit, which)) = action.limit()
            && let Some(retry_at) = self
                .repo
                .limit_reached(member, kind, limit, self.now())
                .await?
        {
            return Err(GateError::TooOften {
                action: which,
                retry_at,
            });
        }
        let attempt = self.reserve(member).await?;
        let code = match submitted {
            None => return Err(self.refuse(&attempt, Rejection::NotACode).await),
            Some(Submitted::Totp(code)) => {
                let secret = self.keyring.open(&record.sealed, member)?;
                let Some(step) = totp::check(&secret, &code, self.now()) else {
                    return Err(self.refuse(&attempt, Rejection::WrongCode).await);
                };
                if record.last_step.is_some_and(|last| step <= last) {
                    return Err(self.refuse(&attempt, Rejection::Replayed).await);
                }
                ProvenCode::Authenticator(step)
            }
            Some(Submitted::Backup(code)) => self.check_backup_code(&attempt, &code).await?,
            Some(Submitted::Bypass(code)) => self.check_bypass(&attempt, &code).await?,
        };
        let (effect, extra) = effect_of().await;
        let (kind, _) = effect.counted_as();
        let detail = match (action, &effect) {
            (Action::Verify, Effect::Verify { grant }) => match grant.expires_at {
                Some(end) => format!(
                    "passed the gate for role {} until {}",
                    grant.role,
                    end.unix()
                ),
                None => format!("passed the gate for role {}", grant.role),
            },
            (Action::NewBackupCodes, _) => {
                "new backup codes issued; the old set no longer works".into()
            }
            (Action::Remove, _) => "member removed their own enrollment".into(),
            (Action::StepUp(command), _) => format!("moderator code checked before {command}"),
            (Action::Verify, _) => "verified".into(),
        };
        let how = match code {
            ProvenCode::Authenticator(_) => "authenticator",
            ProvenCode::Backup(_) => "backup code",
            ProvenCode::Bypass(_) => "moderator's one-time code; enrollment deleted",
        };
        let audit = self.own_entry(member, kind, format!("{detail} ({how})"));
        let proof = Proof {
            attempt: attempt.id,
            code,
        };
        match self
            .repo
            .spend(Change::new(member, &audit), &proof, &effect)
            .await?
        {
            Spent::Spent(method) => Ok((method, extra)),
            Spent::AlreadySpent => Err(self.refuse(&attempt, Rejection::Replayed).await),
            Spent::Locked(access) => Err(GateError::Locked(access)),
            Spent::TooMany { retry_at } => Err(GateError::TooOften {
                action: action
                    .limit()
                    .map_or(Limited::Removal, |(_, _, which)| which),
                retry_at,
            }),
        }
    }

    /// One argon2 evaluation, whether or not the code's slot holds a stored code.
    async fn check_backup_code(
        &self,
        attempt: &Attempt,
        code: &BackupCode,
    ) -> Result<ProvenCode, GateError> {
        let slot = code.slot();
        let stored = self.repo.backup_code(attempt.member, slot).await?;
        let matches = self
            .hasher
            .verify(
                Zeroizing::new(code.expose_bytes().to_vec()),
                stored.as_ref().map(|s| s.phc.clone()),
            )
            .await;
        match (matches, stored) {
            (true, Some(StoredBackupCode { phc, used_at: None })) => {
                Ok(ProvenCode::Backup(MatchedCode { slot, phc }))
            }
            (true, Some(_)) => Err(self.refuse(attempt, Rejection::Replayed).await),
            _ => Err(self.refuse(attempt, Rejection::WrongCode).await),
        }
    }

    /// One argon2 evaluation of a moderator's one-time code, whether or not one is stored.
    async fn check_bypass(
        &self,
        attempt: &Attempt,
        code: &BypassCode,
    ) -> Result<ProvenCode, GateError> {
        let stored = self.repo.bypass_code(attempt.member).await?;
        let matches = self
            .hasher
            .verify(
                Zeroizing::new(code.expose_bytes().to_vec()),
                stored.as_ref().map(|s| s.phc.clone()),
            )
            .await;
        match (matches, stored) {
            (true, Some(s)) if s.used_at.is_some() => {
                Err(self.refuse(attempt, Rejection::Replayed).await)
            }
            (true, Some(s)) if s.expires_at <= self.now() => {
                match self.refuse(attempt, Rejection::WrongCode).await {
                    GateError::Rejected { .. } => Err(GateError::BypassExpired),
                    other => Err(other),
                }
            }
            (true, Some(s)) => Ok(ProvenCode::Bypass(s.phc)),
            _ => Err(self.refuse(attempt, Rejection::WrongCode).await),
        }
    }

    /// A refused code: already counted by its reservation, now audited (with the lock that count
    /// set, if any); the error the member sees.
    async fn refuse(&self, attempt: &Attempt, reason: Rejection) -> GateError {
        let member = attempt.member;
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
        match attempt.lock {
            Some(NewLock::Until(until)) => audit.push(self.entry(
                member,
                AuditKind::LockedOut,
                None,
                format!(
                    "locked until {} after five attempts in fifteen minutes",
                    until.unix()
                ),
            )),
            Some(NewLock::UntilUnlocked) => audit.push(self.entry(
                member,
                AuditKind::HardLocked,
                None,
                format!(
                    "{} consecutive failures: locked until a moderator unlocks",
                    throttle::HARD_LOCK_FAILURES
                ),
            )),
            None => {}
        }
        match self.repo.record_audit(&audit).await {
            Ok(()) => GateError::Rejected {
                reason,
                lock: attempt.lock,
            },
            Err(error) => error.into(),
        }
    }
}
