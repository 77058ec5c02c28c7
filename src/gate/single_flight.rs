//! One code check per member at a time, in this process: a second submission waits for the first
//! (or, after a while, is told to try again), so a burst from one member is handled as the
//! sequence it would have been, and nothing a check does is multiplied by it. Across processes
//! the database's reservation and claims keep the same rules.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::OwnedMutexGuard;

use super::Member;
use super::outcome::GateError;

/// How long a submission waits for the member's check in progress.
const WAIT: Duration = Duration::from_secs(20);

/// The members whose code is being checked, each behind its own lock.
#[derive(Default)]
pub struct MemberChecks {
    held: Mutex<HashMap<Member, Arc<tokio::sync::Mutex<()>>>>,
}

/// The right to check one member's code; the next waiting check goes ahead when it drops.
pub struct CheckGuard<'a> {
    checks: &'a MemberChecks,
    member: Member,
    guard: Option<OwnedMutexGuard<()>>,
}

impl MemberChecks {
    fn held(&self) -> std::sync::MutexGuard<'_, HashMap<Member, Arc<tokio::sync::Mutex<()>>>> {
        self.held
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Waits for the member's check in progress, if any, then holds the member until the guard
    /// drops. [`GateError::Busy`] when the wait is too long.
    pub async fn enter(&self, member: Member) -> Result<CheckGuard<'_>, GateError> {
        let lock = self.held().entry(member).or_default().clone();
        let mut guard = CheckGuard {
            checks: self,
            member,
            guard: None,
        };
        // Whether it times out or not, dropping `guard` forgets the member once nobody waits.
        guard.guard = Some(
            tokio::time::timeout(WAIT, lock.lock_owned())
                .await
                .map_err(|_| GateError::Busy)?,
        );
        Ok(guard)
    }
}

impl Drop for CheckGuard<'_> {
    fn drop(&mut self) {
        drop(self.guard.take());
        let mut held = self.checks.held();
        // Only the map's own reference left: nobody holds or waits for this member.
        if held
            .get(&self.member)
            .is_some_and(|lock| Arc::strong_count(lock) == 1)
        {
            held.remove(&self.member);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gate::{GuildId, UserId};

    #[tokio::test]
    async fn a_second_check_of_one_member_waits_and_others_do_not() {
        let checks = Arc::new(MemberChecks::default());
        let member = Member::new(GuildId::new(1), UserId::new(2));
        let other = Member::new(GuildId::new(1), UserId::new(3));
        let first = checks.enter(member).await.unwrap();
        // Another member goes ahead at once.
        drop(checks.enter(other).await.unwrap());
        let waiting = {
            let checks = checks.clone();
            tokio::spawn(async move {
                let _second = checks.enter(member).await.unwrap();
            })
        };
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(
            !waiting.is_finished(),
            "the second check waits for the first"
        );
        drop(first);
        waiting.await.unwrap();
        assert!(
            checks.held().is_empty(),
            "members nobody checks are forgotten"
        );
    }
}
