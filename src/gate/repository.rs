//! The storage ports the gate needs, and the records that cross them.
//!
//! One trait per table group, so each part of the bot depends on what it uses (the role worker on
//! the [`Outbox`] alone). `store/` implements them over SQLite and PostgreSQL; every method that
//! changes more than one row does so in one transaction, and every "at most once" rule is a
//! conditional write whose answer comes back as a `bool` or an `Option`.

use std::future::Future;

use super::approvals::{ApprovalRequest, RequestId};
use super::audit::{AuditEntry, AuditKind};
use super::backup_codes::Slot;
pub use super::discord_2fa::DiscordChecks;
use super::gates::{Grant, Period, RoleGate};
use super::hashing::Phc;
use super::outcome::Method;
use super::sealing::Sealed;
use super::throttle::{Access, AttemptId, NewLock, ThrottleState};
use super::totp::Step;
use super::unverified::{JoinDue, JoinStep};
use super::{ChannelId, GuildId, Member, RoleId, Timestamp, UserId};

pub use super::outbox::{
    Claim, ClaimToken, Gating, Hold, Outbox, OutboxId, RoleAction, RoleChange, Settled, ShardSpan,
};

/// A server's gates (oldest first) and its server-wide settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuildConfig {
    pub guild: GuildId,
    pub gates: Vec<RoleGate>,
    pub log_channel: Option<ChannelId>,
    pub guide_on_join: bool,
    /// Keygate's own moderator commands first ask for a fresh authenticator code.
    pub moderator_code: bool,
    /// A role Keygate gives to members whose own Discord 2FA a browser check found on, and takes
    /// away when a later check finds it off.
    pub discord_2fa_role: Option<RoleId>,
    /// A member who joined and has not passed a gate gets one reminder DM this long after joining.
    pub remind_after: Option<Period>,
    /// ... and is removed from the server this long after joining.
    pub kick_after: Option<Period>,
    /// `/gate reset` and `/gate bypass` need a second moderator's approval.
    pub two_person_reset: bool,
}

impl GuildConfig {
    pub fn unconfigured(guild: GuildId) -> Self {
        Self {
            guild,
            gates: Vec::new(),
            log_channel: None,
            guide_on_join: false,
            moderator_code: false,
            discord_2fa_role: None,
            remind_after: None,
            kick_after: None,
            two_person_reset: false,
        }
    }

    /// The gate for `role`, if the role is gated.
    pub fn gate(&self, role: RoleId) -> Option<&RoleGate> {
        self.gates.iter().find(|gate| gate.role == role)
    }
}

/// What became of saving a server's settings and a gate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Saved,
    /// The server has [`crate::gate::gates::MAX_GATES`] gates already; nothing was saved.
    TooManyGates,
}

/// A gated role a member holds through Keygate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeldRole {
    pub role: RoleId,
    /// When the member last passed its gate.
    pub passed_at: Timestamp,
    /// A timed role's end.
    pub expires_at: Option<Timestamp>,
    /// When a re-verified role is removed unless its gate is passed again.
    pub lapses_at: Option<Timestamp>,
}

/// Which of a member's held roles a change releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    All,
    Role(RoleId),
    /// The role, only while it is a timed role that has not ended yet.
    TimedRole(RoleId),
}

/// Why a role change was queued: it picks the reason Discord's audit log shows, and what the log
/// channel is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cause {
    /// A member passed a gate.
    Verified,
    /// A moderator revoked it.
    Revoked,
    /// A moderator reset the member.
    Reset,
    /// The member removed their own enrollment.
    Removed,
    /// A timed role's time ran out.
    Expired,
    /// The member ended their timed role early.
    EndedEarly,
    /// The member did not pass a re-verified gate again in time.
    Lapsed,
    /// The member no longer holds the gate's eligible role.
    NotEligible,
    /// A browser check of the member's own Discord 2FA (the server's `discord_2fa_role`).
    Discord2fa,
    /// A gate began to need an eligible role: its holders' roles are granted again, which the
    /// worker does only for those who hold the eligible role (and removes otherwise).
    Rechecked,
}

impl Cause {
    pub const ALL: [Cause; 10] = [
        Self::Verified,
        Self::Revoked,
        Self::Reset,
        Self::Removed,
        Self::Expired,
        Self::EndedEarly,
        Self::Lapsed,
        Self::NotEligible,
        Self::Rechecked,
        Self::Discord2fa,
    ];

    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Verified => "verified",
            Self::Revoked => "revoked",
            Self::Reset => "reset",
            Self::Removed => "removed",
            Self::Expired => "expired",
            Self::EndedEarly => "ended_early",
            Self::Lapsed => "lapsed",
            Self::NotEligible => "not_eligible",
            Self::Rechecked => "rechecked",
            Self::Discord2fa => "discord_2fa",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|cause| cause.as_str() == name)
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
    pub last_verified_at: Option<Timestamp>,
}

/// When a member's unconfirmed enrollment expires and when it was confirmed: all a prompt needs of
/// it.
#[derive(Debug, Clone, Copy)]
pub struct EnrollmentDates {
    pub expires_at: Option<Timestamp>,
    pub confirmed_at: Option<Timestamp>,
}

impl From<&EnrollmentRecord> for EnrollmentDates {
    fn from(record: &EnrollmentRecord) -> Self {
        Self {
            expires_at: record.expires_at,
            confirmed_at: record.confirmed_at,
        }
    }
}

/// One stored backup code.
#[derive(Debug, Clone)]
pub struct StoredBackupCode {
    pub phc: Phc,
    pub used_at: Option<Timestamp>,
}

/// A member's stored one-time code from a moderator (`/gate bypass`).
#[derive(Debug, Clone)]
pub struct StoredBypass {
    pub phc: Phc,
    pub expires_at: Timestamp,
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

/// A code that matched, by the attempt that checked it, ready to be spent.
#[derive(Debug, Clone)]
pub struct Proof {
    pub attempt: AttemptId,
    pub code: ProvenCode,
}

/// The TOTP step a code matched, or the stored backup code it matched.
#[derive(Debug, Clone)]
pub enum ProvenCode {
    Authenticator(Step),
    Backup(MatchedCode),
    /// A moderator's one-time code, by the hash it matched: spending it also deletes the
    /// enrollment, so the member sets up an authenticator afresh.
    Bypass(Phc),
}

/// What became of a spend (or a confirmation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spent {
    Spent(Method),
    /// The code was spent already (a concurrent submission won, or the setup moved on).
    AlreadySpent,
    /// Another attempt's reservation locked the member meanwhile: the code is not spent.
    Locked(Access),
    /// The action's rate limit is used up until `retry_at`.
    TooMany {
        retry_at: Timestamp,
    },
}

/// At most `max` times in any `window_secs`, counted from the audit trail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub max: u32,
    pub window_secs: i64,
}

/// A new secret waiting for its first code, and how often a member may start one.
#[derive(Debug, Clone)]
pub struct PendingEnrollment {
    pub sealed: Sealed,
    pub expires_at: Timestamp,
    pub limit: RateLimit,
}

/// What became of starting an enrollment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Begun {
    Started,
    /// A confirmed enrollment exists; it is not replaced.
    AlreadyEnrolled,
    TooMany {
        retry_at: Timestamp,
    },
}

/// A right first code claims its pending enrollment until `until`, before the backup codes are
/// hashed, so concurrent submissions of it (from any process) hash one set.
#[derive(Debug, Clone, Copy)]
pub struct ConfirmationClaim<'a> {
    pub nonce: &'a [u8],
    pub until: Timestamp,
}

/// A first code checked against a pending enrollment, with what confirming it stores.
#[derive(Debug, Clone)]
pub struct Confirmation<'a> {
    pub attempt: AttemptId,
    /// The nonce of the sealed secret the code was checked against: a concurrent re-enrollment
    /// that replaced the secret makes the confirmation fail instead of confirming the wrong one.
    pub nonce: &'a [u8],
    pub step: Step,
    pub codes: &'a [NewBackupCode],
    pub grant: Grant,
}

/// What a freshly proven code does, written in the same transaction that spends the code.
#[derive(Debug, Clone)]
pub enum Effect {
    /// Record the held role and queue its grant (and, for a timed role, its removal).
    Verify { grant: Grant },
    /// Atomically replace the member's backup codes; at most as often as `limit` allows.
    ReplaceBackupCodes {
        codes: Vec<NewBackupCode>,
        limit: RateLimit,
    },
    /// Delete the member's enrollment and codes, and queue removal of the roles they hold
    /// through the gates; at most as often as `limit` allows.
    Remove { limit: RateLimit },
    /// Nothing but the code spent: a moderator proving possession before a moderator command.
    StepUp,
}

impl Effect {
    /// The audit line kind that records this effect, and the limit on how often a member may
    /// cause it (counted from those lines), if any.
    pub fn counted_as(&self) -> (AuditKind, Option<RateLimit>) {
        match self {
            Self::Verify { .. } => (AuditKind::Passed, None),
            Self::ReplaceBackupCodes { limit, .. } => {
                (AuditKind::BackupCodesRegenerated, Some(*limit))
            }
            Self::Remove { limit } => (AuditKind::Removed, Some(*limit)),
            Self::StepUp => (AuditKind::SteppedUp, None),
        }
    }
}

/// One day's counts from the audit trail, for `/gate stats`' chart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayActivity {
    /// Days since the Unix epoch (UTC).
    pub day: i64,
    /// Codes that passed a gate (first codes included).
    pub verifications: u64,
    /// Wrong or malformed codes.
    pub failures: u64,
    /// Lockouts, timed or until a moderator unlocks.
    pub lockouts: u64,
    /// Codes used again.
    pub replays: u64,
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

pub type RepoResult<T> = Result<T, RepoError>;

/// Server settings and per-server bookkeeping.
pub trait Guilds: Send + Sync + 'static {
    fn guild_config(
        &self,
        guild: GuildId,
    ) -> impl Future<Output = RepoResult<Option<GuildConfig>>> + Send;
    /// Saves the server-wide settings of `config` and adds or changes `gate`, unless that would
    /// make more than [`crate::gate::gates::MAX_GATES`]. A changed re-verification interval moves
    /// the reminders and lapses of the role's holders with it.
    fn save_guild_config(
        &self,
        config: &GuildConfig,
        gate: Option<&RoleGate>,
        audit: &AuditEntry,
    ) -> impl Future<Output = RepoResult<Saved>> + Send;
    /// Ends the gate for `role`: its holders keep the role (a timed one still ends at its time).
    /// For the server's `discord_2fa_role`, Keygate stops giving it (holders keep it). `false`
    /// when the role was neither.
    fn drop_gate(
        &self,
        guild: GuildId,
        role: RoleId,
        audit: &AuditEntry,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Claims the welcome DM for a member: `true` (and records `now`) unless one was sent after
    /// `not_since`.
    fn claim_guide_dm(
        &self,
        member: Member,
        now: Timestamp,
        not_since: Timestamp,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Claims one of a server's welcome DMs for a window this process opened at `opened`:
    /// `true` unless `per_window` were claimed in the stored window, which counts while it opened
    /// less than `window_secs` before `opened` (else a new one starts at `opened`). Every join of
    /// one window passes the same `opened`, so joins still queued when it ends are counted in it.
    fn claim_join_dm(
        &self,
        guild: GuildId,
        opened: Timestamp,
        window_secs: i64,
        per_window: u32,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
}

/// Enrollments and backup codes: where codes are spent.
pub trait Members: Send + Sync + 'static {
    fn enrollment(
        &self,
        member: Member,
    ) -> impl Future<Output = RepoResult<Option<EnrollmentRecord>>> + Send;
    /// Stores a pending enrollment, replacing an unconfirmed one, unless a confirmed one exists or
    /// the member started too many within the limit's window.
    fn begin_enrollment(
        &self,
        change: Change<'_>,
        pending: &PendingEnrollment,
    ) -> impl Future<Output = RepoResult<Begun>> + Send;
    /// Claims a pending, unexpired enrollment for confirming. `false` when it is claimed (or
    /// confirmed, or replaced) already.
    fn claim_confirmation(
        &self,
        member: Member,
        claim: ConfirmationClaim<'_>,
        now: Timestamp,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Gives up a claim (the confirmation did not go through), so the member may try at once.
    fn release_confirmation(
        &self,
        member: Member,
        nonce: &[u8],
    ) -> impl Future<Output = RepoResult<()>> + Send;
    /// Confirms a pending, unexpired enrollment at its step, stores its backup codes, clears the
    /// throttle and queues the grant, unless another attempt locked the member meanwhile.
    fn confirm_enrollment(
        &self,
        change: Change<'_>,
        confirmation: &Confirmation<'_>,
    ) -> impl Future<Output = RepoResult<Spent>> + Send;
    /// Spends the code (a step later than the last one accepted, or an unused backup code whose
    /// hash is still the one checked), applies `effect` and clears the throttle, in one
    /// transaction, unless another attempt locked the member meanwhile.
    fn spend(
        &self,
        change: Change<'_>,
        proof: &Proof,
        effect: &Effect,
    ) -> impl Future<Output = RepoResult<Spent>> + Send;
    fn backup_code(
        &self,
        member: Member,
        slot: Slot,
    ) -> impl Future<Output = RepoResult<Option<StoredBackupCode>>> + Send;
    fn remaining_backup_codes(
        &self,
        member: Member,
    ) -> impl Future<Output = RepoResult<u32>> + Send;
    /// Stores a one-time code's hash for the member (replacing any earlier one), with the audit
    /// line.
    fn save_bypass(
        &self,
        change: Change<'_>,
        phc: &Phc,
        approved_by: Option<UserId>,
        expires_at: Timestamp,
    ) -> impl Future<Output = RepoResult<()>> + Send;
    fn bypass_code(
        &self,
        member: Member,
    ) -> impl Future<Output = RepoResult<Option<StoredBypass>>> + Send;
    /// Deletes enrollment, codes and throttle and queues removal of every role held through the
    /// gates (cause [`Cause::Reset`]). `false` if not enrolled.
    fn delete_member(&self, change: Change<'_>) -> impl Future<Output = RepoResult<bool>> + Send;
    /// The gated roles the member holds through Keygate.
    fn held_roles(&self, member: Member) -> impl Future<Output = RepoResult<Vec<HeldRole>>> + Send;
    /// Releases `which` of the member's held roles and queues their removal for `cause`, with the
    /// audit line; the roles released (none: nothing changed, no audit line written).
    fn release_roles(
        &self,
        change: Change<'_>,
        which: Which,
        cause: Cause,
    ) -> impl Future<Output = RepoResult<Vec<RoleId>>> + Send;
}

/// A held role whose re-verification reminder, or lapse, is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Due {
    pub member: Member,
    pub role: RoleId,
    pub lapses_at: Timestamp,
}

/// Re-verification: reminders before a held role lapses, and the lapse itself. Each is claimed
/// by a conditional write, so it happens once whichever process claims it.
pub trait Reverification: Send + Sync + 'static {
    /// The reminders due at `now` (not yet sent, not lapsed) in the servers of `span`'s shards,
    /// oldest first, at most `per_server` of each server, so a server with a backlog never holds
    /// up another's.
    fn due_reminders(
        &self,
        now: Timestamp,
        per_server: u32,
        span: ShardSpan,
    ) -> impl Future<Output = RepoResult<Vec<Due>>> + Send;
    /// Claims one reminder; `false` when another process (or a new pass) got there first.
    fn claim_reminder(
        &self,
        due: &Due,
        now: Timestamp,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Gives back a claimed reminder that could not be sent, so a later pass sends it (until the
    /// role lapses).
    fn release_reminder(
        &self,
        due: &Due,
        now: Timestamp,
    ) -> impl Future<Output = RepoResult<()>> + Send;
    /// The held roles lapsed at `now`, oldest first, at most `per_server` of each server.
    fn due_lapses(
        &self,
        now: Timestamp,
        per_server: u32,
    ) -> impl Future<Output = RepoResult<Vec<Due>>> + Send;
    /// Forgets the held roles of a member who left the server (Discord took their roles with
    /// them), with the audit line; nothing is queued. The roles forgotten.
    fn forget_member(
        &self,
        change: Change<'_>,
    ) -> impl Future<Output = RepoResult<Vec<RoleId>>> + Send;
    /// Releases a lapsed role (if it is still lapsed) and queues its removal, with the audit
    /// line. `false` when it was passed again or released meanwhile.
    fn lapse(
        &self,
        change: Change<'_>,
        role: RoleId,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
}

/// Lockout state per member.
pub trait Throttles: Send + Sync + 'static {
    fn throttle(&self, member: Member) -> impl Future<Output = RepoResult<ThrottleState>> + Send;
    /// The member's enrollment dates (if enrolled) and lockout state, in one read: what `/verify`
    /// needs before its modal.
    fn standing(
        &self,
        member: Member,
    ) -> impl Future<Output = RepoResult<(Option<EnrollmentDates>, ThrottleState)>> + Send;
    /// Counts `attempt` against the member's lockout before its code is evaluated: one write under
    /// the member's throttle row lock, decided by [`crate::gate::throttle::reserve`]. The lock it
    /// sets, if any; or the access of a member who is locked already (nothing is counted then).
    fn reserve_attempt(
        &self,
        member: Member,
        now: Timestamp,
        attempt: AttemptId,
    ) -> impl Future<Output = RepoResult<Result<Option<NewLock>, Access>>> + Send;
    /// Clears the throttle (moderator unlock). `false` when there was nothing to clear.
    fn clear_throttle(
        &self,
        member: Member,
        audit: &AuditEntry,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
}

/// Members who joined and have not passed a gate (`remind_after`, `kick_after`).
pub trait Joins: Send + Sync + 'static {
    /// Stores (or restarts) a member's join with the roles they had.
    fn record_join(
        &self,
        member: Member,
        joined_at: Timestamp,
        roles: &[RoleId],
    ) -> impl Future<Output = RepoResult<()>> + Send;
    fn forget_join(&self, member: Member) -> impl Future<Output = RepoResult<()>> + Send;
    /// The joins whose `step` is due at `now` by their server's settings, not passed (no
    /// confirmed enrollment), not settled, oldest first, at most `per_server` of each server.
    /// Only servers on the shards in `span`, so each process reads its own servers.
    fn due_joins(
        &self,
        step: JoinStep,
        now: Timestamp,
        per_server: u32,
        span: ShardSpan,
    ) -> impl Future<Output = RepoResult<Vec<JoinDue>>> + Send;
    /// Whether the join made at `joined_at` still waits: not passed, not settled, not removed.
    /// Asked again just before a removal (a member may verify while it is on its way).
    fn join_waits(
        &self,
        member: Member,
        joined_at: Timestamp,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Keygate left the server (or it was deleted): its joins are forgotten.
    fn forget_guild_joins(&self, guild: GuildId) -> impl Future<Output = RepoResult<()>> + Send;
    /// Claims `step` of the join made at `joined_at`, if it is still due at `now` by the same
    /// rules as [`Joins::due_joins`]; `false` otherwise.
    fn claim_join(
        &self,
        member: Member,
        step: JoinStep,
        joined_at: Timestamp,
        now: Timestamp,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Gives a claimed step back (it did not happen), so a later pass tries again.
    fn release_join(
        &self,
        member: Member,
        step: JoinStep,
    ) -> impl Future<Output = RepoResult<()>> + Send;
    /// The roles an open (not settled, not removed) join had.
    fn join_roles(
        &self,
        member: Member,
    ) -> impl Future<Output = RepoResult<Option<Vec<RoleId>>>> + Send;
    fn settle_join(
        &self,
        member: Member,
        now: Timestamp,
    ) -> impl Future<Output = RepoResult<()>> + Send;
    fn waiting_joins(&self, guild: GuildId) -> impl Future<Output = RepoResult<u64>> + Send;
}

/// Requests waiting for a second moderator (`two_person_reset`).
pub trait Approvals: Send + Sync + 'static {
    /// Stores a new request with its audit line.
    fn save_request(
        &self,
        request: &ApprovalRequest,
        audit: &AuditEntry,
    ) -> impl Future<Output = RepoResult<()>> + Send;
    fn request(
        &self,
        guild: GuildId,
        id: RequestId,
    ) -> impl Future<Output = RepoResult<Option<ApprovalRequest>>> + Send;
    /// Marks a request decided (not approved) by nobody, so it can never be approved.
    fn withdraw_request(
        &self,
        request: &ApprovalRequest,
        now: Timestamp,
    ) -> impl Future<Output = RepoResult<()>> + Send;
    /// Decides the request if it is still undecided and unexpired at the audit line's time, and
    /// not its requester's own; `false` otherwise.
    fn decide_request(
        &self,
        request: &ApprovalRequest,
        approver: UserId,
        approve: bool,
        audit: &AuditEntry,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
}

/// The audit trail and what is counted from it.
pub trait AuditTrail: Send + Sync + 'static {
    /// Appends the lines in one transaction.
    fn record_audit(&self, entries: &[AuditEntry]) -> impl Future<Output = RepoResult<()>> + Send;
    /// When the member may do what `kind` records again under `limit`, once the lines of that
    /// kind in the window ending at `now` have reached it; `None` while they still may.
    fn limit_reached(
        &self,
        member: Member,
        kind: AuditKind,
        limit: RateLimit,
        now: Timestamp,
    ) -> impl Future<Output = RepoResult<Option<Timestamp>>> + Send;
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
    /// The days since `since` with verifications, failures, lockouts or replays, oldest first.
    fn activity(
        &self,
        guild: GuildId,
        since: Timestamp,
    ) -> impl Future<Output = RepoResult<Vec<DayActivity>>> + Send;
}

/// Everything the gate service stores.
pub trait Repository:
    Guilds
    + Members
    + Throttles
    + AuditTrail
    + Outbox
    + Reverification
    + DiscordChecks
    + Approvals
    + Joins
{
}

impl<T> Repository for T where
    T: Guilds
        + Members
        + Throttles
        + AuditTrail
        + Outbox
        + Reverification
        + DiscordChecks
        + Approvals
        + Joins
{
}
