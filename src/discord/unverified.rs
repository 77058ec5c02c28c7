//! Members who joined and have not passed a gate (`remind_after`, `kick_after`): one reminder DM,
//! then removal, raid-safe.
//!
//! Every pass (a minute apart in production, on the gate's clock) takes what is due, at most
//! [`SweepPacing::per_server`] reminders and as many removals per server, oldest first; the rest
//! waits for the next pass, so a raid of a thousand joins never becomes a thousand kicks in a
//! minute. Each step is claimed in the database first (the claim re-checks that it is still due
//! for that very join), so it happens once whichever process claims it; a step that did not
//! happen (Discord failed, the DM budget is spent) is given back for a later pass. Just after the
//! claim, Discord is asked about the member: someone who left is forgotten, and these are never
//! reminded or removed (a moderator's choice wins): bots, the owner, members with a role they did
//! not have when they joined, members with a gated role (however they got it), members whose roles carry
//! Administrator, Kick Members, Ban Members or Manage Server, and members whose top role is not
//! below Keygate's. A server whose refusals pause its budget is skipped; one that refuses a
//! removal (403) gets no removal tried for an hour, then two, up to a day, and one line in its
//! log channel each time. A server's log channel gets one summary per pass; every removal is
//! in the audit trail and in Discord's audit log with its reason.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use poise::serenity_prelude as serenity;

use super::AppGate;
use super::budget::{Budget, Dm};
use super::log::Poster;
use super::log_lines::{LogLine, UnverifiedTally};
use super::reverify::SweepPacing;
use crate::gate::repository::ShardSpan;
use crate::gate::unverified::{JoinDue, JoinStep};
use crate::gate::{GuildId, RoleId, Timestamp};
use crate::guide::messages::when;
use crate::guide::{Key, Locale, fill};

/// Starts the sweep; it stops with `shutdown`.
pub fn start(
    gate: Arc<AppGate>,
    http: Arc<serenity::Http>,
    cache: Arc<serenity::Cache>,
    budget: Arc<Budget>,
    shards: ShardSpan,
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
            pacing,
            backoff: Mutex::new(HashMap::new()),
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
    shards: ShardSpan,
    pacing: SweepPacing,
    /// Servers where Discord refused a removal (403): no removal is tried there until `until`
    /// (an hour, doubling while Discord keeps refusing, at most a day), so a server that took
    /// Kick Members away does not spend the bot's budget of refusals every minute.
    backoff: Mutex<HashMap<GuildId, Backoff>>,
}

#[derive(Debug, Clone, Copy)]
struct Backoff {
    until: Timestamp,
    secs: i64,
}

const FIRST_BACKOFF_SECS: i64 = 60 * 60;
const LAST_BACKOFF_SECS: i64 = 24 * 60 * 60;

/// What Discord says about a member whose step is due.
enum Standing {
    Left,
    Exempt,
    Stays,
}

/// Whether the pass goes on with a server's other members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    Go,
    /// Discord refused to tell us about its members (403): the rest waits for the next pass.
    StopServer,
}

/// Roles that make a member a moderator, whom Keygate never reminds or removes.
fn moderates(permissions: serenity::Permissions) -> bool {
    permissions.intersects(
        serenity::Permissions::ADMINISTRATOR
            | serenity::Permissions::KICK_MEMBERS
            | serenity::Permissions::BAN_MEMBERS
            | serenity::Permissions::MANAGE_GUILD,
    )
}

impl Sweep {
    async fn pass(&self) {
        let mut tallies: HashMap<GuildId, UnverifiedTally> = HashMap::new();
        let mut stopped: HashSet<GuildId> = HashSet::new();
        // Each server's gated roles, read once per pass.
        let mut gated: HashMap<GuildId, Vec<RoleId>> = HashMap::new();
        for step in [JoinStep::Remind, JoinStep::Kick] {
            let due = match self
                .gate
                .due_joins(step, self.pacing.per_server, self.shards)
                .await
            {
                Ok(due) => due,
                Err(error) => {
                    tracing::warn!(error = %super::error::chain(&error), "could not read the unverified members due");
                    continue;
                }
            };
            for due in due {
                let guild = due.member.guild;
                let cached = self
                    .cache
                    .guild(serenity::GuildId::new(guild.get()))
                    .is_some();
                if !self.shards.owns(guild)
                    || !cached
                    || stopped.contains(&guild)
                    || self.budget.paused(Some(guild))
                    || (step == JoinStep::Kick && self.backing_off(guild))
                {
                    continue;
                }
                let roles = match gated.entry(guild) {
                    Entry::Occupied(known) => known.into_mut(),
                    Entry::Vacant(slot) => match self.gate.config(guild).await {
                        Ok(config) => slot.insert(config.gates.iter().map(|g| g.role).collect()),
                        Err(error) => {
                            tracing::warn!(%guild, error = %super::error::chain(&error), "could not read the gates of a server");
                            stopped.insert(guild);
                            continue;
                        }
                    },
                };
                let tally = tallies.entry(guild).or_default();
                if self.one(&due, roles, step, tally).await == Next::StopServer {
                    stopped.insert(guild);
                }
            }
        }
        for (guild, mut tally) in tallies {
            if tally.is_empty() {
                continue;
            }
            tally.waiting = self.gate.waiting_joins(guild).await.unwrap_or_default();
            let line = LogLine::Unverified {
                tally,
                per_pass: self.pacing.per_server,
            };
            let poster = Poster {
                gate: &self.gate,
                http: &self.http,
                budget: &self.budget,
            };
            super::log::post(poster, guild, &line).await;
        }
    }

    fn backoffs(&self) -> std::sync::MutexGuard<'_, HashMap<GuildId, Backoff>> {
        self.backoff.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn backing_off(&self, guild: GuildId) -> bool {
        let now = self.gate.now();
        self.backoffs().get(&guild).is_some_and(|b| now < b.until)
    }

    /// Discord refused a removal: wait an hour before the next, twice as long each time after.
    fn back_off(&self, guild: GuildId) {
        let now = self.gate.now();
        let mut backoffs = self.backoffs();
        let secs = backoffs.get(&guild).map_or(FIRST_BACKOFF_SECS, |b| {
            b.secs.saturating_mul(2).min(LAST_BACKOFF_SECS)
        });
        backoffs.insert(
            guild,
            Backoff {
                until: now.plus_secs(secs),
                secs,
            },
        );
    }

    /// Gives a claimed step back (it did not happen), so a later pass tries again.
    async fn give_back(&self, member: crate::gate::Member, step: JoinStep) {
        if let Err(error) = self.gate.release_join(member, step).await {
            tracing::warn!(guild = %member.guild, error = %super::error::chain(&error), "could not give back an unverified member's step");
        }
    }

    async fn one(
        &self,
        due: &JoinDue,
        gated: &[RoleId],
        step: JoinStep,
        tally: &mut UnverifiedTally,
    ) -> Next {
        let member = due.member;
        let warn = |what: &str, error: &dyn std::fmt::Display| {
            tracing::warn!(guild = %member.guild, error = %error, "{what}");
        };
        // Claim first: another process (or a pass that overlaps) then leaves this member alone,
        // and the claim re-checks that the step is still due for this very join.
        match self.gate.claim_join(due, step).await {
            Ok(true) => {}
            Ok(false) => return Next::Go,
            Err(error) => {
                warn(
                    "could not claim an unverified member's step",
                    &super::error::chain(&error),
                );
                return Next::Go;
            }
        }
        match self.standing(due, gated).await {
            Ok(Standing::Left) => {
                if let Err(error) = self.gate.forget_join(member).await {
                    warn(
                        "could not forget a member who left",
                        &super::error::chain(&error),
                    );
                }
                return Next::Go;
            }
            Ok(Standing::Exempt) => {
                tally.exempt += 1;
                if let Err(error) = self.gate.settle_join(member).await {
                    warn(
                        "could not record an exempt member",
                        &super::error::chain(&error),
                    );
                }
                return Next::Go;
            }
            Ok(Standing::Stays) => {}
            Err(error) => {
                self.budget.record(Some(member.guild), &error);
                warn(
                    "could not look up a member who has not verified",
                    &super::describe(&error),
                );
                self.give_back(member, step).await;
                return if is_status(&error, 403) {
                    Next::StopServer
                } else {
                    Next::Go
                };
            }
        }
        let guild = serenity::GuildId::new(member.guild.get());
        let user = serenity::UserId::new(member.user.get());
        let (server, locale) = self
            .cache
            .guild(guild)
            .map(|g| (g.name.clone(), Locale::from_discord(&g.preferred_locale)))
            .unwrap_or_else(|| ("a Discord server".into(), Locale::En));
        match step {
            JoinStep::Remind => {
                let kick = due
                    .kick_at(self.gate.now())
                    .map(|at| fill(locale, Key::JoinReminderKickNote, &[("when", &when(at))]))
                    .unwrap_or_default();
                let args: [(&str, &(dyn std::fmt::Display + Sync)); 3] = [
                    ("server", &super::reverify::as_code(&server)),
                    ("joined", &when(due.joined_at)),
                    ("kick", &kick),
                ];
                let message = serenity::CreateMessage::new()
                    .content(fill(locale, Key::JoinReminderDm, &args))
                    .allowed_mentions(super::respond::no_mentions());
                match super::budget::send_dm(&self.http, &self.budget, user, message).await {
                    Dm::Sent => {
                        tally.reminded += 1;
                        let detail = "reminded by DM to pass the gate".to_owned();
                        if let Err(error) = self.gate.record_join_step(member, step, detail).await {
                            warn("could not audit a reminder", &super::error::chain(&error));
                        }
                    }
                    // Closed DMs stay closed: the reminder counts as given, and removal follows.
                    Dm::Closed => tally.closed += 1,
                    Dm::Paused => self.give_back(member, step).await,
                    Dm::Failed(error) => {
                        warn("reminder DM failed", &super::describe(&error));
                        self.give_back(member, step).await;
                    }
                }
            }
            JoinStep::Kick => {
                let after = due
                    .kick_after_secs
                    .map(|secs| crate::gate::gates::Period::from_secs(secs).to_string())
                    .unwrap_or_default();
                let reason = fill(locale, Key::KickAuditReason, &[("after", &after)]);
                // Asked once more right before: a member who verified while the lookups above
                // were on their way is not removed.
                match self.gate.join_waits(due).await {
                    Ok(true) => {}
                    Ok(false) => {
                        self.give_back(member, step).await;
                        return Next::Go;
                    }
                    Err(error) => {
                        warn(
                            "could not check an unverified member again",
                            &super::error::chain(&error),
                        );
                        self.give_back(member, step).await;
                        return Next::Go;
                    }
                }
                match guild.kick_with_reason(&self.http, user, &reason).await {
                    Ok(()) => {
                        self.backoffs().remove(&member.guild);
                        tally.kicked += 1;
                        let detail =
                            format!("removed: did not pass a gate within {after} of joining");
                        if let Err(error) = self.gate.record_join_step(member, step, detail).await {
                            warn("could not audit a removal", &super::error::chain(&error));
                        }
                        // The row stays, marked removed: the leave event forgets it, and a
                        // quick rejoin (whose event may come first) starts a new one that a
                        // forget from here would wipe.
                    }
                    Err(error) => {
                        self.budget.record(Some(member.guild), &error);
                        warn(
                            "could not remove an unverified member",
                            &super::describe(&error),
                        );
                        self.give_back(member, step).await;
                        if is_status(&error, 403) {
                            tally.kick_refused = true;
                            self.back_off(member.guild);
                        }
                    }
                }
            }
        }
        Next::Go
    }

    /// Whether the member is still here, and whether a moderator's choice (or Discord's rules)
    /// keeps them from being reminded or removed.
    async fn standing(&self, due: &JoinDue, gated: &[RoleId]) -> Result<Standing, serenity::Error> {
        let guild = serenity::GuildId::new(due.member.guild.get());
        let user = serenity::UserId::new(due.member.user.get());
        let found = match self.http.get_member(guild, user).await {
            Ok(found) => found,
            Err(error) if is_status(&error, 404) => return Ok(Standing::Left),
            Err(error) => return Err(error),
        };
        if found.user.bot {
            return Ok(Standing::Exempt);
        }
        // A gated role, however they came by it (a role kept from an earlier stay among them).
        if gated
            .iter()
            .any(|g| found.roles.iter().any(|r| r.get() == g.get()))
        {
            return Ok(Standing::Exempt);
        }
        let given_since = found
            .roles
            .iter()
            .any(|r| !due.join_roles.iter().any(|j| j.get() == r.get()));
        if given_since {
            return Ok(Standing::Exempt);
        }
        let bot = self.cache.current_user().id;
        let cached = self.cache.guild(guild).map(|g| {
            let bot_roles = g.members.get(&bot).map(|m| m.roles.clone());
            (g.owner_id, g.roles.clone(), bot_roles)
        });
        let (owner, roles, bot_roles) = match cached {
            Some(known) => known,
            None => {
                let partial = self.http.get_guild(guild).await?;
                (partial.owner_id, partial.roles.clone(), None)
            }
        };
        if found.user.id == owner {
            return Ok(Standing::Exempt);
        }
        if found
            .roles
            .iter()
            .filter_map(|r| roles.get(r))
            .any(|r| moderates(r.permissions))
        {
            return Ok(Standing::Exempt);
        }
        let bot_roles = match bot_roles {
            Some(known) => known,
            None => self.http.get_member(guild, bot).await?.roles,
        };
        let top = |ids: &[serenity::RoleId]| {
            ids.iter()
                .filter_map(|r| roles.get(r))
                .map(|r| r.position)
                .max()
                .unwrap_or(0)
        };
        if top(&found.roles) >= top(&bot_roles) && !found.roles.is_empty() {
            return Ok(Standing::Exempt);
        }
        Ok(Standing::Stays)
    }
}

fn is_status(error: &serenity::Error, status: u16) -> bool {
    matches!(error, serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e)) if e.status_code.as_u16() == status)
}
