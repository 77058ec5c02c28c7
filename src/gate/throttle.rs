//! The lockout policy, as pure functions of (state, now).
//!
//! Every attempt is counted *before* its code is evaluated (a reservation), so a burst of
//! concurrent submissions gets no more guesses than submissions one after another, and an attempt
//! whose count could not be stored is never evaluated. Five attempts within any fifteen minutes (a
//! sliding window) lock a member for fifteen minutes; each further lock doubles, up to a day. A
//! hundred consecutive attempts without a success lock until a moderator unlocks (NIST 800-63B
//! §3.2.2). A success clears everything, unless the lock it finds was set by another attempt. The
//! store persists the state, so it holds across restarts and is shared by every bot process.

use super::Timestamp;

pub const WINDOW_SECS: i64 = 15 * 60;
pub const FAILURES_PER_WINDOW: usize = 5;
pub const FIRST_LOCK_SECS: i64 = 15 * 60;
pub const MAX_LOCK_SECS: i64 = 24 * 60 * 60;
pub const HARD_LOCK_FAILURES: u32 = 100;

/// One attempt's identity: random, so an attempt can recognise the lock it set itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AttemptId(u64);

impl AttemptId {
    pub const fn new(raw: u64) -> Self {
        Self(raw)
    }

    pub const fn get(self) -> u64 {
        self.0
    }
}

/// What the store keeps per member per guild.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ThrottleState {
    /// When the attempts counted since the last lock were made, oldest first (at most the four
    /// that can still matter).
    pub recent: Vec<Timestamp>,
    /// Attempts since the last success or unlock.
    pub consecutive_failures: u32,
    /// Locks since the last success or unlock; each doubles the next one.
    pub lock_count: u32,
    /// Attempts are refused until then.
    pub locked_until: Option<Timestamp>,
    /// Attempts are refused until a moderator unlocks.
    pub hard_locked: bool,
    /// The attempt whose reservation set the current lock.
    pub locked_by: Option<AttemptId>,
}

/// May the member try a code now?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Open,
    LockedUntil(Timestamp),
    LockedUntilUnlocked,
}

/// A lock an attempt's reservation set: it takes effect for everyone else at once, and for the
/// attempt itself if its code turns out wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewLock {
    Until(Timestamp),
    UntilUnlocked,
}

pub fn access(state: &ThrottleState, now: Timestamp) -> Access {
    if state.hard_locked {
        return Access::LockedUntilUnlocked;
    }
    match state.locked_until {
        Some(until) if now < until => Access::LockedUntil(until),
        _ => Access::Open,
    }
}

/// Length of the `n`-th lock (1-based): 15 min, 30 min, 1 h, … capped at 24 h.
pub fn lock_duration(n: u32) -> i64 {
    let doublings = n.saturating_sub(1).min(16);
    (FIRST_LOCK_SECS << doublings).min(MAX_LOCK_SECS)
}

/// Counts `attempt` at `now` as a failure in advance: the state to store, and the lock it sets if
/// any. Refused (with the access the member has) when the member is locked already.
pub fn reserve(
    state: &ThrottleState,
    now: Timestamp,
    attempt: AttemptId,
) -> Result<(ThrottleState, Option<NewLock>), Access> {
    match access(state, now) {
        Access::Open => {}
        locked => return Err(locked),
    }
    let mut next = state.clone();
    // The window slides: an attempt counts while it is at most fifteen minutes old.
    next.recent
        .retain(|at| now.unix() - at.unix() <= WINDOW_SECS);
    next.recent.push(now);
    next.consecutive_failures = next.consecutive_failures.saturating_add(1);
    if next.consecutive_failures >= HARD_LOCK_FAILURES {
        next.hard_locked = true;
        next.locked_by = Some(attempt);
        next.recent.clear();
        return Ok((next, Some(NewLock::UntilUnlocked)));
    }
    if next.recent.len() >= FAILURES_PER_WINDOW {
        next.lock_count += 1;
        let until = now.plus_secs(lock_duration(next.lock_count));
        next.locked_until = Some(until);
        next.locked_by = Some(attempt);
        next.recent.clear();
        return Ok((next, Some(NewLock::Until(until))));
    }
    Ok((next, None))
}

/// Whether the state stops `attempt`, whose code was right, from being spent: a lock set by
/// another attempt holds; the lock this attempt's own reservation set does not.
pub fn stops_success(state: &ThrottleState, now: Timestamp, attempt: AttemptId) -> Option<Access> {
    match access(state, now) {
        Access::Open => None,
        _ if state.locked_by == Some(attempt) => None,
        locked => Some(locked),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(seconds: i64) -> Timestamp {
        Timestamp::from_unix(1_800_000_000 + seconds)
    }

    /// Reserves `n` attempts at `at`; the state and the last lock set.
    fn attempts(
        mut state: ThrottleState,
        n: u64,
        at: Timestamp,
    ) -> (ThrottleState, Option<NewLock>) {
        let mut last = None;
        for i in 0..n {
            let (next, lock) = reserve(&state, at, AttemptId::new(i)).expect("open");
            state = next;
            last = lock;
        }
        (state, last)
    }

    #[test]
    fn four_attempts_do_not_lock_and_the_fifth_locks_for_fifteen_minutes() {
        let (state, lock) = attempts(ThrottleState::default(), 4, t(0));
        assert_eq!(lock, None);
        assert_eq!(access(&state, t(0)), Access::Open);
        let (state, lock) = reserve(&state, t(10), AttemptId::new(99)).unwrap();
        assert_eq!(lock, Some(NewLock::Until(t(10 + 900))));
        assert_eq!(access(&state, t(10 + 899)), Access::LockedUntil(t(910)));
        assert_eq!(access(&state, t(10 + 900)), Access::Open);
        assert_eq!(
            reserve(&state, t(11), AttemptId::new(100)),
            Err(Access::LockedUntil(t(910))),
            "a locked member's attempt is not even counted"
        );
    }

    #[test]
    fn the_window_slides_so_four_attempts_every_fifteen_minutes_lock() {
        let (state, lock) = attempts(ThrottleState::default(), 4, t(0));
        assert_eq!(lock, None);
        let (_, lock) = reserve(&state, t(WINDOW_SECS), AttemptId::new(9)).unwrap();
        assert!(matches!(lock, Some(NewLock::Until(_))), "{lock:?}");
        // Spread a little wider than the window, attempts fall out of it.
        let (state, _) = attempts(ThrottleState::default(), 4, t(0));
        let (_, lock) = reserve(&state, t(WINDOW_SECS + 1), AttemptId::new(9)).unwrap();
        assert_eq!(lock, None);
    }

    #[test]
    fn each_further_lock_doubles_up_to_a_day() {
        let expected = [900, 1800, 3600, 7200, 14400, 28800, 57600, 86400, 86400];
        let mut state = ThrottleState::default();
        let mut now = t(0);
        for (i, secs) in expected.iter().enumerate() {
            let (next, lock) = attempts(state, 5, now);
            assert_eq!(
                lock,
                Some(NewLock::Until(now.plus_secs(*secs))),
                "lock {}",
                i + 1
            );
            state = next;
            now = now.plus_secs(*secs);
        }
    }

    #[test]
    fn a_hundred_consecutive_attempts_lock_until_a_moderator_unlocks() {
        let mut state = ThrottleState::default();
        let mut now = t(0);
        let mut hard = None;
        for i in 1..=100 {
            let (next, lock) = reserve(&state, now, AttemptId::new(i)).unwrap();
            state = next;
            if let Some(NewLock::Until(until)) = lock {
                now = until;
            }
            if lock == Some(NewLock::UntilUnlocked) {
                hard = Some(i);
            }
        }
        assert_eq!(hard, Some(100));
        assert_eq!(
            access(&state, now.plus_secs(365 * 86400)),
            Access::LockedUntilUnlocked
        );
    }

    #[test]
    fn a_right_code_may_lift_only_the_lock_its_own_attempt_set() {
        let (state, _) = attempts(ThrottleState::default(), 4, t(0));
        let mine = AttemptId::new(7);
        let (locked, _) = reserve(&state, t(1), mine).unwrap();
        assert_eq!(stops_success(&locked, t(2), mine), None);
        assert_eq!(
            stops_success(&locked, t(2), AttemptId::new(3)),
            Some(Access::LockedUntil(t(1 + 900)))
        );
        assert_eq!(stops_success(&state, t(2), AttemptId::new(3)), None);
    }
}
