//! Re-verification (`reverify_every`): a reminder DM before a permanent role lapses, then its
//! removal, raid-safe.
//!
//! Every pass (a minute apart in production, on the gate's clock) takes what is due, at most
//! [`SweepPacing::per_server`] reminders and as many removals per server, oldest first; the rest
//! waits for the next pass. Each reminder and each lapse is claimed in the database first, so it
//! happens once whichever process claims it. A server's log channel gets one summary per pass,
//! not a line per member. The reminder is plain text without a link: it says where to run
//! `/verify`, so it cannot be mistaken for (or copied into) a phishing message.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use poise::serenity_prelude as serenity;

use super::AppGate;
use super::log_lines::{LogLine, ReverifyTally};
use super::worker::WorkerHandle;
use crate::gate::repository::Due;
use crate::gate::{GuildId, Timestamp};
use crate::guide::messages::when;
use crate::guide::{Key, Locale, fill};

/// How fast reminders and removals go out.
#[derive(Debug, Clone, Copy)]
pub struct SweepPacing {
    /// Seconds between passes, on the gate's clock.
    pub every_secs: i64,
    /// Reminders (and, separately, removals) per server per pass.
    pub per_server: u32,
    /// How often the task looks at the clock.
    pub tick: Duration,
}

impl Default for SweepPacing {
    fn default() -> Self {
        Self {
            every_secs: 60,
            per_server: 10,
            tick: Duration::from_secs(5),
        }
    }
}

/// How many due rows one pass reads at most, across servers.
const READ_LIMIT: u32 = 500;

/// Starts the sweep; it stops with `shutdown`.
pub fn start(
    gate: Arc<AppGate>,
    http: Arc<serenity::Http>,
    cache: Arc<serenity::Cache>,
    worker: WorkerHandle,
    pacing: SweepPacing,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let sweep = Sweep {
            gate,
            http,
            cache,
            worker,
            pacing,
        };
        let mut last: Option<Timestamp> = None;
        let mut tick = tokio::time::interval(pacing.tick);
        loop {
            tokio::select! {
                _ = tick.tick() => {}
                _ = shutdown.changed() => return,
            }
            let now = sweep.gate.now();
            if last.is_some_and(|at| now < at.plus_secs(pacing.every_secs)) {
                continue;
            }
            last = Some(now);
            sweep.pass().await;
        }
    })
}

struct Sweep {
    gate: Arc<AppGate>,
    http: Arc<serenity::Http>,
    cache: Arc<serenity::Cache>,
    worker: WorkerHandle,
    pacing: SweepPacing,
}

/// At most `per_server` of each server's rows, oldest first.
fn paced(due: Vec<Due>, per_server: u32) -> Vec<Due> {
    let mut taken: HashMap<GuildId, u32> = HashMap::new();
    due.into_iter()
        .filter(|d| {
            let n = taken.entry(d.member.guild).or_default();
            *n += 1;
            *n <= per_server
        })
        .collect()
}

impl Sweep {
    async fn pass(&self) {
        let mut tallies: HashMap<GuildId, ReverifyTally> = HashMap::new();
        match self.gate.due_reminders(READ_LIMIT).await {
            Ok(due) => {
                for due in paced(due, self.pacing.per_server) {
                    self.remind(&due, tallies.entry(due.member.guild).or_default())
                        .await;
                }
            }
            Err(error) => {
                tracing::warn!(error = %super::error::chain(&error), "could not read due re-verification reminders")
            }
        }
        match self.gate.due_lapses(READ_LIMIT).await {
            Ok(due) => {
                for due in paced(due, self.pacing.per_server) {
                    match self.gate.lapse(&due).await {
                        Ok(true) => tallies.entry(due.member.guild).or_default().removed += 1,
                        Ok(false) => {}
                        Err(error) => {
                            tracing::warn!(guild = %due.member.guild, error = %super::error::chain(&error), "could not remove a lapsed role")
                        }
                    }
                }
            }
            Err(error) => {
                tracing::warn!(error = %super::error::chain(&error), "could not read lapsed roles")
            }
        }
        if tallies.values().any(|t| t.removed > 0) {
            self.worker.wake();
        }
        for (guild, tally) in tallies {
            if !tally.is_empty() {
                let line = LogLine::Reverification { tally };
                super::log::post(&self.gate, &self.http, guild, &line).await;
            }
        }
    }

    async fn remind(&self, due: &Due, tally: &mut ReverifyTally) {
        match self.gate.claim_reminder(due).await {
            Ok(true) => {}
            Ok(false) => return,
            Err(error) => {
                tracing::warn!(guild = %due.member.guild, error = %super::error::chain(&error), "could not claim a reminder");
                return;
            }
        }
        let guild = serenity::GuildId::new(due.member.guild.get());
        let (server, role, locale) = self
            .cache
            .guild(guild)
            .map(|g| {
                let role = g
                    .roles
                    .get(&serenity::RoleId::new(due.role.get()))
                    .map(|r| r.name.clone());
                (
                    g.name.clone(),
                    role,
                    Locale::from_discord(&g.preferred_locale),
                )
            })
            .unwrap_or_else(|| ("a Discord server".into(), None, Locale::En));
        // A DM is outside the server, where a role mention does not render: the role's name.
        let role = role.unwrap_or_else(|| format!("role {}", due.role));
        let text = fill(
            locale,
            Key::ReverifyReminderDm,
            &[
                ("server", &server),
                ("role", &role),
                ("when", &when(due.lapses_at)),
            ],
        );
        let message = serenity::CreateMessage::new()
            .content(text)
            .allowed_mentions(super::respond::no_mentions());
        let user = serenity::UserId::new(due.member.user.get());
        let sent = match user.create_dm_channel(&self.http).await {
            Ok(channel) => channel.id.send_message(&self.http, message).await.map(drop),
            Err(error) => Err(error),
        };
        match sent {
            Ok(()) => tally.reminded += 1,
            Err(error) if super::guide::dms_closed(&error) => tally.closed += 1,
            Err(error) => {
                tracing::warn!(guild = %due.member.guild, error = %super::describe(&error), "re-verification reminder failed")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gate::{Member, RoleId, UserId};

    #[test]
    fn a_pass_takes_at_most_its_share_of_each_server() {
        let due = |guild: u64, user: u64| Due {
            member: Member::new(GuildId::new(guild), UserId::new(user)),
            role: RoleId::new(9),
            lapses_at: Timestamp::from_unix(user as i64),
        };
        // A raid in server 1 (25 due), two in server 2: server 2 is not starved.
        let mut rows: Vec<Due> = (0..25).map(|u| due(1, u)).collect();
        rows.insert(3, due(2, 100));
        rows.push(due(2, 101));
        let taken = paced(rows, 10);
        let first: Vec<u64> = taken
            .iter()
            .filter(|d| d.member.guild.get() == 1)
            .map(|d| d.member.user.get())
            .collect();
        assert_eq!(first, (0..10).collect::<Vec<_>>(), "the oldest ten");
        assert_eq!(
            taken.iter().filter(|d| d.member.guild.get() == 2).count(),
            2
        );
    }
}
