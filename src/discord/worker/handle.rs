//! What the worker tells the rest of the bot: each change's [`Outcome`], to the log channel's
//! [`Reporter`] and to the members waiting for their grant ([`WorkerHandle::watch`]).

use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{Notify, mpsc};

use crate::discord::awaiting::Awaiting;
use crate::gate::repository::{RoleAction, RoleChange};
use crate::gate::{Member, RoleId};
use crate::guide::Key;

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
    /// This process's claim lapsed and another process holds the change now: its outcome is
    /// that process's to record.
    ClaimLost,
    /// Will be retried.
    Retrying,
    /// Refused for another reason; not retried.
    Failed(String),
}

impl Outcome {
    /// The outcome's label in `/metrics`.
    pub fn label(&self) -> &'static str {
        match self {
            Self::Applied => "applied",
            Self::Forbidden => "forbidden",
            Self::OwnerNeeds2fa => "owner_needs_2fa",
            Self::Gone => "gone",
            Self::NotEligible => "not_eligible",
            Self::Dangerous(_) => "dangerous",
            Self::Superseded => "superseded",
            Self::ClaimLost => "claim_lost",
            Self::Retrying => "retrying",
            Self::Failed(_) => "failed",
        }
    }
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

/// Members waiting to hear how their grants went, each with where to tell them.
type Waiters = Arc<Mutex<HashMap<Member, Vec<(u64, mpsc::UnboundedSender<Applied>)>>>>;

/// Wakes the worker and tells members waiting for a grant its outcome. Each outcome goes to the
/// members it is about alone, so a raid of a thousand waiting members costs one message per
/// grant, not a thousand.
#[derive(Clone, Default)]
pub struct WorkerHandle {
    pub(super) wake: Arc<Notify>,
    waiters: Waiters,
    next_waiter: Arc<AtomicU64>,
    awaiting: Awaiting,
}

impl WorkerHandle {
    pub fn new() -> Self {
        Self::default()
    }

    /// The interactions waiting for their first response, which the worker's claims make way for.
    pub fn awaiting(&self) -> &Awaiting {
        &self.awaiting
    }

    /// Asks the worker to look at the outbox now.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Starts listening for `member`'s outcomes (before anything is spent, so none is missed);
    /// listening stops when the watch is dropped.
    pub fn watch(&self, member: Member) -> GrantWatch {
        let id = self.next_waiter.fetch_add(1, Ordering::Relaxed);
        let (tx, outcomes) = mpsc::unbounded_channel();
        self.waiters
            .lock()
            .expect("waiters")
            .entry(member)
            .or_default()
            .push((id, tx));
        GrantWatch {
            member,
            id,
            outcomes,
            waiters: self.waiters.clone(),
        }
    }

    /// Tells the members waiting for this change's outcome.
    pub(super) fn tell(&self, applied: &Applied) {
        let waiters = self.waiters.lock().expect("waiters");
        for (_, waiter) in waiters.get(&applied.change.member).into_iter().flatten() {
            let _ = waiter.send(applied.clone());
        }
    }
}

/// One member's outcomes, while a flow waits for them.
pub struct GrantWatch {
    member: Member,
    id: u64,
    outcomes: mpsc::UnboundedReceiver<Applied>,
    waiters: Waiters,
}

impl Drop for GrantWatch {
    fn drop(&mut self) {
        let mut waiters = self.waiters.lock().expect("waiters");
        if let Some(list) = waiters.get_mut(&self.member) {
            list.retain(|(id, _)| *id != self.id);
            if list.is_empty() {
                waiters.remove(&self.member);
            }
        }
    }
}

/// Waits (up to `within`) for the final outcome of the grant of `role` to the watched member.
pub async fn await_grant(mut watch: GrantWatch, role: RoleId, within: Duration) -> Option<Outcome> {
    tokio::time::timeout(within, async move {
        while let Some(a) = watch.outcomes.recv().await {
            if a.change.role == role
                && a.change.action == RoleAction::Grant
                && !matches!(a.outcome, Outcome::Retrying | Outcome::ClaimLost)
            {
                return Some(a.outcome);
            }
        }
        None
    })
    .await
    .ok()
    .flatten()
}
