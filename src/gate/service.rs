//! Enroll, confirm, verify, regenerate, remove, reset, revoke, unlock: the one place for the rules.
//!
//! The service decides; the [`Repository`] makes each decision durable atomically (a step accepted,
//! a backup code consumed and the role grant recorded in one transaction). The database, not this
//! process, is the arbiter of "at most once", so the rules hold across several bot processes.

use std::future::Future;
use std::sync::Arc;

use zeroize::Zeroizing;

use super::audit::{AuditEntry, AuditKind};
use super::backup_codes::{self, BackupCode, Slot};
use super::hashing::Hasher;
use super::sealing::{Keyring, SealError, Sealed};
use super::throttle::{self, Access, NewLock, ThrottleState};
use super::totp::{self, TotpCode, TotpSecret};
use super::{ChannelId, Clock, Entropy, GuildId, Names, RoleId, Timestamp, UserId};

/// How long an unconfirmed enrollment waits for its first code.
pub const ENROLLMENT_TTL_SECS: i64 = 15 * 60;
/// A member gets the welcome DM at most once in this period (30 days).
pub const GUIDE_DM_QUIET_SECS: i64 = 30 * 24 * 60 * 60;
/// Longest moderator reason kept in the audit trail.
pub const MAX_REASON_CHARS: usize = 500;

/// A server's gate settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuildConfig {
    pub guild: GuildId,
    pub gated_role: Option<RoleId>,
    pub log_channel: Option<ChannelId>,
    pub guide_on_join: bool,
}

impl GuildConfig {
    pub fn unconfigured(guild: GuildId) -> Self {
        Self {
            guild,
            gated_role: None,
            log_channel: None,
            guide_on_join: false,
        }
    }
}

/// A member's enrollment as stored.
#[derive(Debug, Clone)]
pub struct EnrollmentRecord {
    pub sealed: Sealed,
    pub created_at: Timestamp,
    /// Set while unconfirmed; after it passes, the enrollment never verifies.
    pub expires_at: Option<Timestamp>,
    pub confirmed_at: Option<Timestamp>,
    /// The last TOTP step accepted; a code for this step or an earlier one is a replay.
    pub last_step: Option<u64>,
    /// Set while the member holds the gated role through the gate; cleared by revoke.
    pub verified_at: Option<Timestamp>,
    pub last_verified_at: Option<Timestamp>,
}

/// One stored backup code.
#[derive(Debug, Clone)]
pub struct StoredBackupCode {
    pub phc: String,
    pub used_at: Option<Timestamp>,
}

/// A hashed code ready to store.
#[derive(Debug, Clone)]
pub struct NewBackupCode {
    pub slot: Slot,
    pub phc: String,
}

/// A role change waiting in the outbox for the Discord worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleChange {
    pub id: i64,
    pub guild: GuildId,
    pub user: UserId,
    pub role: RoleId,
    pub action: RoleAction,
    pub attempts: u32,
    pub not_before: Timestamp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleAction {
    Grant,
    Remove,
}

impl RoleAction {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Grant => "grant",
            Self::Remove => "remove",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "grant" => Some(Self::Grant),
            "remove" => Some(Self::Remove),
            _ => None,
        }
    }
}

/// What a freshly proven code does, written in the same transaction that spends the code.
#[derive(Debug, Clone)]
pub enum Effect {
    /// Mark the member verified and queue the role grant.
    Verify { grant: Option<RoleId> },
    /// Atomically replace the member's backup codes.
    ReplaceBackupCodes(Vec<NewBackupCode>),
    /// Delete the member's enrollment and codes, and queue removal of the role.
    Remove { revoke: Option<RoleId> },
}

/// Counts for `/gate stats`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GuildStats {
    pub enrolled: u64,
    pub pending: u64,
    pub verified: u64,
    pub locked: u64,
    pub pending_role_changes: u64,
}

/// Storage failures, split by what the member should be told.
#[derive(Debug, thiserror::Error)]
pub enum RepoError {
    /// The database cannot be reached right now; trying again shortly may work.
    #[error("the database is unavailable")]
    Unavailable(#[source] anyhow::Error),
    /// Anything else.
    #[error("a database operation failed")]
    Failed(#[source] anyhow::Error),
}

type RepoResult<T> = Result<T, RepoError>;

/// The storage the gate needs. Implemented over SQLite and PostgreSQL in `store/`; every method
/// that changes more than one row does so in one transaction.
pub trait Repository: Send + Sync + 'static {
    fn guild_config(
        &self,
        guild: GuildId,
    ) -> impl Future<Output = RepoResult<Option<GuildConfig>>> + Send;
    fn save_guild_config(
        &self,
        config: &GuildConfig,
        audit: &AuditEntry,
    ) -> impl Future<Output = RepoResult<()>> + Send;
    fn enrollment(
        &self,
        guild: GuildId,
        user: UserId,
    ) -> impl Future<Output = RepoResult<Option<EnrollmentRecord>>> + Send;
    /// Stores a pending enrollment, replacing an unconfirmed one. `false` when a confirmed one exists.
    fn begin_enrollment(
        &self,
        guild: GuildId,
        user: UserId,
        sealed: &Sealed,
        now: Timestamp,
        expires_at: Timestamp,
        audit: &AuditEntry,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Confirms a pending, unexpired enrollment at `step`, stores its backup codes, clears the
    /// throttle and queues the grant. `false` when it was no longer pending (a concurrent confirm won).
    #[allow(
        clippy::too_many_arguments,
        reason = "one atomic write needs the member, the code and every effect of spending it"
    )]
    fn confirm_enrollment(
        &self,
        guild: GuildId,
        user: UserId,
        // The nonce of the sealed secret the code was checked against: a concurrent re-enrollment
        // that replaced the secret makes the confirmation fail instead of confirming the wrong one.
        nonce: &[u8],
        step: u64,
        now: Timestamp,
        codes: &[NewBackupCode],
        grant: Option<RoleId>,
        audit: &AuditEntry,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Accepts `step` for a confirmed enrollment if it is later than the last accepted one, then
    /// applies `effect` and clears the throttle. `false` when the step was already spent.
    fn accept_step(
        &self,
        guild: GuildId,
        user: UserId,
        step: u64,
        now: Timestamp,
        effect: &Effect,
        audit: &AuditEntry,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    fn backup_code(
        &self,
        guild: GuildId,
        user: UserId,
        slot: Slot,
    ) -> impl Future<Output = RepoResult<Option<StoredBackupCode>>> + Send;
    /// Spends the unused code in `slot` whose hash is `phc`, then applies `effect` and clears the
    /// throttle. `None` when it was already spent; otherwise the unused codes left.
    #[allow(
        clippy::too_many_arguments,
        reason = "one atomic write needs the member, the code and every effect of spending it"
    )]
    fn consume_backup_code(
        &self,
        guild: GuildId,
        user: UserId,
        slot: Slot,
        phc: &str,
        now: Timestamp,
        effect: &Effect,
        audit: &AuditEntry,
    ) -> impl Future<Output = RepoResult<Option<u32>>> + Send;
    fn remaining_backup_codes(
        &self,
        guild: GuildId,
        user: UserId,
    ) -> impl Future<Output = RepoResult<u32>> + Send;
    /// The throttle state and its version, for compare-and-set.
    fn throttle(
        &self,
        guild: GuildId,
        user: UserId,
    ) -> impl Future<Output = RepoResult<(ThrottleState, i64)>> + Send;
    /// Writes `state` if the stored version is still `version`, with the audit lines it implies.
    fn update_throttle(
        &self,
        guild: GuildId,
        user: UserId,
        version: i64,
        state: &ThrottleState,
        audit: &[AuditEntry],
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Clears the throttle (moderator unlock). `false` when there was nothing to clear.
    fn clear_throttle(
        &self,
        guild: GuildId,
        user: UserId,
        audit: &AuditEntry,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Deletes enrollment, codes and throttle and queues removal of `revoke`. `false` if not enrolled.
    fn delete_member(
        &self,
        guild: GuildId,
        user: UserId,
        now: Timestamp,
        revoke: Option<RoleId>,
        audit: &AuditEntry,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Clears the verified mark and queues removal of `role`. `false` if not verified.
    fn revoke(
        &self,
        guild: GuildId,
        user: UserId,
        now: Timestamp,
        role: RoleId,
        audit: &AuditEntry,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    fn record_audit(&self, entry: &AuditEntry) -> impl Future<Output = RepoResult<()>> + Send;
    /// Newest first.
    fn audit_log(
        &self,
        guild: GuildId,
        subject: Option<UserId>,
        limit: u32,
    ) -> impl Future<Output = RepoResult<Vec<AuditEntry>>> + Send;
    fn stats(
        &self,
        guild: GuildId,
        now: Timestamp,
    ) -> impl Future<Output = RepoResult<GuildStats>> + Send;
    /// Claims the role changes due at `now` (oldest first) for this process, for a while.
    fn due_role_changes(
        &self,
        now: Timestamp,
        limit: u32,
    ) -> impl Future<Output = RepoResult<Vec<RoleChange>>> + Send;
    fn finish_role_change(
        &self,
        id: i64,
        now: Timestamp,
    ) -> impl Future<Output = RepoResult<()>> + Send;
    fn retry_role_change(
        &self,
        id: i64,
        not_before: Timestamp,
        error: &str,
    ) -> impl Future<Output = RepoResult<()>> + Send;
    fn fail_role_change(
        &self,
        id: i64,
        now: Timestamp,
        error: &str,
    ) -> impl Future<Output = RepoResult<()>> + Send;
    /// Claims the welcome DM for a member: `true` (and records `now`) unless one was sent after
    /// `not_since`.
    fn claim_guide_dm(
        &self,
        guild: GuildId,
        user: UserId,
        now: Timestamp,
        not_since: Timestamp,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
}

/// What a member proves a code for.
enum Intent {
    Verify { grant: Option<RoleId> },
    RenewBackupCodes,
    Remove { revoke: Option<RoleId> },
}

/// Why a code was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// Not shaped like an authenticator code or a backup code; nothing was hashed.
    NotACode,
    /// Well formed, but wrong.
    WrongCode,
    /// Right, but already used (ASVS 2.8.5: logged, refused, the member told).
    Replayed,
}

/// Outcomes the member or moderator is told about, and internal failures they are not.
#[derive(Debug, thiserror::Error)]
pub enum GateError {
    #[error("this server has not set up its verification gate yet")]
    NotConfigured,
    #[error("not enrolled")]
    NotEnrolled,
    #[error("already enrolled")]
    AlreadyEnrolled,
    #[error("the enrollment expired before it was confirmed")]
    EnrollmentExpired,
    #[error("this needs a code from the authenticator app, not a backup code")]
    NeedsAuthenticatorCode,
    #[error("code refused: {reason:?}")]
    Rejected {
        reason: Rejection,
        lock: Option<NewLock>,
    },
    #[error("locked")]
    Locked(Access),
    #[error("the member is not verified")]
    NotVerified,
    #[error("nothing to unlock")]
    NotLocked,
    #[error(transparent)]
    Sealing(#[from] SealError),
    #[error(transparent)]
    Storage(#[from] RepoError),
}

/// What a new enrollment shows the member (ephemerally, once).
pub struct NewEnrollment {
    pub otpauth_uri: Zeroizing<String>,
    pub qr_png: Vec<u8>,
    pub manual_key: Zeroizing<String>,
    pub expires_at: Timestamp,
}

/// A confirmed enrollment: the backup codes to show once, and the role queued.
#[derive(Debug)]
pub struct Confirmed {
    pub backup_codes: Vec<BackupCode>,
    pub role: Option<RoleId>,
}

/// How a member proved possession.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Authenticator,
    BackupCode { remaining: u32 },
}

impl Method {
    /// Two or fewer backup codes left: time to make a new set.
    pub fn low_on_backup_codes(self) -> bool {
        matches!(self, Method::BackupCode { remaining } if remaining <= backup_codes::LOW_WATER)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verified {
    pub method: Method,
    pub role: RoleId,
}

/// Where a member's enrollment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enrollment {
    None,
    Pending { expires_at: Timestamp },
    Expired,
    Confirmed { confirmed_at: Timestamp },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberStatus {
    pub enrollment: Enrollment,
    pub verified: bool,
    pub last_verified_at: Option<Timestamp>,
    pub backup_codes_left: u32,
    pub access: Access,
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

    fn entry(
        &self,
        guild: GuildId,
        kind: AuditKind,
        actor: Option<UserId>,
        subject: UserId,
        detail: impl Into<String>,
    ) -> AuditEntry {
        AuditEntry {
            guild,
            at: self.now(),
            kind,
            actor,
            subject: Some(subject),
            detail: detail.into(),
        }
    }

    async fn gated_role(&self, guild: GuildId) -> Result<RoleId, GateError> {
        self.repo
            .guild_config(guild)
            .await?
            .and_then(|config| config.gated_role)
            .ok_or(GateError::NotConfigured)
    }

    /// Stores the server's settings and audits who changed them.
    pub async fn configure(&self, config: GuildConfig, moderator: UserId) -> Result<(), GateError> {
        let detail = format!(
            "role {}, log channel {}, guide on join {}",
            config.gated_role.map_or("none".into(), |r| r.to_string()),
            config.log_channel.map_or("none".into(), |c| c.to_string()),
            config.guide_on_join
        );
        let audit = AuditEntry {
            guild: config.guild,
            at: self.now(),
            kind: AuditKind::Configured,
            actor: Some(moderator),
            subject: None,
            detail,
        };
        self.repo.save_guild_config(&config, &audit).await?;
        Ok(())
    }

    /// Records a moderator action that changes no member data (e.g. posting the panel).
    pub async fn note_moderator_action(
        &self,
        guild: GuildId,
        moderator: UserId,
        detail: String,
    ) -> Result<(), GateError> {
        let entry = AuditEntry {
            guild,
            at: self.now(),
            kind: AuditKind::Configured,
            actor: Some(moderator),
            subject: None,
            detail,
        };
        self.repo.record_audit(&entry).await?;
        Ok(())
    }

    pub async fn config(&self, guild: GuildId) -> Result<GuildConfig, GateError> {
        Ok(self
            .repo
            .guild_config(guild)
            .await?
            .unwrap_or_else(|| GuildConfig::unconfigured(guild)))
    }

    /// Starts (or restarts) enrollment: a new secret, sealed at rest, shown once as QR and key.
    pub async fn enroll(
        &self,
        guild: GuildId,
        user: UserId,
        names: &Names,
    ) -> Result<NewEnrollment, GateError> {
        self.gated_role(guild).await?;
        if let Some(existing) = self.repo.enrollment(guild, user).await?
            && existing.confirmed_at.is_some()
        {
            return Err(GateError::AlreadyEnrolled);
        }
        let secret = TotpSecret::generate(self.entropy.as_ref());
        let sealed = self
            .keyring
            .seal(&secret, guild, user, self.entropy.as_ref());
        let now = self.now();
        let expires_at = now.plus_secs(ENROLLMENT_TTL_SECS);
        let audit = self.entry(
            guild,
            AuditKind::Enrolled,
            Some(user),
            user,
            "authenticator enrollment started",
        );
        if !self
            .repo
            .begin_enrollment(guild, user, &sealed, now, expires_at, &audit)
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
    pub async fn confirm(
        &self,
        guild: GuildId,
        user: UserId,
        input: &str,
    ) -> Result<Confirmed, GateError> {
        let role = self.gated_role(guild).await?;
        self.ensure_open(guild, user).await?;
        let record = self
            .repo
            .enrollment(guild, user)
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
            return Err(self.reject(guild, user, Rejection::NotACode).await);
        };
        let secret = self.keyring.open(&record.sealed, guild, user)?;
        let Some(step) = totp::check(&secret, &code, now) else {
            return Err(self.reject(guild, user, Rejection::WrongCode).await);
        };
        let (codes, stored) = self.new_backup_codes().await;
        let audit = self.entry(
            guild,
            AuditKind::Confirmed,
            Some(user),
            user,
            "authenticator confirmed; backup codes issued",
        );
        if !self
            .repo
            .confirm_enrollment(
                guild,
                user,
                &record.sealed.nonce,
                step,
                now,
                &stored,
                Some(role),
                &audit,
            )
            .await?
        {
            // Either a concurrent submission of the same code confirmed first (a replay), or the
            // setup was restarted or expired meanwhile and this code belongs to a stale secret.
            let now_confirmed = self
                .repo
                .enrollment(guild, user)
                .await?
                .is_some_and(|r| r.confirmed_at.is_some());
            if now_confirmed {
                return Err(self.reject(guild, user, Rejection::Replayed).await);
            }
            return Err(GateError::EnrollmentExpired);
        }
        Ok(Confirmed {
            backup_codes: codes,
            role: Some(role),
        })
    }

    /// Checks an authenticator or backup code and queues the role grant.
    pub async fn verify(
        &self,
        guild: GuildId,
        user: UserId,
        input: &str,
    ) -> Result<Verified, GateError> {
        let role = self.gated_role(guild).await?;
        let (method, _) = self
            .prove(guild, user, input, Intent::Verify { grant: Some(role) })
            .await?;
        Ok(Verified { method, role })
    }

    /// After a fresh authenticator code, replaces the backup codes (the old set stops working at once).
    pub async fn regenerate_backup_codes(
        &self,
        guild: GuildId,
        user: UserId,
        input: &str,
    ) -> Result<Vec<BackupCode>, GateError> {
        // The new set is drawn and hashed only after a fresh authenticator code has been checked,
        // so a wrong or malformed attempt costs no hashing at all.
        let (_, codes) = self
            .prove(guild, user, input, Intent::RenewBackupCodes)
            .await?;
        Ok(codes.unwrap_or_default())
    }

    /// After a fresh code, deletes the member's own enrollment and codes and queues removal of the role.
    pub async fn remove(&self, guild: GuildId, user: UserId, input: &str) -> Result<(), GateError> {
        let role = self
            .repo
            .guild_config(guild)
            .await?
            .and_then(|c| c.gated_role);
        self.prove(guild, user, input, Intent::Remove { revoke: role })
            .await?;
        Ok(())
    }

    /// Moderator: delete a member's enrollment (lost phone) and queue removal of the role.
    pub async fn reset(
        &self,
        guild: GuildId,
        moderator: UserId,
        user: UserId,
        reason: &str,
    ) -> Result<(), GateError> {
        let role = self
            .repo
            .guild_config(guild)
            .await?
            .and_then(|c| c.gated_role);
        let reason: String = reason
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_REASON_CHARS)
            .collect();
        let audit = self.entry(
            guild,
            AuditKind::Reset,
            Some(moderator),
            user,
            format!("reason: {reason}"),
        );
        if !self
            .repo
            .delete_member(guild, user, self.now(), role, &audit)
            .await?
        {
            return Err(GateError::NotEnrolled);
        }
        Ok(())
    }

    /// Moderator: remove the gated role; the enrollment stays, so the member verifies again.
    pub async fn revoke(
        &self,
        guild: GuildId,
        moderator: UserId,
        user: UserId,
    ) -> Result<RoleId, GateError> {
        let role = self.gated_role(guild).await?;
        let audit = self.entry(
            guild,
            AuditKind::Revoked,
            Some(moderator),
            user,
            "gated role revoked",
        );
        if !self
            .repo
            .revoke(guild, user, self.now(), role, &audit)
            .await?
        {
            return Err(GateError::NotVerified);
        }
        Ok(role)
    }

    /// Moderator: clear a soft or hard lockout.
    pub async fn unlock(
        &self,
        guild: GuildId,
        moderator: UserId,
        user: UserId,
    ) -> Result<(), GateError> {
        let audit = self.entry(
            guild,
            AuditKind::Unlocked,
            Some(moderator),
            user,
            "lockout cleared",
        );
        if !self.repo.clear_throttle(guild, user, &audit).await? {
            return Err(GateError::NotLocked);
        }
        Ok(())
    }

    pub async fn status(&self, guild: GuildId, user: UserId) -> Result<MemberStatus, GateError> {
        let now = self.now();
        let record = self.repo.enrollment(guild, user).await?;
        let (throttle, _) = self.repo.throttle(guild, user).await?;
        let backup_codes_left = self.repo.remaining_backup_codes(guild, user).await?;
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

    pub async fn audit_log(
        &self,
        guild: GuildId,
        subject: Option<UserId>,
        limit: u32,
    ) -> Result<Vec<AuditEntry>, GateError> {
        Ok(self.repo.audit_log(guild, subject, limit).await?)
    }

    /// Whether a member who just joined should get the welcome DM: not if they got one within
    /// [`GUIDE_DM_QUIET_SECS`]. Claims it atomically, so two processes never both send it.
    pub async fn claim_guide_dm(&self, guild: GuildId, user: UserId) -> Result<bool, GateError> {
        let now = self.now();
        Ok(self
            .repo
            .claim_guide_dm(guild, user, now, now.plus_secs(-GUIDE_DM_QUIET_SECS))
            .await?)
    }

    pub async fn stats(&self, guild: GuildId) -> Result<GuildStats, GateError> {
        Ok(self.repo.stats(guild, self.now()).await?)
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

    async fn ensure_open(&self, guild: GuildId, user: UserId) -> Result<(), GateError> {
        let (state, _) = self.repo.throttle(guild, user).await?;
        match throttle::access(&state, self.now()) {
            Access::Open => Ok(()),
            locked => Err(GateError::Locked(locked)),
        }
    }

    /// Checks a code against a confirmed enrollment and, if it is fresh, spends it together with
    /// `effect` in one transaction.
    /// What spending the code will do, made concrete only once the code has been checked.
    async fn effect_for(&self, intent: &Intent) -> (Effect, Option<Vec<BackupCode>>) {
        match intent {
            Intent::Verify { grant } => (Effect::Verify { grant: *grant }, None),
            Intent::Remove { revoke } => (Effect::Remove { revoke: *revoke }, None),
            Intent::RenewBackupCodes => {
                let (codes, stored) = self.new_backup_codes().await;
                (Effect::ReplaceBackupCodes(stored), Some(codes))
            }
        }
    }

    async fn prove(
        &self,
        guild: GuildId,
        user: UserId,
        input: &str,
        intent: Intent,
    ) -> Result<(Method, Option<Vec<BackupCode>>), GateError> {
        let authenticator_only = matches!(intent, Intent::RenewBackupCodes);
        self.ensure_open(guild, user).await?;
        let record = self.repo.enrollment(guild, user).await?;
        let Some(record) = record.filter(|r| r.confirmed_at.is_some()) else {
            return Err(GateError::NotEnrolled);
        };
        let now = self.now();
        let (kind, detail) = match &intent {
            Intent::Verify { .. } => (AuditKind::Passed, "verified"),
            Intent::RenewBackupCodes => (
                AuditKind::BackupCodesRegenerated,
                "new backup codes issued; the old set no longer works",
            ),
            Intent::Remove { .. } => (AuditKind::Removed, "member removed their own enrollment"),
        };
        match classify(input) {
            None => Err(self.reject(guild, user, Rejection::NotACode).await),
            Some(Submitted::Backup(_)) if authenticator_only => {
                Err(GateError::NeedsAuthenticatorCode)
            }
            Some(Submitted::Totp(code)) => {
                let secret = self.keyring.open(&record.sealed, guild, user)?;
                let Some(step) = totp::check(&secret, &code, now) else {
                    return Err(self.reject(guild, user, Rejection::WrongCode).await);
                };
                if record.last_step.is_some_and(|last| step <= last) {
                    return Err(self.reject(guild, user, Rejection::Replayed).await);
                }
                let audit = self.entry(
                    guild,
                    kind,
                    Some(user),
                    user,
                    format!("{detail} (authenticator)"),
                );
                let (effect, fresh) = self.effect_for(&intent).await;
                if !self
                    .repo
                    .accept_step(guild, user, step, now, &effect, &audit)
                    .await?
                {
                    return Err(self.reject(guild, user, Rejection::Replayed).await);
                }
                Ok((Method::Authenticator, fresh))
            }
            Some(Submitted::Backup(code)) => {
                let slot = code.slot();
                let stored = self.repo.backup_code(guild, user, slot).await?;
                let phc = stored.as_ref().map(|s| s.phc.clone());
                // Exactly one argon2 evaluation, whether or not the slot holds a code.
                let matches = self
                    .hasher
                    .verify(Zeroizing::new(code.expose_bytes().to_vec()), phc.clone())
                    .await;
                match (matches, stored) {
                    (true, Some(stored)) if stored.used_at.is_none() => {
                        let audit = self.entry(
                            guild,
                            kind,
                            Some(user),
                            user,
                            format!("{detail} (backup code)"),
                        );
                        let (effect, fresh) = self.effect_for(&intent).await;
                        match self
                            .repo
                            .consume_backup_code(
                                guild,
                                user,
                                slot,
                                &stored.phc,
                                now,
                                &effect,
                                &audit,
                            )
                            .await?
                        {
                            Some(remaining) => Ok((Method::BackupCode { remaining }, fresh)),
                            None => Err(self.reject(guild, user, Rejection::Replayed).await),
                        }
                    }
                    (true, Some(_)) => Err(self.reject(guild, user, Rejection::Replayed).await),
                    _ => Err(self.reject(guild, user, Rejection::WrongCode).await),
                }
            }
        }
    }

    /// Counts a failure towards the lockout (compare-and-set, so concurrent failures all count),
    /// audits it, and returns the error the member sees.
    async fn reject(&self, guild: GuildId, user: UserId, reason: Rejection) -> GateError {
        match self.record_failure(guild, user, reason).await {
            Ok(lock) => GateError::Rejected { reason, lock },
            Err(error) => error,
        }
    }

    async fn record_failure(
        &self,
        guild: GuildId,
        user: UserId,
        reason: Rejection,
    ) -> Result<Option<NewLock>, GateError> {
        const MAX_RACES: usize = 64;
        for _ in 0..MAX_RACES {
            let (state, version) = self.repo.throttle(guild, user).await?;
            let now = self.now();
            let (next, lock) = throttle::record_failure(&state, now);
            let mut audit = vec![match reason {
                Rejection::Replayed => self.entry(
                    guild,
                    AuditKind::Replayed,
                    Some(user),
                    user,
                    "a code that was already used was submitted again",
                ),
                Rejection::WrongCode => {
                    self.entry(guild, AuditKind::Failed, Some(user), user, "wrong code")
                }
                Rejection::NotACode => self.entry(
                    guild,
                    AuditKind::Failed,
                    Some(user),
                    user,
                    "input was not a valid code",
                ),
            }];
            match lock {
                Some(NewLock::Until(until)) => audit.push(self.entry(
                    guild,
                    AuditKind::LockedOut,
                    None,
                    user,
                    format!("locked until {} (lock {})", until.unix(), next.lock_count),
                )),
                Some(NewLock::UntilUnlocked) => audit.push(self.entry(
                    guild,
                    AuditKind::HardLocked,
                    None,
                    user,
                    format!(
                        "{} consecutive failures: locked until a moderator unlocks",
                        next.consecutive_failures
                    ),
                )),
                None => {}
            }
            if self
                .repo
                .update_throttle(guild, user, version, &next, &audit)
                .await?
            {
                return Ok(lock);
            }
        }
        Err(GateError::Storage(RepoError::Failed(anyhow::anyhow!(
            "the throttle row kept changing under {MAX_RACES} consecutive updates"
        ))))
    }
}
