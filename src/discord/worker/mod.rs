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

mod handle;

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use futures_util::FutureExt as _;
use poise::serenity_prelude as serenity;
use tokio::sync::mpsc::{self, error::TryRecvError};
use tokio::sync::watch;

use super::permissions::dangerous_permissions;
use super::ratelimit::{Call, Requester};
use crate::gate::audit::{AuditEntry, AuditKind};
use crate::gate::repository::{
    Cause, Claim, Gating, Hold, Outbox, RepoResult, RoleAction, RoleChange, Settled, ShardSpan,
};
use crate::gate::{Clock, GuildId};
use crate::guide::Key;

pub use handle::{Applied, GrantWatch, Outcome, Reporter, WorkerHandle, await_grant};

/// How many due changes one look at the outbox claims: in all, and of one server in hand at once.
/// Each server's changes go one after another in its own lane, the lanes side by side, so a raid
/// in one server holds five of its changes at a time and never more than that of anyone's turn.
pub const CLAIM: Claim = Claim {
    limit: 50,
    per_server: 5,
};

/// Discord's "Two factor is required for this operation" (403).
pub const TWO_FACTOR_REQUIRED: isize = 60003;

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
    /// Sends the role changes, keeping to Discord's rate limits.
    pub requests: Requester,
}

impl<O: Outbox, P: Reporter> Worker<O, P> {
    /// Runs until `shutdown` fires. Each server's claimed changes go to that server's lane; on
    /// shutdown every lane finishes the change in hand and lets go of the rest.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        let worker = Arc::new(self);
        let mut lanes: HashMap<GuildId, mpsc::UnboundedSender<RoleChange>> = HashMap::new();
        let mut tasks = tokio::task::JoinSet::new();
        // No more in hand than the worker sends in half a lease: a change waiting in its lane
        // longer than the lease would pass to another process while still queued here.
        let in_hand = Arc::new(AtomicUsize::new(0));
        let lease_secs =
            usize::try_from(worker.outbox.claim_lease().as_secs()).unwrap_or(usize::MAX);
        let per_second = worker.requests.per_second().unwrap_or(50);
        let most_in_hand = (per_second as usize)
            .saturating_mul(lease_secs / 2)
            .max(CLAIM.limit as usize);
        loop {
            if *shutdown.borrow() {
                break;
            }
            while tasks.try_join_next().is_some() {}
            lanes.retain(|_, lane| !lane.is_closed());
            let mut wait = worker.pacing.poll;
            let room = most_in_hand.saturating_sub(in_hand.load(Ordering::Relaxed));
            let claim = Claim {
                limit: CLAIM.limit.min(u32::try_from(room).unwrap_or(u32::MAX)),
                ..CLAIM
            };
            let due = async {
                if claim.limit == 0 {
                    return Ok(Vec::new());
                }
                // While a crowd waits for its first responses (a raid), they come first.
                let awaiting = worker.handle.awaiting();
                awaiting.step_aside(super::awaiting::AT_MOST).await;
                if *shutdown.borrow() {
                    return Ok(Vec::new());
                }
                worker
                    .outbox
                    .due_role_changes_in(worker.clock.now(), claim, worker.shards)
                    .await
            };
            match due.await {
                Ok(due) => {
                    in_hand.fetch_add(due.len(), Ordering::Relaxed);
                    for change in due {
                        let guild = change.member.guild;
                        let mut change = change;
                        if let Some(lane) = lanes.get(&guild) {
                            match lane.send(change) {
                                Ok(()) => continue,
                                // That lane just emptied and closed: open another.
                                Err(mpsc::error::SendError(back)) => change = back,
                            }
                        }
                        let (lane, queue) = mpsc::unbounded_channel();
                        let _ = lane.send(change);
                        lanes.insert(guild, lane);
                        let lane = worker
                            .clone()
                            .lane(queue, shutdown.clone(), in_hand.clone());
                        tasks.spawn(lane);
                    }
                }
                Err(error) => {
                    tracing::warn!(error = %crate::discord::error::chain(&error), "role worker cannot read the outbox; will retry");
                    wait = wait.min(worker.pacing.retry_base);
                }
            }
            // Wake on a new verification, a lane done with a change, a retry due, or the poll.
            tokio::select! {
                _ = worker.handle.wake.notified() => {}
                _ = tokio::time::sleep(wait) => {}
                _ = shutdown.changed() => {}
            }
        }
        drop(lanes);
        // Each lane finishes the request in hand (bounded by its timeout) and releases the rest.
        let grace = worker.requests.timeout() + Duration::from_secs(2);
        let drained =
            tokio::time::timeout(grace, async { while tasks.join_next().await.is_some() {} });
        if drained.await.is_err() {
            tracing::warn!(
                "role worker stopped with a change in flight; its claim lapses after the lease"
            );
        }
    }

    /// One server's changes, one after another, until none is queued (then the lane closes and
    /// the next claim opens a new one).
    async fn lane(
        self: Arc<Self>,
        mut queue: mpsc::UnboundedReceiver<RoleChange>,
        mut shutdown: watch::Receiver<bool>,
        in_hand: Arc<AtomicUsize>,
    ) {
        let mut untried = Vec::new();
        loop {
            let change = match queue.try_recv() {
                Ok(change) => change,
                Err(TryRecvError::Empty) => {
                    // No new sends from here; what was sent before is still drained.
                    queue.close();
                    continue;
                }
                Err(TryRecvError::Disconnected) => break,
            };
            in_hand.fetch_sub(1, Ordering::Relaxed);
            if *shutdown.borrow() {
                untried.push(change);
                continue;
            }
            // A panic in one change must not take the lane (and its count in hand) with it.
            let applied = AssertUnwindSafe(self.apply(&change, &mut shutdown)).catch_unwind();
            let Ok(applied) = applied.await else {
                tracing::error!(change = %change.id, "a role change panicked; it is released and tried again");
                untried.push(change);
                continue;
            };
            let Some(outcome) = applied else {
                untried.push(change);
                continue;
            };
            self.handle.tell(&Applied { change, outcome });
            // Room for more of this server's changes: claim them before this lane runs dry.
            if queue.len() < CLAIM.per_server as usize / 2 {
                self.handle.wake();
            }
        }
        if !untried.is_empty()
            && let Err(error) = self.outbox.release(&untried).await
        {
            tracing::warn!(error = %crate::discord::error::chain(&error), "could not release untried role changes; they pass on after the lease");
        }
    }

    /// Waits for `call`'s turn under Discord's rate limits, then renews the claim, so the claim
    /// covers the request itself: a change superseded while it waited is not applied (an older
    /// grant never undoes a newer revoke, in this process or another), and a change another
    /// process took over is left to it. `Err(None)`: shutting down, the change untried.
    async fn turn(
        &self,
        call: Call,
        change: &RoleChange,
        shutdown: &mut watch::Receiver<bool>,
    ) -> Result<(), Option<Outcome>> {
        let guild = serenity::GuildId::new(change.member.guild.get());
        if !self.requests.reserve(call, guild, shutdown).await {
            return Err(None);
        }
        match self.outbox.hold(change, self.clock.now()).await {
            Ok(Hold::Ours) => Ok(()),
            Ok(Hold::Settled) => Err(Some(Outcome::Superseded)),
            // Another claim applied it (after this one lapsed); that process reports it.
            Ok(Hold::Applied) => Err(Some(Outcome::Applied)),
            Ok(Hold::Lost) => {
                tracing::info!(change = %change.id, "another process took this role change over");
                Err(Some(Outcome::ClaimLost))
            }
            Err(error) => {
                tracing::warn!(change = %change.id, error = %crate::discord::error::chain(&error), "could not re-check a role change; will retry");
                Err(Some(self.retry(change, 0).await))
            }
        }
    }

    /// Applies one change; `None` when shutdown came first (the change untried, to release).
    async fn apply(
        &self,
        change: &RoleChange,
        shutdown: &mut watch::Receiver<bool>,
    ) -> Option<Outcome> {
        let guild = serenity::GuildId::new(change.member.guild.get());
        let user = serenity::UserId::new(change.member.user.get());
        let role = serenity::RoleId::new(change.role.get());
        let reason = audit_log_reason(change.cause);
        let first = match (change.action, change.gating) {
            (RoleAction::Grant, Gating::Needs(_)) => Call::GetMember,
            (RoleAction::Grant, _) => Call::AddRole,
            (RoleAction::Remove, _) => Call::RemoveRole,
        };
        if let Err(stop) = self.turn(first, change, shutdown).await {
            return stop;
        }
        // While the application's owner lacks 2FA, nothing is sent to servers that require it:
        // Discord would refuse each with 60003, every server's refusals spending one budget.
        if self.requires_2fa(guild) && self.owner_still_lacks_2fa().await {
            return Some(self.hold_for_owner_2fa(change).await);
        }
        // A grant for a server whose requests Discord keeps refusing (or while every server's
        // budget is spent) waits. Removals always go: they take powers away.
        if change.action == RoleAction::Grant && self.budget.paused(Some(change.member.guild)) {
            let why = "waiting: too many refused requests";
            return Some(self.retry_in(change, self.pacing.retry_max, why).await);
        }
        let result = match (change.action, change.gating) {
            (RoleAction::Grant, Gating::Needs(needs)) => {
                match self.requests.get_member(guild, user).await {
                    Ok(member) if !member.roles.contains(&serenity::RoleId::new(needs.get())) => {
                        let holds = member.roles.contains(&role);
                        return Some(self.refuse(change, holds, Outcome::NotEligible).await);
                    }
                    // The grant is a second request: its own turn, the claim renewed again.
                    Ok(_) => match self.turn(Call::AddRole, change, shutdown).await {
                        Ok(()) => {
                            self.requests
                                .add_member_role(guild, user, role, reason)
                                .await
                        }
                        Err(stop) => return stop,
                    },
                    Err(error) => Err(error),
                }
            }
            (RoleAction::Grant, Gating::Open) => match self.dangerous(guild, role) {
                Some(found) => {
                    return Some(self.refuse(change, false, Outcome::Dangerous(found)).await);
                }
                None => {
                    self.requests
                        .add_member_role(guild, user, role, reason)
                        .await
                }
            },
            (RoleAction::Grant, Gating::NotGated) => {
                self.requests
                    .add_member_role(guild, user, role, reason)
                    .await
            }
            (RoleAction::Remove, _) => {
                self.requests
                    .remove_member_role(guild, user, role, reason)
                    .await
            }
        };
        if let Err(error) = &result {
            self.budget.record(Some(change.member.guild), error);
        }
        let (status, code) = match &result {
            Ok(_) => (None, 0),
            Err(serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(response))) => {
                (Some(response.status_code.as_u16()), response.error.code)
            }
            Err(_) => (Some(0), 0), // network or timeout: retry
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
        crate::metrics::role_change(
            outcome.label(),
            matches!(outcome, Outcome::Applied)
                .then(|| std::time::Duration::from_secs((now.unix() - change.not_before.unix()).max(0) as u64)),
        );
        let stored = match &outcome {
            Outcome::Applied => {
                let audit = ended_entry(change, now);
                let stored = self
                    .outbox
                    .finish_role_change(change, now, audit.as_ref())
                    .await;
                if matches!(stored, Ok(Settled::Recorded)) {
                    self.reporter.applied(change).await;
                }
                stored
            }
            // Discord said how long to wait: the lane's later requests wait too.
            Outcome::Retrying if status == Some(429) => {
                let delay = self
                    .requests
                    .waiting(first, guild)
                    .unwrap_or_else(|| backoff(self.pacing, change.attempts));
                let why = format!(
                    "HTTP 429: rate limited; retrying in {}s",
                    delay.as_millis().div_ceil(1000).max(1)
                );
                return Some(self.retry_in(change, delay, &why).await);
            }
            Outcome::Retrying => {
                return Some(self.retry(change, status.unwrap_or(0)).await);
            }
            Outcome::Forbidden => {
                self.reporter.refused(change, &outcome).await;
                self.outbox
                    .fail_role_change(
                        change,
                        now,
                        "HTTP 403: missing Manage Roles or role above the bot's",
                    )
                    .await
            }
            // Not final: the change waits, with every other in servers that require 2FA, until
            // the owner turns it on.
            Outcome::OwnerNeeds2fa => {
                self.budget.owner_2fa_missing();
                return Some(self.hold_for_owner_2fa(change).await);
            }
            Outcome::Gone => {
                self.reporter.refused(change, &outcome).await;
                self.outbox
                    .fail_role_change(change, now, "HTTP 404: member or role no longer exists")
                    .await
            }
            Outcome::Failed(why) => {
                self.reporter.refused(change, &outcome).await;
                self.outbox.fail_role_change(change, now, why).await
            }
            Outcome::NotEligible
            | Outcome::Dangerous(_)
            | Outcome::Superseded
            | Outcome::ClaimLost => {
                unreachable!("decided before any request")
            }
        };
        settled(change, stored);
        Some(outcome)
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
        // Whole seconds, rounded up: never sooner than asked.
        let delay_secs = i64::try_from(delay.as_millis().div_ceil(1000).max(1)).unwrap_or(i64::MAX);
        let now = self.clock.now();
        let stored = self
            .outbox
            .retry_role_change(change, now.plus_secs(delay_secs), why)
            .await;
        settled(change, stored);
        self.wake_in(Duration::from_secs(delay_secs.unsigned_abs()));
        Outcome::Retrying
    }

    /// Wakes the worker when a retry is due.
    fn wake_in(&self, delay: Duration) {
        let handle = self.handle.clone();
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            handle.wake();
        });
    }

    /// Schedules another try with backoff (`status` 0: a network error or a database hiccup).
    async fn retry(&self, change: &RoleChange, status: u16) -> Outcome {
        let delay = backoff(self.pacing, change.attempts);
        let delay_secs = delay.as_secs().max(1);
        let error = format!("HTTP {status}; retrying in {delay_secs}s");
        tracing::info!(change = %change.id, %error, "role change will be retried");
        self.retry_in(change, delay, &error).await
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
            Ok(Settled::Recorded) => {
                self.reporter.refused(change, &outcome).await;
                self.handle.wake();
                outcome
            }
            Ok(Settled::NotOurs) => Outcome::ClaimLost,
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
        Cause::Discord2fa => "Keygate: the member's own Discord 2FA, checked in the browser",
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

/// Says so when a change's outcome could not be recorded: the database failed (it will be tried
/// again after the lease), or another process took the change over (its outcome is theirs).
fn settled(change: &RoleChange, stored: RepoResult<Settled>) {
    match stored {
        Ok(Settled::Recorded) => {}
        Ok(Settled::NotOurs) => {
            tracing::info!(change = %change.id, "role change superseded or taken over by another process while in flight; its outcome is not recorded here");
        }
        Err(error) => {
            tracing::error!(change = %change.id, error = %crate::discord::error::chain(&error), "could not record a role change's outcome; it will be tried again");
        }
    }
}

pub(crate) fn backoff(pacing: Pacing, attempts: u32) -> Duration {
    pacing
        .retry_base
        .saturating_mul(1u32 << attempts.min(16))
        .min(pacing.retry_max)
}
