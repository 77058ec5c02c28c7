//! The lockout policy, as pure functions of (state, now).
//!
//! Five failures within fifteen minutes lock a member for fifteen minutes; each further lock doubles,
//! up to a day. A hundred consecutive failures lock until a moderator unlocks (NIST 800-63B §3.2.2).
//! A success clears everything. The store persists the state, so it holds across restarts and is
//! shared by every bot process.

use super::Timestamp;

pub const WINDOW_SECS: i64 = 15 * 60;
pub const FAILURES_PER_WINDOW: u32 = 5;
pub const FIRST_LOCK_SECS: i64 = 15 * 60;
pub const MAX_LOCK_SECS: i64 = 24 * 60 * 60;
pub const HARD_LOCK_FAILURES: u32 = 100;

/// What the store keeps per member per guild.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ThrottleState {
    /// When the current counting window began (the first failure in it).
    pub window_start: Option<Timestamp>,
    /// Failures since `window_start`.
    pub window_failures: u32,
    /// Failures since the last success or unlock.
    pub consecutive_failures: u32,
    /// Locks since the last success or unlock; each doubles the next one.
    pub lock_count: u32,
    /// Attempts are refused until then.
    pub locked_until: Option<Timestamp>,
    /// Attempts are refused until a moderator unlocks.
    pub hard_locked: bool,
}

/// May the member try a code now?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Open,
    LockedUntil(Timestamp),
    LockedUntilUnlocked,
}

/// A lock that a failure just caused.
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

/// The state after one more failure at `now`, and the lock it caused, if any.
pub fn record_failure(state: &ThrottleState, now: Timestamp) -> (ThrottleState, Option<NewLock>) {
    let mut next = state.clone();
    let window_open =
        matches!(state.window_start, Some(start) if now.unix() - start.unix() < WINDOW_SECS);
    if !window_open {
        next.window_start = Some(now);
        next.window_failures = 0;
    }
    next.window_failures += 1;
    next.consecutive_failures = next.consecutive_failures.saturating_add(1);

    if next.consecutive_failures >= HARD_LOCK_FAILURES {
        next.hard_locked = true;
        return (next, Some(NewLock::UntilUnlocked));
    }
    if next.window_failures >= FAILURES_PER_WINDOW {
        next.lock_count += 1;
        let until = now.plus_secs(lock_duration(next.lock_count));
        next.locked_until = Some(until);
        next.window_start = None;
        next.window_failures = 0;
        return (next, Some(NewLock::Until(until)));
    }
    (next, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(seconds: i64) -> Timestamp {
        Timestamp::from_unix(1_800_000_000 + seconds)
    }

    fn fail_n(mut state: ThrottleState, n: u32, at: Timestamp) -> (ThrottleState, Option<NewLock>) {
        let mut last = None;
        for _ in 0..n {
            let (next, lock) = record_failure(&state, at);
            state = next;
            last = lock;
        }
        (state, last)
    }

    #[test]
    fn four_failures_do_not_lock_and_the_fifth_locks_for_fifteen_minutes() {
        let (state, lock) = fail_n(ThrottleState::default(), 4, t(0));
        assert_eq!(lock, None);
        assert_eq!(access(&state, t(0)), Access::Open);
        let (state, lock) = record_failure(&state, t(10));
        assert_eq!(lock, Some(NewLock::Until(t(10 + 900))));
        assert_eq!(access(&state, t(10 + 899)), Access::LockedUntil(t(910)));
        assert_eq!(access(&state, t(10 + 900)), Access::Open);
    }

    #[test]
    fn failures_spread_beyond_the_window_do_not_lock() {
        let mut state = ThrottleState::default();
        for i in 0..20 {
            let (next, lock) = record_failure(&state, t(i * 400));
            assert_eq!(lock, None, "failure {i}");
            state = next;
        }
        assert_eq!(state.consecutive_failures, 20);
    }

    #[test]
    fn each_further_lock_doubles_up_to_a_day() {
        let expected = [900, 1800, 3600, 7200, 14400, 28800, 57600, 86400, 86400];
        let mut state = ThrottleState::default();
        let mut now = t(0);
        for (i, secs) in expected.iter().enumerate() {
            let (next, lock) = fail_n(state, 5, now);
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
    fn a_hundred_consecutive_failures_lock_until_a_moderator_unlocks() {
        let mut state = ThrottleState::default();
        let mut now = t(0);
        let mut hard = None;
        for i in 1..=100 {
            let (next, lock) = record_failure(&state, now);
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
}
