//! The role-change outbox, as the worker that applies it sees it: the changes, the claims that
//! let one process at a time apply each, and the shards a process serves.

use std::future::Future;
use std::time::Duration;

use super::audit::AuditEntry;
use super::repository::{Cause, RepoResult};
use super::{Member, RoleId, Timestamp};

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
    pub cause: Cause,
    /// For a grant: the terms of the role's gate now.
    pub gating: Gating,
    pub attempts: u32,
    pub not_before: Timestamp,
    /// The claim this process holds it by.
    pub claim: ClaimToken,
}

/// A role's gate, as a grant of that role must still satisfy it when the worker applies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gating {
    /// The role is not gated (any more), or the change is a removal.
    NotGated,
    /// Every member may pass: the role must not carry dangerous permissions.
    Open,
    /// Only holders of this role may pass.
    Needs(RoleId),
}

impl Gating {
    pub fn needs(self) -> Option<RoleId> {
        match self {
            Self::Needs(role) => Some(role),
            Self::NotGated | Self::Open => None,
        }
    }
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

/// The gateway shards one process runs: `first..=last` of `total`. A server is on shard
/// `(guild_id >> 22) % total`, as Discord places it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardSpan {
    pub first: u32,
    pub last: u32,
    pub total: u32,
}

impl ShardSpan {
    /// Every shard: one process runs them all.
    pub const ALL: Self = Self {
        first: 0,
        last: 0,
        total: 1,
    };

    /// The shard `guild` is on.
    pub fn shard_of(&self, guild: crate::gate::GuildId) -> u32 {
        u32::try_from((guild.get() >> 22) % u64::from(self.total.max(1))).unwrap_or(0)
    }

    /// Whether this process runs `guild`'s shard.
    pub fn owns(&self, guild: crate::gate::GuildId) -> bool {
        (self.first..=self.last).contains(&self.shard_of(guild))
    }
}

/// Which claim holds a role change: drawn at random for each claim, so a process that lost a
/// change (its lease lapsed and another process claimed it) can neither renew nor settle it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClaimToken(i64);

impl ClaimToken {
    pub const fn new(raw: i64) -> Self {
        Self(raw)
    }

    pub const fn get(self) -> i64 {
        self.0
    }
}

/// How many due changes one claim takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claim {
    /// At most this many in all.
    pub limit: u32,
    /// At most this many of one server in hand at once (counting those claimed before and not
    /// yet settled), so a raid in one server leaves room for the others.
    pub per_server: u32,
}

impl Claim {
    /// Up to `limit`, oldest first, whatever their server.
    pub const fn oldest(limit: u32) -> Self {
        Self {
            limit,
            per_server: limit,
        }
    }
}

/// A claimed change, right before it is sent to Discord.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// Still pending and still this claim's: its lease now runs from now.
    Ours,
    /// Settled meanwhile: superseded by a later change, or refused with another of its role.
    Settled,
    /// Another claim holds it (this one lapsed): leave it to that one.
    Lost,
    /// Another claim applied it meanwhile (this one lapsed).
    Applied,
}

/// Whether a claim's outcome was recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub enum Settled {
    Recorded,
    /// Nothing was recorded: the claim had lapsed and the change is another's now, or a later
    /// change superseded it while it was in flight (then this claim lets go of it).
    NotOurs,
}

pub trait Outbox: Send + Sync + 'static {
    /// How long a claim holds a change without being renewed.
    fn claim_lease(&self) -> Duration;
    /// Claims the role changes due at `now` (oldest first) for this process, for a while.
    fn due_role_changes(
        &self,
        now: Timestamp,
        limit: u32,
    ) -> impl Future<Output = RepoResult<Vec<RoleChange>>> + Send {
        self.due_role_changes_in(now, Claim::oldest(limit), ShardSpan::ALL)
    }
    /// Claims due changes of the servers on the shards `span` runs only (a process applies the
    /// changes of its own servers, whose roles and channels it sees), servers side by side: the
    /// first change of each server before the second of any.
    fn due_role_changes_in(
        &self,
        now: Timestamp,
        claim: Claim,
        span: ShardSpan,
    ) -> impl Future<Output = RepoResult<Vec<RoleChange>>> + Send;
    /// Right before a claimed change is sent: renews its claim from `now` if it is still pending
    /// and still this claim's.
    fn hold(
        &self,
        change: &RoleChange,
        now: Timestamp,
    ) -> impl Future<Output = RepoResult<Hold>> + Send;
    /// Lets go of claimed changes that were not tried (the process is shutting down), so another
    /// process need not wait for their lease.
    fn release(&self, changes: &[RoleChange]) -> impl Future<Output = RepoResult<()>> + Send;
    /// Records an applied change (with `audit`, if given). An applied removal also forgets the
    /// held role when its time has passed.
    fn finish_role_change(
        &self,
        change: &RoleChange,
        now: Timestamp,
        audit: Option<&AuditEntry>,
    ) -> impl Future<Output = RepoResult<Settled>> + Send;
    /// A grant that must not be applied (its member no longer holds the gate's eligible role, or
    /// the role now carries dangerous permissions behind an open gate): not applied, the held role
    /// forgotten with every other change pending for it, and (when `remove_role`) the role's
    /// removal queued, with the audit line.
    fn refuse_grant(
        &self,
        change: &RoleChange,
        remove_role: bool,
        audit: &AuditEntry,
    ) -> impl Future<Output = RepoResult<Settled>> + Send;
    fn retry_role_change(
        &self,
        change: &RoleChange,
        not_before: Timestamp,
        error: &str,
    ) -> impl Future<Output = RepoResult<Settled>> + Send;
    fn fail_role_change(
        &self,
        change: &RoleChange,
        now: Timestamp,
        error: &str,
    ) -> impl Future<Output = RepoResult<Settled>> + Send;
}
