//! The storage ports the gate needs, and the records that cross them.
//!
//! One trait per table group, so each part of the bot depends on what it uses (the role worker on
//! the [`Outbox`] alone). `store/` implements them over SQLite and PostgreSQL; every method that
//! changes more than one row does so in one transaction, and every "at most once" rule is a
//! conditional write whose answer comes back as a `bool` or an `Option`.

use std::future::Future;

use super::audit::AuditEntry;
use super::backup_codes::Slot;
use super::hashing::Phc;
use super::outcome::Method;
use super::sealing::Sealed;
use super::throttle::ThrottleState;
use super::totp::Step;
use super::{ChannelId, GuildId, Member, RoleId, Timestamp, UserId};

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
    pub last_step: Option<Step>,
    /// Set while the member holds the gated role through the gate; cleared by revoke.
    pub verified_at: Option<Timestamp>,
    pub last_verified_at: Option<Timestamp>,
}

/// One stored backup code.
#[derive(Debug, Clone)]
pub struct StoredBackupCode {
    pub phc: Phc,
    pub used_at: Option<Timestamp>,
}

/// A hashed code ready to store.
#[derive(Debug, Clone)]
pub struct NewBackupCode {
    pub slot: Slot,
    pub phc: Phc,
}

/// The stored backup code a member's code matched: spending it also checks the hash, so a set
/// replaced between the check and the spend is never spent by a code of the old set.
#[derive(Debug, Clone)]
pub struct MatchedCode {
    pub slot: Slot,
    pub phc: Phc,
}

/// Who a write is about, when it happens, and the audit line it leaves in the same transaction.
#[derive(Debug, Clone, Copy)]
pub struct Change<'a> {
    pub member: Member,
    pub now: Timestamp,
    pub audit: &'a AuditEntry,
}

impl<'a> Change<'a> {
    /// A change to `member` at the time its audit line records.
    pub fn new(member: Member, audit: &'a AuditEntry) -> Self {
        Self {
            member,
            now: audit.at,
            audit,
        }
    }
}

/// A code that matched and may now be spent: the TOTP step it matched, or the stored backup code.
#[derive(Debug, Clone)]
pub enum Proof {
    Authenticator(Step),
    Backup(MatchedCode),
}

/// A new secret waiting for its first code.
#[derive(Debug, Clone)]
pub struct PendingEnrollment {
    pub sealed: Sealed,
    pub expires_at: Timestamp,
}

/// A first code checked against a pending enrollment, with what confirming it stores.
#[derive(Debug, Clone)]
pub struct Confirmation<'a> {
    /// The nonce of the sealed secret the code was checked against: a concurrent re-enrollment
    /// that replaced the secret makes the confirmation fail instead of confirming the wrong one.
    pub nonce: &'a [u8],
    pub step: Step,
    pub codes: &'a [NewBackupCode],
    pub grant: RoleId,
}

/// The id of a row in the role-change outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OutboxId(i64);

impl OutboxId {
    pub const fn new(raw: i64) -> Self {
        Self(raw)
    }

    pub const fn get(self) -> i64 {
        self.0
    }
}

impl std::fmt::Display for OutboxId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A role change waiting in the outbox for the Discord worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleChange {
    pub id: OutboxId,
    pub member: Member,
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
    Verify { grant: RoleId },
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

/// A throttle state to write if the stored one is still at `version`, with the audit lines it
/// implies.
#[derive(Debug, Clone, Copy)]
pub struct ThrottleUpdate<'a> {
    pub version: ThrottleVersion,
    pub state: &'a ThrottleState,
    pub audit: &'a [AuditEntry],
}

/// The version of a member's throttle row, for compare-and-set; 0 means "no row yet".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ThrottleVersion(i64);

impl ThrottleVersion {
    pub const NONE: Self = Self(0);

    pub const fn new(raw: i64) -> Self {
        Self(raw)
    }

    pub const fn get(self) -> i64 {
        self.0
    }
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

pub type RepoResult<T> = Result<T, RepoError>;

/// Server settings and per-server bookkeeping.
pub trait Guilds: Send + Sync + 'static {
    fn guild_config(
        &self,
        guild: GuildId,
    ) -> impl Future<Output = RepoResult<Option<GuildConfig>>> + Send;
    fn save_guild_config(
        &self,
        config: &GuildConfig,
        audit: &AuditEntry,
    ) -> impl Future<Output = RepoResult<()>> + Send;
    /// Claims the welcome DM for a member: `true` (and records `now`) unless one was sent after
    /// `not_since`.
    fn claim_guide_dm(
        &self,
        member: Member,
        now: Timestamp,
        not_since: Timestamp,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
}

/// Enrollments and backup codes: where codes are spent.
pub trait Members: Send + Sync + 'static {
    fn enrollment(
        &self,
        member: Member,
    ) -> impl Future<Output = RepoResult<Option<EnrollmentRecord>>> + Send;
    /// Stores a pending enrollment, replacing an unconfirmed one. `false` when a confirmed one exists.
    fn begin_enrollment(
        &self,
        change: Change<'_>,
        pending: &PendingEnrollment,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Confirms a pending, unexpired enrollment at its step, stores its backup codes, clears the
    /// throttle and queues the grant. `false` when it was no longer pending (a concurrent confirm won).
    fn confirm_enrollment(
        &self,
        change: Change<'_>,
        confirmation: &Confirmation<'_>,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Spends the code (a step later than the last one accepted, or an unused backup code whose
    /// hash is still the one checked), applies `effect` and clears the throttle, in one
    /// transaction. `None` when it was spent already.
    fn spend(
        &self,
        change: Change<'_>,
        proof: &Proof,
        effect: &Effect,
    ) -> impl Future<Output = RepoResult<Option<Method>>> + Send;
    fn backup_code(
        &self,
        member: Member,
        slot: Slot,
    ) -> impl Future<Output = RepoResult<Option<StoredBackupCode>>> + Send;
    fn remaining_backup_codes(
        &self,
        member: Member,
    ) -> impl Future<Output = RepoResult<u32>> + Send;
    /// Deletes enrollment, codes and throttle and queues removal of `revoke`. `false` if not enrolled.
    fn delete_member(
        &self,
        change: Change<'_>,
        revoke: Option<RoleId>,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Clears the verified mark and queues removal of `role`. `false` if not verified.
    fn revoke(
        &self,
        change: Change<'_>,
        role: RoleId,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
}

/// Lockout state per member.
pub trait Throttles: Send + Sync + 'static {
    /// The throttle state and its version, for compare-and-set.
    fn throttle(
        &self,
        member: Member,
    ) -> impl Future<Output = RepoResult<(ThrottleState, ThrottleVersion)>> + Send;
    /// Writes the update if the stored version is still the one it names. `false` when it is not.
    fn update_throttle(
        &self,
        member: Member,
        update: &ThrottleUpdate<'_>,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Clears the throttle (moderator unlock). `false` when there was nothing to clear.
    fn clear_throttle(
        &self,
        member: Member,
        audit: &AuditEntry,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
}

/// The audit trail and what is counted from it.
pub trait AuditTrail: Send + Sync + 'static {
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
}

/// The role-change outbox, as the worker that applies it sees it.
pub trait Outbox: Send + Sync + 'static {
    /// Claims the role changes due at `now` (oldest first) for this process, for a while.
    fn due_role_changes(
        &self,
        now: Timestamp,
        limit: u32,
    ) -> impl Future<Output = RepoResult<Vec<RoleChange>>> + Send;
    fn finish_role_change(
        &self,
        id: OutboxId,
        now: Timestamp,
    ) -> impl Future<Output = RepoResult<()>> + Send;
    fn retry_role_change(
        &self,
        id: OutboxId,
        not_before: Timestamp,
        error: &str,
    ) -> impl Future<Output = RepoResult<()>> + Send;
    fn fail_role_change(
        &self,
        id: OutboxId,
        now: Timestamp,
        error: &str,
    ) -> impl Future<Output = RepoResult<()>> + Send;
}

/// Everything the gate service stores.
pub trait Repository: Guilds + Members + Throttles + AuditTrail + Outbox {}

impl<T: Guilds + Members + Throttles + AuditTrail + Outbox> Repository for T {}
