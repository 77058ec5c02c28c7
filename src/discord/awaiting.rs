//! Interactions still waiting for their first response. Discord drops an interaction that is not
//! acknowledged within 3 seconds, so while a crowd of them waits (a raid of `/verify`s, each
//! waiting for its modal) work that can wait a moment does ([`Awaiting::step_aside`]): the role
//! worker's look at the outbox, and the spending of a code already acknowledged. On a busy machine
//! their CPU and database time would otherwise come out of the crowd's 3 seconds.

use std::cell::RefCell;
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::Notify;

/// More interactions than this waiting for their first response is a crowd. A quiet server
/// (a few members at a time) never makes anything wait.
pub const CROWD: usize = 4;

/// The longest anything waits for a crowd: a grant or a member's result is at most this much later.
pub const AT_MOST: Duration = Duration::from_millis(200);

/// How many interactions have not had their first response yet.
#[derive(Clone)]
pub struct Awaiting(Arc<Counter>);

struct Counter {
    count: AtomicUsize,
    /// More waiting than this is a crowd.
    crowd: usize,
    /// Told when the crowd thins out to `crowd` (once per crossing, not per response).
    thinned: Notify,
}

impl Default for Awaiting {
    fn default() -> Self {
        Self::crowd_above(CROWD)
    }
}

/// One interaction that has not had its first response; counted until dropped.
pub struct Unanswered(Awaiting);

impl Drop for Unanswered {
    fn drop(&mut self) {
        let counter = &self.0.0;
        if counter.count.fetch_sub(1, Ordering::SeqCst) == counter.crowd + 1 {
            counter.thinned.notify_waiters();
        }
    }
}

tokio::task_local! {
    /// The interaction the current task handles, until its first response.
    static CURRENT: RefCell<Option<Unanswered>>;
}

impl Awaiting {
    /// A counter for which more than `crowd` waiting is a crowd.
    pub fn crowd_above(crowd: usize) -> Self {
        Self(Arc::new(Counter {
            count: AtomicUsize::new(0),
            crowd,
            thinned: Notify::new(),
        }))
    }

    /// Runs `handling` as one interaction counted as waiting until [`answered`] is called in it
    /// (or it ends).
    pub async fn handle<F: Future>(&self, handling: F) -> F::Output {
        self.0.count.fetch_add(1, Ordering::SeqCst);
        let unanswered = Unanswered(self.clone());
        CURRENT
            .scope(RefCell::new(Some(unanswered)), handling)
            .await
    }

    pub fn count(&self) -> usize {
        self.0.count.load(Ordering::SeqCst)
    }

    /// Waits while a crowd waits for its first responses, at most `at_most`. Returns how long
    /// it waited.
    pub async fn step_aside(&self, at_most: Duration) -> Duration {
        let start = tokio::time::Instant::now();
        let deadline = start + at_most;
        loop {
            let thinned = self.0.thinned.notified();
            if self.count() <= self.0.crowd {
                break;
            }
            tokio::select! {
                () = thinned => {}
                () = tokio::time::sleep_until(deadline) => break,
            }
        }
        start.elapsed()
    }
}

/// The interaction this task handles has had its first response (or failed to send it): it no
/// longer holds anyone up. Counting the send itself measured better (see BENCHMARKS.md, runs 12
/// and 13): on a busy machine sending takes the cores too. Does nothing outside [`Awaiting::handle`], or when called again.
pub fn answered() {
    let _ = CURRENT.try_with(|current| current.borrow_mut().take());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Longer than any wait in these tests may take: reaching it means the wait did not end.
    const HUNG: Duration = Duration::from_secs(30);

    #[tokio::test]
    async fn an_interaction_counts_until_its_first_response() {
        let awaiting = Awaiting::crowd_above(0);
        let seen = awaiting
            .handle(async {
                let before = awaiting.count();
                answered();
                answered();
                (before, awaiting.count())
            })
            .await;
        assert_eq!(seen, (1, 0));
        // Never answered: counted until the handling ends.
        let during = awaiting.handle(async { awaiting.count() }).await;
        assert_eq!((during, awaiting.count()), (1, 0));
        // Outside any interaction, nothing to take.
        answered();
        assert_eq!(awaiting.count(), 0);
    }

    #[tokio::test]
    async fn stepping_aside_ends_when_the_crowd_is_answered() {
        let awaiting = Awaiting::crowd_above(1);
        let (answer, answered_rx) = tokio::sync::watch::channel(false);
        let (_keep, held) = tokio::sync::oneshot::channel::<()>();
        let mut handlers = Vec::new();
        for held in [Some(held), None] {
            let (awaiting, mut answered_rx) = (awaiting.clone(), answered_rx.clone());
            handlers.push(tokio::spawn(async move {
                awaiting
                    .handle(async {
                        let _ = answered_rx.wait_for(|answered| *answered).await;
                        answered();
                        // Still handling, but no longer waiting for a first response.
                        if let Some(held) = held {
                            let _ = held.await;
                        }
                    })
                    .await;
            }));
        }
        while awaiting.count() < 2 {
            tokio::task::yield_now().await;
        }
        let stepping = tokio::spawn({
            let awaiting = awaiting.clone();
            async move { awaiting.step_aside(HUNG).await }
        });
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(!stepping.is_finished(), "a crowd of two is waiting");
        answer.send(true).unwrap();
        let waited = tokio::time::timeout(HUNG, stepping).await;
        let waited = waited
            .expect("the wait ends once the crowd is answered")
            .unwrap();
        assert!(waited < HUNG);
        assert_eq!(awaiting.count(), 0);
        assert!(
            !handlers[0].is_finished(),
            "the first is still being handled"
        );
    }

    #[tokio::test]
    async fn stepping_aside_ends_at_its_limit_when_nobody_is_answered() {
        let awaiting = Awaiting::crowd_above(0);
        // Nobody waiting: no wait at all (a wait would last `HUNG`).
        let waited = tokio::time::timeout(Duration::from_secs(5), awaiting.step_aside(HUNG)).await;
        assert!(
            waited.is_ok(),
            "nobody waits, so stepping aside does not wait"
        );
        let stuck = awaiting.clone();
        let _stuck = tokio::spawn(async move {
            stuck.handle(std::future::pending::<()>()).await;
        });
        while awaiting.count() < 1 {
            tokio::task::yield_now().await;
        }
        let limit = Duration::from_millis(50);
        let waited = tokio::time::timeout(HUNG, awaiting.step_aside(limit)).await;
        assert!(waited.expect("the wait ends at its limit") >= limit);
    }
}
