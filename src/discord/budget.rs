//! Discord's invalid-request budget: an IP that gets 10,000 answers of 401, 403 or 429 within ten
//! minutes is banned for a while, from every server at once. Keygate keeps well away from it, and
//! keeps one server from spending it for the others.
//!
//! - Refusals are counted over a sliding ten minutes ([`Budget::record`]): in all, and per server
//!   for calls the server's own setup decides (log posts, panels, role changes, member lookups,
//!   answers that fail through `answer_error`). A refused DM counts in all only: members, not the
//!   server, decide whether their DMs are open, and each member is tried once a day.
//! - A member whose DMs are closed gets no second DM attempt for a day ([`Budget::dms_closed`]):
//!   the guide goes straight to its in-channel fallback, reminders and notices are skipped.
//! - A log channel that answered 403 gets nothing for 15 minutes, or until `/gate setup` runs
//!   again ([`Budget::log_channel_refused`]); `/gate config` says so meanwhile.
//! - Past [`Limits::per_server`] refusals, that server's log posts, panels and grants pause
//!   (grants wait, they are not dropped); past [`Limits::total`], DMs, log posts, panels and grants
//!   pause everywhere. Removals are never held back. The operator is warned once each time.
//! - A role change refused with 60003 (the application's owner lacks 2FA) holds every role change
//!   in servers that require 2FA for moderation, without sending it, until a periodic look at the
//!   bot user's `mfa_enabled` finds it on ([`Budget::owner_lacks_2fa`]).
//!
//! All of it is in memory, one per process: a restart forgets, which costs at most one refused
//! request per member. Several processes behind one IP each keep their own count.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;

use crate::gate::GuildId;
use crate::guide::Locale;

/// Discord's window for counting invalid requests.
const WINDOW: Duration = Duration::from_secs(600);
/// How long a closed DM is believed without asking again.
const DMS_CLOSED_FOR: Duration = Duration::from_secs(24 * 60 * 60);
/// How long a log channel that refused is left alone (unless `/gate setup` tries it sooner).
pub const LOG_CHANNEL_REST: Duration = Duration::from_secs(15 * 60);
/// Members remembered with closed DMs, at most (the oldest are forgotten first).
const MAX_CLOSED: usize = 100_000;
/// Refusals remembered per count, at most: Discord's ban limit, so a count is exact up to it.
const MAX_COUNTED: usize = 10_000;

/// Refusals in a window past which calls pause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// For the whole process: a fifth of Discord's ban limit.
    pub total: usize,
    /// For one server: so that no server can spend the others' budget.
    pub per_server: usize,
    /// Discord's window, ten minutes (shorter in tests).
    pub window: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            total: 2_000,
            per_server: 100,
            window: WINDOW,
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
    warned_servers: HashSet<GuildId>,
    /// Since when role changes in servers that require 2FA are held (60003), and when the bot
    /// user's `mfa_enabled` was last looked at.
    owner_lacks_2fa: Option<Instant>,
    owner_checked: Option<Instant>,
    /// Each server's language (its community's preferred locale), for what Keygate posts and
    /// sends outside an interaction.
    locales: HashMap<GuildId, Locale>,
}

/// Whether Discord's answer counts against the budget: 401, 403 and 429.
pub fn counts(error: &serenity::Error) -> bool {
    matches!(error, serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e))
        if matches!(e.status_code.as_u16(), 401 | 403 | 429))
}

impl Budget {
    /// Remembers a server's language, from Discord's guild events and interactions.
    pub fn set_server_locale(&self, guild: GuildId, locale: Locale) {
        self.lock().locales.insert(guild, locale);
    }

    /// A server's language as last seen; English until Keygate has seen the server.
    pub fn server_locale(&self, guild: GuildId) -> Locale {
        self.lock()
            .locales
            .get(&guild)
            .copied()
            .unwrap_or(Locale::En)
    }

    pub fn new(limits: Limits) -> Self {
        Self {
            limits: Limits {
                total: limits.total.max(1),
                per_server: limits.per_server.max(1),
                window: limits.window,
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

    /// Counts `error` if it is a 401, 403 or 429: in all, and against `guild` when the server's
    /// own setup decided the call.
    pub fn record(&self, guild: Option<GuildId>, error: &serenity::Error) {
        if counts(error) {
            self.record_refusal(guild);
        }
    }

    /// Counts one refusal.
    pub fn record_refusal(&self, guild: Option<GuildId>) {
        crate::metrics::invalid_request();
        let now = Instant::now();
        let window = self.limits.window;
        let mut inner = self.lock();
        push(&mut inner.refusals, now, window);
        if let Some(guild) = guild {
            push(inner.by_server.entry(guild).or_default(), now, window);
        }
        inner.by_server.retain(|_, q| {
            prune(q, now, window);
            !q.is_empty()
        });
    }

    /// Refusals counted in the window, in all (exact up to Discord's 10,000).
    pub fn refusals(&self) -> usize {
        let mut inner = self.lock();
        prune(&mut inner.refusals, Instant::now(), self.limits.window);
        inner.refusals.len()
    }

    /// Whether refusal-prone calls for `guild` (with `None`: DMs, and calls for no server) must
    /// wait: more than [`Limits::total`] refusals in the window, or more than
    /// [`Limits::per_server`] for this server. Warns the operator once each time a limit is
    /// passed.
    pub fn paused(&self, guild: Option<GuildId>) -> bool {
        let total = self.total_paused();
        let server = guild.is_some_and(|g| self.server_paused(g));
        total || server
    }

    fn total_paused(&self) -> bool {
        let mut inner = self.lock();
        prune(&mut inner.refusals, Instant::now(), self.limits.window);
        let total = inner.refusals.len() > self.limits.total;
        if total && !inner.warned {
            tracing::warn!(
                "Discord refused more than {} of Keygate's requests (401/403/429) in the last 10 minutes; DMs, log-channel posts, panels and grants wait until that falls (Discord bans an IP for a while at 10,000)",
                self.limits.total
            );
        }
        inner.warned = total;
        total
    }

    fn server_paused(&self, guild: GuildId) -> bool {
        let now = Instant::now();
        let limits = self.limits;
        let mut inner = self.lock();
        let server = inner.by_server.get_mut(&guild).is_some_and(|q| {
            prune(q, now, limits.window);
            q.len() > limits.per_server
        });
        if server && inner.warned_servers.insert(guild) {
            tracing::warn!(
                %guild,
                "Discord refused more than {} of Keygate's requests for this server in the last 10 minutes (a log channel or panel channel Keygate may not post in, or roles it may not give); its log posts, panels and grants wait until that falls",
                limits.per_server
            );
        } else if !server {
            inner.warned_servers.remove(&guild);
        }
        server
    }

    /// Whether role changes in servers that require 2FA for moderation are held because Discord
    /// answered 60003: `None` when not; `Some(true)` when they are and it is time (every
    /// `check_every`) to look at the bot user's `mfa_enabled` again (report it with
    /// [`Budget::owner_2fa_seen`]); `Some(false)` when they are held and no look is due.
    pub fn owner_lacks_2fa(&self, check_every: Duration) -> Option<bool> {
        let mut inner = self.lock();
        inner.owner_lacks_2fa?;
        let due = inner
            .owner_checked
            .is_none_or(|at| at.elapsed() >= check_every);
        if due {
            inner.owner_checked = Some(Instant::now());
        }
        Some(due)
    }

    /// Discord answered 60003: hold role changes in servers that require 2FA. The operator is
    /// told the first time.
    pub fn owner_2fa_missing(&self) {
        let mut inner = self.lock();
        if inner.owner_lacks_2fa.is_none() {
            inner.owner_lacks_2fa = Some(Instant::now());
            inner.owner_checked = Some(Instant::now());
            tracing::error!(
                "Discord refused a role change with 60003: a server requires 2FA for moderation actions and the account that owns Keygate's application has not turned on 2FA. Role changes in such servers wait until the owner of the Keygate application turns on 2FA"
            );
        }
    }

    /// What a look at the bot user's `mfa_enabled` found.
    pub fn owner_2fa_seen(&self, enabled: bool) {
        if enabled && self.lock().owner_lacks_2fa.take().is_some() {
            tracing::info!(
                "the owner of the Keygate application has turned on 2FA; held role changes go ahead"
            );
        }
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

/// Counts a refusal; past Discord's ban limit the oldest gives way (the count stays exact up to
/// it, and the memory bounded).
fn push(queue: &mut VecDeque<Instant>, now: Instant, window: Duration) {
    prune(queue, now, window);
    if queue.len() >= MAX_COUNTED {
        queue.pop_front();
    }
    queue.push_back(now);
}

fn prune(refusals: &mut VecDeque<Instant>, now: Instant, window: Duration) {
    while refusals
        .front()
        .is_some_and(|at| now.duration_since(*at) >= window)
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

/// Sends `message` to `user` by DM, unless their DMs are known to be closed
/// or the budget is spent. A refusal is counted; one that says the member's DMs are closed
/// (50007) is remembered for a day.
pub async fn send_dm(
    http: &serenity::Http,
    budget: &Budget,
    user: serenity::UserId,
    message: serenity::CreateMessage,
) -> Dm {
    if budget.dms_closed(user) {
        return Dm::Closed;
    }
    if budget.paused(None) {
        return Dm::Paused;
    }
    let sent = match user.create_dm_channel(http).await {
        Ok(channel) => channel.id.send_message(http, message).await.map(drop),
        Err(error) => Err(error),
    };
    match sent {
        Ok(()) => Dm::Sent,
        Err(error) => {
            // Members decide whether their DMs are open: not counted against the server.
            budget.record(None, &error);
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

    fn limits(total: usize, per_server: usize) -> Limits {
        Limits {
            total,
            per_server,
            window: WINDOW,
        }
    }

    #[test]
    fn one_server_past_its_limit_pauses_itself_not_the_others() {
        let budget = Budget::new(limits(10, 3));
        for _ in 0..3 {
            budget.record_refusal(Some(SERVER));
        }
        assert!(!budget.paused(Some(SERVER)), "at the limit, not past it");
        budget.record_refusal(Some(SERVER));
        assert!(budget.paused(Some(SERVER)));
        assert!(!budget.paused(Some(OTHER)), "another server goes on");
        assert!(!budget.paused(None));
    }

    #[test]
    fn past_the_total_every_server_pauses_and_the_count_stays_exact() {
        let budget = Budget::new(limits(3, 100));
        for i in 0..4 {
            budget.record_refusal(Some(GuildId::new(10 + i)));
        }
        assert!(budget.paused(Some(OTHER)));
        assert!(budget.paused(None));
        // Refusals made while paused still count (the pause lifts only when they fall).
        for _ in 0..20_000 {
            budget.record_refusal(None);
        }
        assert_eq!(
            budget.refusals(),
            MAX_COUNTED,
            "exact up to Discord's limit"
        );
    }

    #[test]
    fn refusals_fall_out_of_the_window() {
        let budget = Budget::new(Limits {
            total: 1,
            per_server: 1,
            window: Duration::from_millis(50),
        });
        budget.record_refusal(Some(SERVER));
        budget.record_refusal(Some(SERVER));
        assert!(budget.paused(Some(SERVER)));
        std::thread::sleep(Duration::from_millis(80));
        assert!(!budget.paused(Some(SERVER)));
        assert_eq!(budget.refusals(), 0);
    }

    #[test]
    fn a_60003_holds_until_mfa_is_seen_on() {
        let budget = Budget::default();
        assert_eq!(budget.owner_lacks_2fa(Duration::ZERO), None);
        budget.owner_2fa_missing();
        assert_eq!(
            budget.owner_lacks_2fa(Duration::from_secs(60)),
            Some(false),
            "held, no look due yet"
        );
        assert_eq!(
            budget.owner_lacks_2fa(Duration::ZERO),
            Some(true),
            "a look due"
        );
        budget.owner_2fa_seen(false);
        assert!(budget.owner_lacks_2fa(Duration::ZERO).is_some());
        budget.owner_2fa_seen(true);
        assert_eq!(budget.owner_lacks_2fa(Duration::ZERO), None);
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
