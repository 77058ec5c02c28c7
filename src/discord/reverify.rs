//! Re-verification (`reverify_every`): a reminder DM before a permanent role lapses, then its
//! removal, raid-safe.
//!
//! Every pass (a minute apart in production, on the gate's clock) takes what is due, at most
//! [`SweepPacing::per_server`] reminders and as many removals per server, oldest first (chosen in
//! the database, so one server's backlog never holds up another's); the rest waits for the next
//! pass. Each reminder and each lapse is claimed in the database first, so it happens once
//! whichever process claims it. A member gets one DM per pass, whatever the number of their roles
//! due, and only while they are still in the server. A server's log channel gets one summary per
//! pass, not a line per member. The reminder is plain text without a link: it says where to run
//! `/verify`, and shows the server's and roles' names as code, so a name cannot carry a link.

use super::budget::{Budget, Dm};
use super::log::Poster;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Duration;

use poise::serenity_prelude as serenity;

use super::AppGate;
use super::log_lines::{LogLine, ReverifyTally};
use super::worker::WorkerHandle;
use crate::gate::repository::{Due, ShardSpan};
use crate::gate::{GuildId, Member, Timestamp};
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

impl SweepPacing {
    /// Runs `pass` every [`Self::every_secs`] on `gate`'s clock (looking every [`Self::tick`])
    /// until `shutdown`.
    pub(super) async fn run<F: std::future::Future<Output = ()>>(
        self,
        gate: &AppGate,
        shutdown: &mut tokio::sync::watch::Receiver<bool>,
        mut pass: impl FnMut() -> F,
    ) {
        let mut last: Option<Timestamp> = None;
        let mut tick = tokio::time::interval(self.tick);
        loop {
            tokio::select! {
                _ = tick.tick() => {}
                _ = shutdown.changed() => return,
            }
            let now = gate.now();
            if last.is_some_and(|at| now < at.plus_secs(self.every_secs)) {
                continue;
            }
            last = Some(now);
            pass().await;
        }
    }
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

/// Starts the sweep; it stops with `shutdown`.
#[allow(clippy::too_many_arguments)]
pub fn start(
    gate: Arc<AppGate>,
    http: Arc<serenity::Http>,
    cache: Arc<serenity::Cache>,
    budget: Arc<Budget>,
    shards: ShardSpan,
    worker: WorkerHandle,
    pacing: SweepPacing,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let sweep = Sweep {
            gate,
            http,
            cache,
            budget,
            shards,
            worker,
            pacing,
        };
        let sweep = &sweep;
        pacing
            .run(&sweep.gate, &mut shutdown, || sweep.pass())
            .await;
    })
}

struct Sweep {
    gate: Arc<AppGate>,
    http: Arc<serenity::Http>,
    cache: Arc<serenity::Cache>,
    budget: Arc<Budget>,
    /// The shards this process runs: it reminds the members of their servers only (it knows their
    /// names and roles), and leaves the others' to the processes that run them.
    shards: ShardSpan,
    worker: WorkerHandle,
    pacing: SweepPacing,
}

/// Discord answered the DM with a 4xx (a 403, closed DMs, is `Dm::Closed` already): not delivered.
fn surely_not_sent(error: &serenity::Error) -> bool {
    matches!(error, serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e))
        if e.status_code.is_client_error())
}

/// A name the server chose, shown as inline code (where no link or markdown renders).
pub(super) fn as_code(name: &str) -> String {
    let plain: String = name
        .chars()
        .filter(|c| *c != '`' && !c.is_control())
        .take(100)
        .collect();
    format!("`{plain}`")
}

impl Sweep {
    async fn pass(&self) {
        let mut tallies: HashMap<GuildId, ReverifyTally> = HashMap::new();
        match self
            .gate
            .due_reminders(self.pacing.per_server, self.shards)
            .await
        {
            Ok(due) => {
                // One DM per member, for all their roles due.
                let mut by_member: BTreeMap<Member, Vec<Due>> = BTreeMap::new();
                for d in due {
                    by_member.entry(d.member).or_default().push(d);
                }
                for (member, due) in by_member {
                    let tally = tallies.entry(member.guild).or_default();
                    self.remind(member, &due, tally).await;
                }
            }
            Err(error) => {
                tracing::warn!(error = %super::error::chain(&error), "could not read due re-verification reminders")
            }
        }
        match self.gate.due_lapses(self.pacing.per_server).await {
            Ok(due) => {
                for due in due {
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
                let poster = Poster {
                    gate: &self.gate,
                    http: &self.http,
                    budget: &self.budget,
                };
                super::log::post(poster, guild, &line).await;
            }
        }
    }

    /// One member's reminders: claimed, then one DM for all of them (if they are still here).
    async fn remind(&self, member: Member, due: &[Due], tally: &mut ReverifyTally) {
        debug_assert!(
            self.shards.owns(member.guild),
            "chosen by shard in the query"
        );
        // Calls to this server (or all DMs) are paused after refusals: left for a later pass,
        // unclaimed, so a pause costs Discord no lookups.
        if self.budget.paused(Some(member.guild)) {
            return;
        }
        let mut claimed = Vec::new();
        for d in due {
            match self.gate.claim_reminder(d).await {
                Ok(true) => claimed.push(*d),
                Ok(false) => {}
                Err(error) => {
                    tracing::warn!(guild = %member.guild, error = %super::error::chain(&error), "could not claim a reminder")
                }
            }
        }
        let Some(first) = claimed.iter().map(|d| d.lapses_at).min() else {
            return;
        };
        let guild = serenity::GuildId::new(member.guild.get());
        let user = serenity::UserId::new(member.user.get());
        // Someone who left gets no DM, and their roles are forgotten (Discord dropped them).
        match self.http.get_member(guild, user).await {
            Ok(_) => {}
            Err(serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e)))
                if e.status_code.as_u16() == 404 =>
            {
                if let Err(error) = self.gate.forget_member(member).await {
                    tracing::warn!(guild = %member.guild, error = %super::error::chain(&error), "could not forget a member who left");
                }
                tally.left += 1;
                return;
            }
            Err(error) => {
                self.budget.record(Some(member.guild), &error);
                tracing::warn!(guild = %member.guild, error = %super::describe(&error), "could not check a member before reminding them; trying again next pass");
                self.release(member, &claimed).await;
                return;
            }
        }
        let (server, names, locale) = self
            .cache
            .guild(guild)
            .map(|g| {
                let names: Vec<Option<String>> = claimed
                    .iter()
                    .map(|d| {
                        g.roles
                            .get(&serenity::RoleId::new(d.role.get()))
                            .map(|r| r.name.clone())
                    })
                    .collect();
                (
                    g.name.clone(),
                    names,
                    Locale::from_discord(&g.preferred_locale),
                )
            })
            .unwrap_or_else(|| {
                (
                    "a Discord server".into(),
                    vec![None; claimed.len()],
                    Locale::En,
                )
            });
        // A DM is outside the server, where a role mention does not render: the role's name.
        let roles: Vec<String> = claimed
            .iter()
            .zip(names)
            .map(|(d, name)| as_code(&name.unwrap_or_else(|| format!("role {}", d.role))))
            .collect();
        let text = fill(
            locale,
            Key::ReverifyReminderDm,
            &[
                ("server", &as_code(&server)),
                ("role", &roles.join(", ")),
                ("when", &when(first)),
            ],
        );
        let message = serenity::CreateMessage::new()
            .content(text)
            .allowed_mentions(super::respond::no_mentions());
        match super::budget::send_dm(&self.http, &self.budget, user, message).await {
            Dm::Sent => tally.reminded += 1,
            Dm::Closed => tally.closed += 1,
            // DMs are paused after refusals: not sent, so a later pass sends it.
            Dm::Paused => self.release(member, &claimed).await,
            // Discord refused it, so it was not delivered: a later pass sends it. A network error
            // or a 5xx may come after delivery: used up, rather than a DM every minute.
            Dm::Failed(error) if surely_not_sent(&error) => {
                tracing::warn!(guild = %member.guild, error = %super::describe(&error), "re-verification reminder refused; trying again next pass");
                self.release(member, &claimed).await;
            }
            Dm::Failed(error) => {
                tracing::warn!(guild = %member.guild, error = %super::describe(&error), "re-verification reminder failed; it may have been delivered, so it is not sent again")
            }
        }
    }

    /// Gives back reminders that were claimed and not sent: the role must not lapse without one.
    async fn release(&self, member: Member, claimed: &[Due]) {
        for d in claimed {
            if let Err(error) = self.gate.release_reminder(d).await {
                tracing::warn!(guild = %member.guild, error = %super::error::chain(&error), "could not give back a reminder that was not sent");
            }
        }
    }
}
