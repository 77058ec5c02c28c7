//! Discord's invalid-request budget: an IP that gets 10,000 answers of 401, 403 or 429 within ten
//! minutes is banned for a while, from every server at once. Keygate keeps well away from it, and
//! keeps one server from spending it for the others.
//!
//! - Refusals are counted over a sliding ten minutes ([`Budget::record`]), in all and per server:
//!   of DMs, log posts, role changes, member lookups and panels, and of interaction answers that
//!   fail through `answer_error`.
//! - A member whose DMs are closed gets no second DM attempt for a day ([`Budget::dms_closed`]):
//!   the guide goes straight to its in-channel fallback, reminders and notices are skipped.
//! - A log channel that answered 403 gets nothing for 15 minutes, or until `/gate setup` runs
//!   again ([`Budget::log_channel_refused`]); `/gate config` says so meanwhile.
//! - Past [`Limits::per_server`] refusals in ten minutes, that server's refusal-prone calls (DMs,
//!   log posts, panels, role changes, which then wait) pause; past [`Limits::total`], DMs and log
//!   posts pause everywhere. The operator is warned once each time ([`Budget::paused`]).
//!
//! All of it is in memory, one per process: a restart forgets, which costs at most one refused
//! request per member. Several processes behind one IP each keep their own count.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;

use crate::gate::GuildId;

/// Discord's window for counting invalid requests.
const WINDOW: Duration = Duration::from_secs(600);
/// How long a closed DM is believed without asking again.
const DMS_CLOSED_FOR: Duration = Duration::from_secs(24 * 60 * 60);
/// How long a log channel that refused is left alone (unless `/gate setup` tries it sooner).
pub const LOG_CHANNEL_REST: Duration = Duration::from_secs(15 * 60);
/// Members remembered with closed DMs, at most (the oldest are forgotten first).
const MAX_CLOSED: usize = 100_000;

/// Refusals in ten minutes past which calls pause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// For the whole process: a fifth of Discord's ban limit.
    pub total: usize,
    /// For one server: so that no server can spend the others' budget.
    pub per_server: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            total: 2_000,
            per_server: 100,
        }
    }
}

/// The refusals counted, and what was learnt from them.
pub struct Budget {
    limits: Limits,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    refusals: VecDeque<Instant>,
    by_server: HashMap<GuildId, VecDeque<Instant>>,
    closed_dms: HashMap<serenity::UserId, Instant>,
    refused_logs: HashMap<serenity::ChannelId, Instant>,
    warned: bool,
    warned_servers: std::collections::HashSet<GuildId>,
}

/// Whether Discord's answer counts against the budget: 401, 403 and 429.
pub fn counts(error: &serenity::Error) -> bool {
    matches!(error, serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e))
        if matches!(e.status_code.as_u16(), 401 | 403 | 429))
}

impl Budget {
    pub fn new(limits: Limits) -> Self {
        Self {
            limits: Limits {
                total: limits.total.max(1),
                per_server: limits.per_server.max(1),
            },
            inner: Mutex::new(Inner::default()),
        }
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Counts `error`, made on behalf of `guild` (if any), if it is a 401, 403 or 429.
    pub fn record(&self, guild: Option<GuildId>, error: &serenity::Error) {
        if counts(error) {
            self.record_refusal(guild);
        }
    }

    /// Counts one refusal.
    pub fn record_refusal(&self, guild: Option<GuildId>) {
        let now = Instant::now();
        let limits = self.limits;
        let mut inner = self.lock();
        // Past a limit only "more than the limit" matters: the queues stay bounded.
        push(&mut inner.refusals, now, limits.total);
        if let Some(guild) = guild {
            push(
                inner.by_server.entry(guild).or_default(),
                now,
                limits.per_server,
            );
        }
        inner.by_server.retain(|_, q| {
            prune(q, now);
            !q.is_empty()
        });
    }

    /// Refusals counted in the last ten minutes, in all (at most one past the limit).
    pub fn refusals(&self) -> usize {
        let mut inner = self.lock();
        prune(&mut inner.refusals, Instant::now());
        inner.refusals.len()
    }

    /// Whether refusal-prone calls for `guild` (or, with `None`, calls for no server) must wait:
    /// more than [`Limits::total`] refusals in ten minutes, or more than [`Limits::per_server`]
    /// for this server. Warns the operator once each time a budget runs out.
    pub fn paused(&self, guild: Option<GuildId>) -> bool {
        let total = self.total_paused();
        match guild {
            Some(guild) => self.server_paused(guild) || total,
            None => total,
        }
    }

    /// More than [`Limits::total`] refusals in ten minutes, from all servers together.
    fn total_paused(&self) -> bool {
        let mut inner = self.lock();
        prune(&mut inner.refusals, Instant::now());
        let total = inner.refusals.len() > self.limits.total;
        if total && !inner.warned {
            tracing::warn!(
                "Discord refused more than {} of Keygate's requests (401/403/429) in the last 10 minutes; DMs and log-channel posts are paused until that falls (Discord bans an IP for a while at 10,000)",
                self.limits.total
            );
        }
        inner.warned = total;
        total
    }

    /// More than [`Limits::per_server`] refusals in ten minutes for `guild`: its role changes wait
    /// too (they do not wait for the total, which other servers spend).
    pub fn server_paused(&self, guild: GuildId) -> bool {
        let now = Instant::now();
        let limits = self.limits;
        let mut inner = self.lock();
        let server = inner.by_server.get_mut(&guild).is_some_and(|q| {
            prune(q, now);
            q.len() > limits.per_server
        });
        if server && inner.warned_servers.insert(guild) {
            tracing::warn!(
                %guild,
                "Discord refused more than {} of Keygate's requests for this server in the last 10 minutes (a log channel or panel channel Keygate may not post in, or roles it may not give); its DMs, log posts, panels and role changes wait until that falls",
                limits.per_server
            );
        } else if !server {
            inner.warned_servers.remove(&guild);
        }
        server
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

    /// When `channel` refused a log post, if it did in the last 15 minutes (and `/gate setup` has
    /// not tried it since).
    pub fn log_channel_refused(&self, channel: serenity::ChannelId) -> Option<Instant> {
        let mut inner = self.lock();
        let at = *inner.refused_logs.get(&channel)?;
        if at.elapsed() >= LOG_CHANNEL_REST {
            inner.refused_logs.remove(&channel);
            return None;
        }
        Some(at)
    }

    pub fn refuse_log_channel(&self, channel: serenity::ChannelId) {
        self.lock().refused_logs.insert(channel, Instant::now());
    }

    /// `/gate setup` is about to try the channel again.
    pub fn retry_log_channel(&self, channel: serenity::ChannelId) {
        self.lock().refused_logs.remove(&channel);
    }
}

impl Default for Budget {
    fn default() -> Self {
        Self::new(Limits::default())
    }
}

fn push(queue: &mut VecDeque<Instant>, now: Instant, limit: usize) {
    prune(queue, now);
    if queue.len() <= limit {
        queue.push_back(now);
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

/// True when Discord refused a DM (403): the member does not accept DMs from us (code 50007), or
/// Discord refuses this bot DMs for now.
pub fn dms_refused(error: &serenity::Error) -> bool {
    matches!(error, serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e))
        if e.error.code == DMS_CLOSED || e.status_code.as_u16() == 403)
}

/// "Cannot send messages to this user".
const DMS_CLOSED: isize = 50007;

/// Sends `message` to `user` by DM on behalf of `guild`, unless their DMs are known to be closed
/// or the budget is spent. A refusal is counted; one that says the member's DMs are closed
/// (50007) is remembered for a day.
pub async fn send_dm(
    http: &serenity::Http,
    budget: &Budget,
    guild: Option<GuildId>,
    user: serenity::UserId,
    message: serenity::CreateMessage,
) -> Dm {
    if budget.dms_closed(user) {
        return Dm::Closed;
    }
    if budget.paused(guild) {
        return Dm::Paused;
    }
    let sent = match user.create_dm_channel(http).await {
        Ok(channel) => channel.id.send_message(http, message).await.map(drop),
        Err(error) => Err(error),
    };
    match sent {
        Ok(()) => Dm::Sent,
        Err(error) => {
            budget.record(guild, &error);
            if !dms_refused(&error) {
                return Dm::Failed(error);
            }
            let closed = matches!(&error, serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e))
                if e.error.code == DMS_CLOSED);
            if closed {
                budget.remember_dms_closed(user);
            }
            Dm::Closed
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SERVER: GuildId = GuildId::new(1);
    const OTHER: GuildId = GuildId::new(2);

    #[test]
    fn one_server_past_its_limit_pauses_itself_not_the_others() {
        let budget = Budget::new(Limits {
            total: 10,
            per_server: 3,
        });
        for _ in 0..3 {
            budget.record_refusal(Some(SERVER));
        }
        assert!(!budget.paused(Some(SERVER)), "at the limit, not past it");
        budget.record_refusal(Some(SERVER));
        assert!(budget.paused(Some(SERVER)));
        assert!(!budget.paused(Some(OTHER)), "another server goes on");
        assert!(!budget.paused(None));
        for _ in 0..1000 {
            budget.record_refusal(Some(SERVER));
        }
        assert_eq!(budget.refusals(), 11, "bounded at one past the limit");
        assert!(
            budget.paused(Some(OTHER)),
            "and past the total, everyone waits"
        );
    }

    #[test]
    fn past_the_total_every_server_pauses() {
        let budget = Budget::new(Limits {
            total: 3,
            per_server: 100,
        });
        for i in 0..4 {
            budget.record_refusal(Some(GuildId::new(10 + i)));
        }
        assert!(budget.paused(Some(OTHER)));
        assert!(budget.paused(None));
    }

    #[test]
    fn closed_dms_and_refused_log_channels_are_remembered() {
        let budget = Budget::default();
        let user = serenity::UserId::new(7);
        assert!(!budget.dms_closed(user));
        budget.remember_dms_closed(user);
        assert!(budget.dms_closed(user));
        let channel = serenity::ChannelId::new(9);
        budget.refuse_log_channel(channel);
        assert!(budget.log_channel_refused(channel).is_some());
        budget.retry_log_channel(channel);
        assert!(budget.log_channel_refused(channel).is_none());
    }
}
