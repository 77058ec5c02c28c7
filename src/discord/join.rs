//! Welcoming new members with the 2FA guide by DM (`guide_on_join`), raid-safe.
//!
//! Joins go through one queue. Per server, at most [`JoinPacing::per_window`] DMs are sent per
//! window (a minute in production; counted in the database, so the cap holds across restarts and
//! processes); joins beyond that are skipped, not queued, so a raid of
//! thousands of accounts never turns into thousands of DMs (which Discord would punish). Bots are
//! skipped, a member gets the DM at most once in 30 days (claimed in the database, so it holds
//! across restarts and processes), and the log channel gets one summary per window, not a line per
//! member.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use poise::serenity_prelude as serenity;
use tokio::sync::mpsc;

use super::AppGate;
use super::budget::{Budget, Dm};
use super::log::Poster;
use super::log_lines::{JoinTally, LogLine};
use crate::gate::{GuildId, Member, Timestamp, UserId};
use crate::guide::{Key, Locale, fill};

/// How fast welcome DMs may go out. Windows are measured on the gate's clock, so tests move time
/// instead of waiting for it.
#[derive(Debug, Clone, Copy)]
pub struct JoinPacing {
    /// Seconds a server's window lasts.
    pub window_secs: i64,
    pub per_window: u32,
    /// How often the worker looks for windows that have closed.
    pub tick: Duration,
}

impl Default for JoinPacing {
    fn default() -> Self {
        Self {
            window_secs: 60,
            per_window: 10,
            tick: Duration::from_secs(1),
        }
    }
}

/// A member who just joined.
#[derive(Debug, Clone)]
pub struct Joined {
    pub guild: GuildId,
    pub user: serenity::UserId,
    pub bot: bool,
    pub server_name: String,
    pub locale: Locale,
}

/// Hands joins to the worker without blocking the event handler.
#[derive(Clone)]
pub struct JoinQueue(mpsc::Sender<Joined>);

impl JoinQueue {
    /// Queues a join; when the queue itself is full (a huge raid), the join is dropped.
    pub fn push(&self, joined: Joined) {
        if self.0.try_send(joined).is_err() {
            tracing::warn!("welcome queue full: a join was skipped");
        }
    }
}

/// Starts the worker; it stops when every queue handle is dropped.
pub fn start(
    gate: Arc<AppGate>,
    http: Arc<serenity::Http>,
    budget: Arc<Budget>,
    pacing: JoinPacing,
) -> JoinQueue {
    let (tx, rx) = mpsc::channel(4096);
    tokio::spawn(run(gate, http, budget, pacing, rx));
    JoinQueue(tx)
}

async fn run(
    gate: Arc<AppGate>,
    http: Arc<serenity::Http>,
    budget: Arc<Budget>,
    pacing: JoinPacing,
    mut rx: mpsc::Receiver<Joined>,
) {
    let poster = Poster {
        gate: &gate,
        http: &http,
        budget: &budget,
    };
    // A server's window opens with its first join after a quiet spell and closes `window_secs`
    // later, with one summary; so a raid of any size gets `per_window` DMs per window and one log
    // line.
    let mut windows: HashMap<GuildId, (Timestamp, JoinTally)> = HashMap::new();
    let mut tick = tokio::time::interval(pacing.tick);
    loop {
        tokio::select! {
            // Joins first: a window closes only once the joins that arrived in it are counted.
            biased;
            joined = rx.recv() => {
                let Some(joined) = joined else { break };
                let now = gate.now();
                let (opened, tally) = windows.entry(joined.guild).or_insert_with(|| (now, JoinTally::default()));
                welcome(&gate, &http, &budget, pacing, &joined, *opened, tally).await;
            }
            _ = tick.tick() => {
                let now = gate.now();
                let closed: Vec<GuildId> = windows
                    .iter()
                    .filter(|(_, (opened, _))| opened.plus_secs(pacing.window_secs) <= now)
                    .map(|(g, _)| *g)
                    .collect();
                for guild in closed {
                    if let Some((_, tally)) = windows.remove(&guild) {
                        summarize(poster, guild, tally, pacing).await;
                    }
                }
            }
        }
    }
    for (guild, (_, tally)) in windows.drain() {
        summarize(poster, guild, tally, pacing).await;
    }
}

async fn welcome(
    gate: &AppGate,
    http: &serenity::Http,
    budget: &Budget,
    pacing: JoinPacing,
    joined: &Joined,
    opened: Timestamp,
    tally: &mut JoinTally,
) {
    match gate.config(joined.guild).await {
        Ok(config) if config.guide_on_join => {}
        Ok(_) => return,
        Err(error) => {
            tracing::warn!(guild = %joined.guild, error = %super::error::chain(&error), "could not read guide_on_join; skipping a welcome");
            return;
        }
    }
    if joined.bot {
        tally.bots += 1;
        return;
    }
    // The server's share first (claimed in the database, so the cap holds whichever process
    // serves the server and across restarts), then the member's own once-a-month.
    match gate
        .claim_join_dm(joined.guild, opened, pacing.window_secs, pacing.per_window)
        .await
    {
        Ok(true) => {}
        Ok(false) => {
            tally.capped += 1;
            return;
        }
        Err(error) => {
            tracing::warn!(guild = %joined.guild, error = %super::error::chain(&error), "could not claim a welcome DM; skipping it");
            return;
        }
    }
    match gate
        .claim_guide_dm(Member::new(joined.guild, UserId::new(joined.user.get())))
        .await
    {
        Ok(true) => {}
        Ok(false) => {
            tally.recent += 1;
            return;
        }
        Err(error) => {
            tracing::warn!(guild = %joined.guild, error = %super::error::chain(&error), "could not record a welcome DM; skipping it");
            return;
        }
    }
    let intro = fill(
        joined.locale,
        Key::JoinDm,
        &[("server", &joined.server_name)],
    );
    match super::guide::send_dm(http, budget, joined.user, joined.locale, Some(&intro)).await {
        Dm::Sent => tally.sent += 1,
        Dm::Closed => tally.closed += 1,
        Dm::Paused => tally.capped += 1,
        Dm::Failed(error) => {
            tracing::warn!(guild = %joined.guild, error = %super::describe(&error), "welcome DM failed")
        }
    }
}

async fn summarize(poster: Poster<'_>, guild: GuildId, tally: JoinTally, pacing: JoinPacing) {
    if tally.is_empty() {
        return;
    }
    let line = LogLine::GuideOnJoin {
        tally,
        per_window: pacing.per_window,
        window_secs: pacing.window_secs,
    };
    super::log::post(poster, guild, &line).await;
}
