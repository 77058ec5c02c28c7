//! Discord's invalid-request budget: an IP that gets 10,000 answers of 401, 403 or 429 within ten
//! minutes is banned for a while, from every server at once. Keygate keeps well away from it.
//!
//! - Every refusal Keygate receives is counted over a sliding ten minutes ([`Budget::record`]).
//! - A member whose DMs are closed gets no second DM attempt for a day ([`Budget::dms_closed`]):
//!   the guide goes straight to its in-channel fallback, reminders and notices are skipped.
//! - A log channel that answered 403 gets nothing more until `/gate setup` runs again
//!   ([`Budget::log_channel_refused`]).
//! - Past [`Budget::limit`] refusals in ten minutes, non-essential calls (DMs, log posts) pause,
//!   and the operator is warned once per episode ([`Budget::paused`]). Answers to members and role
//!   changes go on: they are the product.
//!
//! All of it is in memory: a restart forgets, which costs at most one refused request per member.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;

/// Discord's window for counting invalid requests.
const WINDOW: Duration = Duration::from_secs(600);
/// How long a closed DM is believed without asking again.
const DMS_CLOSED_FOR: Duration = Duration::from_secs(24 * 60 * 60);
/// Members remembered with closed DMs, at most (the oldest are forgotten first).
const MAX_CLOSED: usize = 100_000;
/// The default pause threshold: a fifth of Discord's ban limit.
pub const DEFAULT_LIMIT: usize = 2_000;

/// The refusals counted, and what was learnt from them.
pub struct Budget {
    limit: usize,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    refusals: VecDeque<Instant>,
    closed_dms: HashMap<serenity::UserId, Instant>,
    refused_logs: HashSet<serenity::ChannelId>,
    warned: bool,
}

/// Whether Discord's answer counts against the budget: 401, 403 and 429.
pub fn counts(error: &serenity::Error) -> bool {
    matches!(error, serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e))
        if matches!(e.status_code.as_u16(), 401 | 403 | 429))
}

impl Budget {
    /// A budget that pauses non-essential calls after `limit` refusals in ten minutes.
    pub fn new(limit: usize) -> Self {
        Self {
            limit: limit.max(1),
            inner: Mutex::new(Inner::default()),
        }
    }

    pub fn limit(&self) -> usize {
        self.limit
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Counts `error` if it is a 401, 403 or 429.
    pub fn record(&self, error: &serenity::Error) {
        if counts(error) {
            self.record_refusal();
        }
    }

    /// Counts one refusal.
    pub fn record_refusal(&self) {
        let now = Instant::now();
        let mut inner = self.lock();
        prune(&mut inner.refusals, now);
        // Past the limit only "more than the limit" matters: the queue stays bounded.
        if inner.refusals.len() <= self.limit {
            inner.refusals.push_back(now);
        }
    }

    /// Refusals counted in the last ten minutes (at most one past the limit).
    pub fn refusals(&self) -> usize {
        let mut inner = self.lock();
        prune(&mut inner.refusals, Instant::now());
        inner.refusals.len()
    }

    /// Whether non-essential calls must wait: more than [`Budget::limit`] refusals in ten
    /// minutes. Warns the operator once each time the budget runs out.
    pub fn paused(&self) -> bool {
        let mut inner = self.lock();
        prune(&mut inner.refusals, Instant::now());
        let paused = inner.refusals.len() > self.limit;
        if paused && !inner.warned {
            tracing::warn!(
                limit = self.limit,
                "Discord refused more than {} requests (401/403/429) in the last 10 minutes; DMs and log-channel posts are paused until that falls (Discord bans an IP for a while at 10,000)",
                self.limit
            );
        }
        inner.warned = paused;
        paused
    }

    /// Whether `user`'s DMs were found closed in the last day.
    pub fn dms_closed(&self, user: serenity::UserId) -> bool {
        let inner = self.lock();
        inner
            .closed_dms
            .get(&user)
            .is_some_and(|at| at.elapsed() < DMS_CLOSED_FOR)
    }

    /// Remembers that `user`'s DMs are closed (Discord just refused one).
    pub fn remember_dms_closed(&self, user: serenity::UserId) {
        let now = Instant::now();
        let mut inner = self.lock();
        if inner.closed_dms.len() >= MAX_CLOSED {
            inner
                .closed_dms
                .retain(|_, at| now.duration_since(*at) < DMS_CLOSED_FOR);
            if inner.closed_dms.len() >= MAX_CLOSED
                && let Some(oldest) = inner
                    .closed_dms
                    .iter()
                    .min_by_key(|(_, at)| **at)
                    .map(|(u, _)| *u)
            {
                inner.closed_dms.remove(&oldest);
            }
        }
        inner.closed_dms.insert(user, now);
    }

    /// Forgets a closed DM: the member reached us by DM, or opened them.
    pub fn forget_dms_closed(&self, user: serenity::UserId) {
        self.lock().closed_dms.remove(&user);
    }

    /// Whether `channel` refused a log post (until `/gate setup` tries it again).
    pub fn log_channel_refused(&self, channel: serenity::ChannelId) -> bool {
        self.lock().refused_logs.contains(&channel)
    }

    pub fn refuse_log_channel(&self, channel: serenity::ChannelId) {
        self.lock().refused_logs.insert(channel);
    }

    /// `/gate setup` is about to try the channel again.
    pub fn retry_log_channel(&self, channel: serenity::ChannelId) {
        self.lock().refused_logs.remove(&channel);
    }
}

/// What became of a DM.
#[derive(Debug)]
pub enum Dm {
    Sent,
    /// The member does not accept DMs from us: Discord said so now, or in the last day (then no
    /// request was made).
    Closed,
    /// Not tried: the budget is spent.
    Paused,
    Failed(serenity::Error),
}

/// True when Discord refused a DM because the member does not accept them (403, code 50007).
pub fn dms_refused(error: &serenity::Error) -> bool {
    matches!(error, serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e))
        if e.error.code == 50007 || e.status_code.as_u16() == 403)
}

/// Sends `message` to `user` by DM, unless their DMs are known to be closed or the budget is
/// spent. A refusal is counted and remembered for a day.
pub async fn send_dm(
    http: &serenity::Http,
    budget: &Budget,
    user: serenity::UserId,
    message: serenity::CreateMessage,
) -> Dm {
    if budget.dms_closed(user) {
        return Dm::Closed;
    }
    if budget.paused() {
        return Dm::Paused;
    }
    let sent = match user.create_dm_channel(http).await {
        Ok(channel) => channel.id.send_message(http, message).await.map(drop),
        Err(error) => Err(error),
    };
    match sent {
        Ok(()) => Dm::Sent,
        Err(error) => {
            budget.record(&error);
            if dms_refused(&error) {
                budget.remember_dms_closed(user);
                Dm::Closed
            } else {
                Dm::Failed(error)
            }
        }
    }
}

impl Default for Budget {
    fn default() -> Self {
        Self::new(DEFAULT_LIMIT)
    }
}

fn prune(refusals: &mut VecDeque<Instant>, now: Instant) {
    while refusals
        .front()
        .is_some_and(|at| now.duration_since(*at) >= WINDOW)
    {
        refusals.pop_front();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_the_limit_non_essential_calls_pause_and_the_queue_stays_bounded() {
        let budget = Budget::new(3);
        for _ in 0..3 {
            budget.record_refusal();
        }
        assert!(!budget.paused(), "at the limit, not past it");
        for _ in 0..1000 {
            budget.record_refusal();
        }
        assert!(budget.paused());
        assert_eq!(budget.refusals(), 4, "bounded at one past the limit");
    }

    #[test]
    fn closed_dms_and_refused_log_channels_are_remembered_until_cleared() {
        let budget = Budget::default();
        let user = serenity::UserId::new(7);
        assert!(!budget.dms_closed(user));
        budget.remember_dms_closed(user);
        assert!(budget.dms_closed(user));
        budget.forget_dms_closed(user);
        assert!(!budget.dms_closed(user));
        let channel = serenity::ChannelId::new(9);
        budget.refuse_log_channel(channel);
        assert!(budget.log_channel_refused(channel));
        budget.retry_log_channel(channel);
        assert!(!budget.log_channel_refused(channel));
    }
}
