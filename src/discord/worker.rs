//! The role-change worker: applies the outbox that verifications, revokes, resets, timed roles
//! and re-verification write.
//!
//! A grant is recorded in the transaction that spends the code, so it is never lost; this worker
//! turns it into `PUT /guilds/{g}/members/{u}/roles/{r}` (or `DELETE`) with an audit-log reason
//! that says why. A grant through a gate with `eligible` is applied only after Discord confirms
//! (`GET` member) that the member still holds the eligible role.
//! 429 and 5xx are retried with backoff; 403 (Discord bans bots that retry 403s), 404 and other
//! refusals are final, handed to a [`Reporter`] that names the fix. Pending changes survive restarts because they live in the
//! database. The worker sees the database only through the [`Outbox`] port.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use poise::serenity_prelude as serenity;
use tokio::sync::{Notify, broadcast};

use super::permissions::dangerous_permissions;
use crate::gate::audit::{AuditEntry, AuditKind};
use crate::gate::repository::{Cause, Gating, Outbox, RoleAction, RoleChange, ShardSpan};
use crate::gate::{Clock, Member, RoleId};
use crate::guide::Key;

/// Discord's "Two factor is required for this operation" (403).
pub const TWO_FACTOR_REQUIRED: isize = 60003;

/// What happened to one role change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Applied,
    /// Discord refused: missing Manage Roles, or the role is above the bot's.
    Forbidden,
    /// Held: the server requires 2FA for moderation actions and the account that owns Keygate's
    /// application has not turned it on (Discord answers 60003). Applied once it has.
    OwnerNeeds2fa,
    /// The member left the server, or the role was deleted.
    Gone,
    /// A grant whose member no longer holds the gate's eligible role: not applied.
    NotEligible,
    /// A grant through an open gate whose role now carries these dangerous permissions: not
    /// applied until the gate gets `eligible` (or the role loses them).
    Dangerous(Vec<Key>),
    /// A later change of the same role replaced this one before it was applied.
    Superseded,
    /// Will be retried.
    Retrying,
    /// Refused for another reason; not retried.
    Failed(String),
}

#[derive(Debug, Clone)]
pub struct Applied {
    pub change: RoleChange,
    pub outcome: Outcome,
}

/// Who hears about role changes (the server's log channel, in the bot): those Discord refused for
/// good, and those applied that moderators should know of (a timed role's end).
pub trait Reporter: Send + Sync + 'static {
    fn refused(&self, change: &RoleChange, outcome: &Outcome) -> impl Future<Output = ()> + Send;
    fn applied(&self, change: &RoleChange) -> impl Future<Output = ()> + Send;
}

/// Wakes the worker and reports outcomes.
#[derive(Clone)]
pub struct WorkerHandle {
    wake: Arc<Notify>,
    outcomes: broadcast::Sender<Applied>,
}

impl WorkerHandle {
    pub fn new() -> Self {
        Self {
            wake: Arc::new(Notify::new()),
            outcomes: broadcast::channel(256).0,
        }
    }

    /// Asks the worker to look at the outbox now.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Applied> {
        self.outcomes.subscribe()
    }
}

impl Default for WorkerHandle {
    fn default() -> Self {
        Self::new()
    }
}

/// Waits (up to `within`) for the final outcome of the grant of `role` to `member`.
pub async fn await_grant(
    mut outcomes: broadcast::Receiver<Applied>,
    member: Member,
    role: RoleId,
    within: Duration,
) -> Option<Outcome> {
    tokio::time::timeout(within, async move {
        loop {
            match outcomes.recv().await {
                Ok(a)
                    if a.change.member == member
                        && a.change.role == role
                        && a.change.action == RoleAction::Grant
                        && a.outcome != Outcome::Retrying =>
                {
                    return Some(a.outcome);
                }
                Ok(_) | Err(broadcast::error::RecvError::Lagged(_)) => {}
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    })
    .await
    .ok()
    .flatten()
}

/// Settings for the worker's pacing.
#[derive(Debug, Clone, Copy)]
pub struct Pacing {
    /// First retry delay; doubles per attempt.
    pub retry_base: Duration,
    /// Longest retry delay.
    pub retry_max: Duration,
    /// How often the outbox is polled when nothing wakes the worker.
    pub poll: Duration,
}

impl Default for Pacing {
    fn default() -> Self {
        Self {
            retry_base: Duration::from_secs(2),
            retry_max: Duration::from_secs(300),
            poll: Duration::from_secs(10),
        }
    }
}

/// What the worker needs besides the outbox.
pub struct Worker<O, P> {
    pub outbox: O,
    pub reporter: P,
    pub http: Arc<serenity::Http>,
    /// The servers' roles and channels, for the dangerous-permission check of open gates.
    pub cache: Arc<serenity::Cache>,
    pub handle: WorkerHandle,
    pub pacing: Pacing,
    pub clock: Arc<dyn Clock>,
    /// Where Discord's refusals are counted.
    pub budget: Arc<super::budget::Budget>,
    /// The shards this process runs: it applies the changes of their servers only.
    pub shards: ShardSpan,
}

impl<O: Outbox, P: Reporter> Worker<O, P> {
    /// Runs until `shutdown` fires; finishes the change in hand first.
    pub async fn run(self, mut shutdown: tokio::sync::watch::Receiver<bool>) {
        loop {
            let mut wait = self.pacing.poll;
            let due = self
                .outbox
                .due_role_changes_in(self.clock.now(), 50, self.shards);
            match due.await {
                Ok(due) => {
                    for change in due {
                        if *shutdown.borrow() {
                            return;
                        }
                        let outcome = self.apply(&change).await;
                        if outcome == Outcome::Retrying {
                            wait = wait.min(backoff(self.pacing, change.attempts));
                        }
                        let _ = self.handle.outcomes.send(Applied { change, outcome });
                    }
                }
                Err(error) => {
                    tracing::warn!(error = %crate::discord::error::chain(&error), "role worker cannot read the outbox; will retry");
                    wait = wait.min(self.pacing.retry_base);
                }
            }
            // Wake on a new verification, when a retry may be due, or at the poll interval.
            tokio::select! {
                _ = self.handle.wake.notified() => {}
                _ = tokio::time::sleep(wait) => {}
                _ = shutdown.changed() => return,
            }
        }
    }

    async fn apply(&self, change: &RoleChange) -> Outcome {
        let guild = serenity::GuildId::new(change.member.guild.get());
        let user = serenity::UserId::new(change.member.user.get());
        let role = serenity::RoleId::new(change.role.get());
        let reason = Some(audit_log_reason(change.cause));
        // Right before it goes out: a change superseded while it was claimed is not applied, so an
        // older grant never undoes a newer revoke (in this process or another).
        match self.outbox.still_current(change).await {
            Ok(true) => {}
            Ok(false) => {
                let now = self.clock.now();
                let stored = self
                    .outbox
                    .fail_role_change(change.id, now, "superseded by a later change")
                    .await;
                if let Err(error) = stored {
                    tracing::warn!(change = %change.id, error = %crate::discord::error::chain(&error), "could not settle a superseded role change");
                }
                return Outcome::Superseded;
            }
            Err(error) => {
                tracing::warn!(change = %change.id, error = %crate::discord::error::chain(&error), "could not re-check a role change; will retry");
                return self.retry(change, 0).await;
            }
        }
        // While the application's owner lacks 2FA, nothing is sent to servers that require it:
        // Discord would refuse each with 60003, every server's refusals spending one budget.
        if self.requires_2fa(guild) && self.owner_still_lacks_2fa().await {
            return self.hold_for_owner_2fa(change).await;
        }
        // A grant for a server whose requests Discord keeps refusing (or while every server's
        // budget is spent) waits. Removals always go: they take powers away.
        if change.action == RoleAction::Grant && self.budget.paused(Some(change.member.guild)) {
            return self
                .retry_in(
                    change,
                    self.pacing.retry_max,
                    "waiting: too many refused requests",
                )
                .await;
        }
        let result = match (change.action, change.gating) {
            (RoleAction::Grant, Gating::Needs(needs)) => {
                match self.http.get_member(guild, user).await {
                    Ok(member) if !member.roles.contains(&serenity::RoleId::new(needs.get())) => {
                        let holds = member.roles.contains(&role);
                        return self.refuse(change, holds, Outcome::NotEligible).await;
                    }
                    Ok(_) => self.http.add_member_role(guild, user, role, reason).await,
                    Err(error) => Err(error),
                }
            }
            (RoleAction::Grant, Gating::Open) => match self.dangerous(guild, role) {
                Some(found) => return self.refuse(change, false, Outcome::Dangerous(found)).await,
                None => self.http.add_member_role(guild, user, role, reason).await,
            },
            (RoleAction::Grant, Gating::NotGated) => {
                self.http.add_member_role(guild, user, role, reason).await
            }
            (RoleAction::Remove, _) => {
                self.http
                    .remove_member_role(guild, user, role, reason)
                    .await
            }
        };
        if let Err(error) = &result {
            self.budget.record(Some(change.member.guild), error);
        }
        let (status, code) = match &result {
            Ok(()) => (None, 0),
            Err(serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(response))) => {
                (Some(response.status_code.as_u16()), response.error.code)
            }
            Err(_) => (Some(0), 0), // network: retry
        };
        let outcome = match status {
            None => Outcome::Applied,
            Some(403) if code == TWO_FACTOR_REQUIRED => Outcome::OwnerNeeds2fa,
            Some(403) => Outcome::Forbidden,
            Some(404) => Outcome::Gone,
            Some(0 | 429 | 500..=599) => Outcome::Retrying,
            Some(other) => Outcome::Failed(format!("HTTP {other}")),
        };
        let now = self.clock.now();
        let stored = match &outcome {
            Outcome::Applied => {
                let audit = ended_entry(change, now);
                let stored = self
                    .outbox
                    .finish_role_change(change, now, audit.as_ref())
                    .await;
                self.reporter.applied(change).await;
                stored
            }
            Outcome::Retrying => {
                return self.retry(change, status.unwrap_or(0)).await;
            }
            Outcome::Forbidden => {
                self.reporter.refused(change, &outcome).await;
                self.outbox
                    .fail_role_change(
                        change.id,
                        now,
                        "HTTP 403: missing Manage Roles or role above the bot's",
                    )
                    .await
            }
            // Not final: the change waits, with every other in servers that require 2FA, until
            // the owner turns it on.
            Outcome::OwnerNeeds2fa => {
                self.budget.owner_2fa_missing();
                return self.hold_for_owner_2fa(change).await;
            }
            Outcome::Gone => {
                self.reporter.refused(change, &outcome).await;
                self.outbox
                    .fail_role_change(change.id, now, "HTTP 404: member or role no longer exists")
                    .await
            }
            Outcome::Failed(why) => {
                self.reporter.refused(change, &outcome).await;
                self.outbox.fail_role_change(change.id, now, why).await
            }
            Outcome::NotEligible | Outcome::Dangerous(_) | Outcome::Superseded => {
                unreachable!("decided before any request")
            }
        };
        if let Err(error) = stored {
            tracing::error!(change = %change.id, error = %crate::discord::error::chain(&error), "could not record a role change's outcome; it will be tried again");
        }
        outcome
    }

    /// Whether `guild` requires 2FA for moderation actions (as the cache knows it).
    fn requires_2fa(&self, guild: serenity::GuildId) -> bool {
        self.cache
            .guild(guild)
            .is_some_and(|g| g.mfa_level == serenity::MfaLevel::Elevated)
    }

    /// Whether role changes are still held for the owner's 2FA: looks at the bot user's
    /// `mfa_enabled` again when a look is due (every `retry_max`).
    async fn owner_still_lacks_2fa(&self) -> bool {
        match self.budget.owner_lacks_2fa(self.pacing.retry_max) {
            None => false,
            Some(false) => true,
            Some(true) => match self.http.get_current_user().await {
                Ok(user) => {
                    self.budget.owner_2fa_seen(user.mfa_enabled);
                    !user.mfa_enabled
                }
                Err(error) => {
                    self.budget.record(None, &error);
                    true
                }
            },
        }
    }

    /// Holds `change` until the owner turns on 2FA; moderators hear of each change once.
    async fn hold_for_owner_2fa(&self, change: &RoleChange) -> Outcome {
        if change.attempts == 0 {
            self.reporter.refused(change, &Outcome::OwnerNeeds2fa).await;
        }
        self.retry_in(
            change,
            self.pacing.retry_max,
            "waiting: the application's owner must turn on 2FA (60003)",
        )
        .await;
        Outcome::OwnerNeeds2fa
    }

    /// Schedules another try in `delay`, saying why.
    async fn retry_in(&self, change: &RoleChange, delay: Duration, why: &str) -> Outcome {
        let delay_secs = i64::try_from(delay.as_secs().max(1)).unwrap_or(i64::MAX);
        let now = self.clock.now();
        if let Err(error) = self
            .outbox
            .retry_role_change(change.id, now.plus_secs(delay_secs), why)
            .await
        {
            tracing::error!(change = %change.id, error = %crate::discord::error::chain(&error), "could not record a role change's retry; it will be tried again");
        }
        Outcome::Retrying
    }

    /// Schedules another try with backoff (`status` 0: a network error or a database hiccup).
    async fn retry(&self, change: &RoleChange, status: u16) -> Outcome {
        let delay = backoff(self.pacing, change.attempts);
        let delay_secs = i64::try_from(delay.as_secs().max(1)).unwrap_or(i64::MAX);
        let error = format!("HTTP {status}; retrying in {delay_secs}s");
        tracing::info!(change = %change.id, %error, "role change will be retried");
        let now = self.clock.now();
        if let Err(error) = self
            .outbox
            .retry_role_change(change.id, now.plus_secs(delay_secs), &error)
            .await
        {
            tracing::error!(change = %change.id, error = %crate::discord::error::chain(&error), "could not record a role change's retry; it will be tried again");
        }
        Outcome::Retrying
    }

    /// The dangerous permissions `role` carries now (its own and its channel overwrites), as the
    /// cache knows them; `None` when it carries none (or the server is not cached).
    fn dangerous(&self, guild: serenity::GuildId, role: serenity::RoleId) -> Option<Vec<Key>> {
        let cached = self.cache.guild(guild)?;
        let found = cached.roles.get(&role)?;
        let channels: Vec<serenity::GuildChannel> = cached.channels.values().cloned().collect();
        let dangerous = dangerous_permissions(found, &channels);
        (!dangerous.is_empty()).then_some(dangerous)
    }

    /// A grant that must not be applied: the held role is forgotten (and, with `remove_role`, the
    /// role taken back), the audit trail and the log channel are told.
    async fn refuse(&self, change: &RoleChange, remove_role: bool, outcome: Outcome) -> Outcome {
        let detail = match (&outcome, change.gating.needs()) {
            (Outcome::NotEligible, Some(needs)) => format!(
                "role {} not given: the member no longer holds role {needs}, which its gate needs",
                change.role
            ),
            _ => format!(
                "role {} not given: it now carries dangerous permissions and its gate lets every member pass",
                change.role
            ),
        };
        let audit = AuditEntry {
            guild: change.member.guild,
            at: self.clock.now(),
            kind: AuditKind::NotEligible,
            actor: None,
            subject: Some(change.member.user),
            detail,
        };
        match self.outbox.refuse_grant(change, remove_role, &audit).await {
            Ok(()) => {
                self.reporter.refused(change, &outcome).await;
                self.handle.wake();
                outcome
            }
            Err(error) => {
                tracing::error!(change = %change.id, error = %crate::discord::error::chain(&error), "could not record a refused grant; it will be tried again");
                self.retry(change, 0).await
            }
        }
    }
}

/// The reason Discord's audit log shows for a change Keygate made.
fn audit_log_reason(cause: Cause) -> &'static str {
    match cause {
        Cause::Verified => "Keygate: passed two-factor verification",
        Cause::Revoked => "Keygate: verification revoked by a moderator",
        Cause::Reset => "Keygate: two-factor setup reset by a moderator",
        Cause::Removed => "Keygate: the member removed their two-factor setup",
        Cause::Expired => "Keygate: timed role ended",
        Cause::EndedEarly => "Keygate: the member ended their timed role",
        Cause::Lapsed => "Keygate: not re-verified in time",
        Cause::NotEligible => "Keygate: the member no longer holds the role this gate needs",
        Cause::Rechecked => "Keygate: the gate now needs another role; re-checked",
    }
}

/// The audit line for a timed role that ended on its own (the gate did it, nobody asked).
fn ended_entry(change: &RoleChange, now: crate::gate::Timestamp) -> Option<AuditEntry> {
    (change.action == RoleAction::Remove && change.cause == Cause::Expired).then(|| AuditEntry {
        guild: change.member.guild,
        at: now,
        kind: AuditKind::Expired,
        actor: None,
        subject: Some(change.member.user),
        detail: format!("timed role {} ended and was removed", change.role),
    })
}

pub(crate) fn backoff(pacing: Pacing, attempts: u32) -> Duration {
    pacing
        .retry_base
        .saturating_mul(1u32 << attempts.min(16))
        .min(pacing.retry_max)
}
