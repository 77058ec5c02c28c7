//! The lines Keygate writes to a server's log channel, for its moderators: one variant per event,
//! rendered here and nowhere else. Mentions render as names (the post pings nobody), and no line
//! ever holds a secret or a code.

use std::fmt;

use super::worker::Outcome;
use crate::gate::gates::{Grant, RoleGate};
use crate::gate::outcome::{Method, Rejection};
use crate::gate::repository::{RoleAction, RoleChange};
use crate::gate::throttle::NewLock;
use crate::gate::{ChannelId, RoleId, UserId};
use crate::guide::messages::when;
use crate::guide::{Locale, text};

/// Counts of one window of welcome DMs.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct JoinTally {
    pub sent: u32,
    pub closed: u32,
    pub recent: u32,
    pub bots: u32,
    pub capped: u32,
}

impl JoinTally {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// How a timed role ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// Its time ran out.
    Expired,
    /// Its holder pressed *End now*.
    Early,
}

/// Counts of one re-verification pass in a server.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ReverifyTally {
    /// Reminders delivered by DM.
    pub reminded: u32,
    /// Reminders not delivered: the member's DMs are closed.
    pub closed: u32,
    /// Roles removed because their holder did not verify again in time.
    pub removed: u32,
    /// Members not reminded because they left the server (their roles are forgotten).
    pub left: u32,
}

impl ReverifyTally {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// One line in the log channel.
#[derive(Debug, Clone)]
pub enum LogLine {
    EnrollmentStarted {
        user: UserId,
    },
    Enrolled {
        user: UserId,
        grant: Grant,
    },
    /// Someone who may run `/gate` set up an authenticator app while moderator codes are on.
    ModeratorEnrolled {
        user: UserId,
        grant: Grant,
    },
    Verified {
        user: UserId,
        method: Method,
        grant: Grant,
    },
    NewBackupCodes {
        user: UserId,
    },
    RemovedThemselves {
        user: UserId,
    },
    Refused {
        user: UserId,
        reason: Rejection,
        lock: Option<NewLock>,
    },
    Configured {
        moderator: UserId,
        gate: Option<RoleGate>,
        log_channel: Option<ChannelId>,
        moderator_code: bool,
    },
    GateDropped {
        moderator: UserId,
        role: RoleId,
    },
    PanelPosted {
        moderator: UserId,
        channel: ChannelId,
    },
    Unlocked {
        moderator: UserId,
        user: UserId,
    },
    Revoked {
        moderator: UserId,
        user: UserId,
        roles: Vec<RoleId>,
    },
    /// A timed role ended.
    Ended {
        user: UserId,
        role: RoleId,
        how: Ended,
    },
    /// A member lost the eligible role a gate needs, and with it the gated role.
    EligibilityLost {
        user: UserId,
        role: RoleId,
        needs: RoleId,
    },
    Reverification {
        tally: ReverifyTally,
    },
    Reset {
        moderator: UserId,
        user: UserId,
        reason: String,
    },
    /// Discord refused a role change for good.
    RoleRefused {
        change: RoleChange,
        outcome: Outcome,
    },
    GuideOnJoin {
        tally: JoinTally,
        per_window: u32,
        window_secs: i64,
    },
}

fn lock_note(lock: NewLock) -> String {
    match lock {
        NewLock::Until(until) => format!(" Locked until {}.", when(until)),
        NewLock::UntilUnlocked => " Locked until a moderator runs `/gate unlock`.".to_owned(),
    }
}

/// ` until <t:…>` for a timed role.
fn until(grant: &Grant) -> String {
    grant
        .expires_at
        .map(|end| format!(" until {}", when(end)))
        .unwrap_or_default()
}

/// A gate's rules, as moderators read them.
fn describe(gate: &RoleGate) -> String {
    let who = gate.eligible.map_or_else(
        || "every member may pass".to_owned(),
        |r| format!("only members with <@&{r}>"),
    );
    let how_long = match (gate.lasts, gate.reverify_every) {
        (Some(lasts), _) => format!("held for {lasts}"),
        (None, Some(every)) => format!("verify again every {every}"),
        (None, None) => "permanent".to_owned(),
    };
    let discord_2fa = if gate.discord_2fa {
        "; Discord 2FA required"
    } else {
        ""
    };
    format!("{who}; {how_long}{discord_2fa}")
}

impl fmt::Display for LogLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EnrollmentStarted { user } => {
                write!(f, "🆕 <@{user}> started setting up an authenticator app.")
            }
            Self::Enrolled { user, grant } => write!(
                f,
                "✅ <@{user}> set up an authenticator app and passed the gate for <@&{}>{}.",
                grant.role,
                until(grant)
            ),
            Self::ModeratorEnrolled { user, grant } => write!(
                f,
                "🚨 <@{user}>, who can use `/gate`, set up a new authenticator app and passed the gate for <@&{}>{}. While moderator codes are on, codes from this app now pass moderator checks. If that wasn't them, their account may be stolen: another moderator should run `/gate reset` on them.",
                grant.role,
                until(grant)
            ),
            Self::Verified {
                user,
                method,
                grant,
            } => {
                write!(
                    f,
                    "✅ <@{user}> passed the gate for <@&{}>{} ",
                    grant.role,
                    until(grant)
                )?;
                match method {
                    Method::Authenticator => f.write_str("with their authenticator app."),
                    Method::BackupCode { remaining } => {
                        write!(f, "with a backup code ({remaining} left).")
                    }
                }
            }
            Self::NewBackupCodes { user } => {
                write!(f, "🔑 <@{user}> made a new set of backup codes.")
            }
            Self::RemovedThemselves { user } => {
                write!(f, "🗑️ <@{user}> removed their authenticator from the gate.")
            }
            Self::Refused {
                user,
                reason: Rejection::Replayed,
                lock,
            } => write!(
                f,
                "⚠️ <@{user}> submitted a code that was already used (possible replay). The code was refused.{}",
                lock.map(lock_note).unwrap_or_default()
            ),
            Self::Refused {
                user,
                lock: Some(lock),
                ..
            } => write!(
                f,
                "🔒 <@{user}> entered too many wrong codes.{}",
                lock_note(*lock)
            ),
            Self::Refused {
                user,
                reason: Rejection::NotACode,
                lock: None,
            } => write!(f, "❌ <@{user}> entered something that isn't a code."),
            Self::Refused {
                user,
                reason: Rejection::WrongCode,
                lock: None,
            } => write!(f, "❌ <@{user}> entered a wrong code."),
            Self::Configured {
                moderator,
                gate,
                log_channel,
                moderator_code,
            } => {
                let log = log_channel.map_or_else(|| "none".to_owned(), |c| format!("<#{c}>"));
                match gate {
                    Some(gate) => write!(
                        f,
                        "⚙️ <@{moderator}> set up the gate for <@&{}> ({}).",
                        gate.role,
                        describe(gate)
                    )?,
                    None => write!(f, "⚙️ <@{moderator}> changed the settings.")?,
                }
                let code = if *moderator_code { "on" } else { "off" };
                write!(f, " Log channel {log}; moderator code {code}.")
            }
            Self::GateDropped { moderator, role } => write!(
                f,
                "⚙️ <@{moderator}> ended the gate for <@&{role}>. Members who have it keep it (timed ones until their time)."
            ),
            Self::PanelPosted { moderator, channel } => write!(
                f,
                "⚙️ <@{moderator}> posted the verification panel in <#{channel}>."
            ),
            Self::Unlocked { moderator, user } => {
                write!(f, "🔓 <@{moderator}> unlocked <@{user}>.")
            }
            Self::Revoked {
                moderator,
                user,
                roles,
            } => {
                let roles: Vec<String> = roles.iter().map(|r| format!("<@&{r}>")).collect();
                write!(
                    f,
                    "⛔ <@{moderator}> removed {} from <@{user}>.",
                    roles.join(", ")
                )
            }
            Self::Ended {
                user,
                role,
                how: Ended::Expired,
            } => write!(
                f,
                "⌛ <@{user}>'s time with <@&{role}> ended; the role was removed."
            ),
            Self::Ended {
                user,
                role,
                how: Ended::Early,
            } => write!(f, "⌛ <@{user}> ended their time with <@&{role}> early."),
            Self::EligibilityLost { user, role, needs } => write!(
                f,
                "🚪 <@{user}> no longer has <@&{needs}>, so <@&{role}> (which needs it) is being removed."
            ),
            Self::Reverification { tally } => write!(
                f,
                "🔁 Re-verification: reminded {} member(s) by DM ({} more have closed DMs, {} left the server); removed {} role(s) from members who didn't verify again in time.",
                tally.reminded, tally.closed, tally.left, tally.removed
            ),
            Self::Reset {
                moderator,
                user,
                reason,
            } => write!(
                f,
                "♻️ <@{moderator}> reset <@{user}>'s two-factor setup. Reason: `{reason}`"
            ),
            Self::RoleRefused { change, outcome } => {
                let (verb, role, user) = match change.action {
                    RoleAction::Grant => ("give", change.role, change.member.user),
                    RoleAction::Remove => ("remove", change.role, change.member.user),
                };
                match outcome {
                    Outcome::NotEligible => {
                        let needs = change
                            .gating
                            .needs()
                            .map_or_else(String::new, |r| format!("<@&{r}>"));
                        return write!(
                            f,
                            "🚪 I didn't give <@&{role}> to <@{user}>: they no longer have {needs}, which its gate needs."
                        );
                    }
                    Outcome::Dangerous(found) => {
                        let names: Vec<&str> = found.iter().map(|k| text(Locale::En, *k)).collect();
                        return write!(
                            f,
                            "⚠️ I didn't give <@&{role}> to <@{user}>: the role now has powerful permissions ({}) and its gate lets every member pass. Add `eligible:` with `/gate setup`, or remove those permissions from the role.",
                            names.join(", ")
                        );
                    }
                    _ => {}
                }
                write!(f, "⚠️ I couldn't {verb} <@&{role}> for <@{user}>: ")?;
                match outcome {
                    Outcome::Gone => write!(
                        f,
                        "Discord answered 404 (the member left the server, or the role was deleted)."
                    ),
                    Outcome::Failed(why) => write!(f, "Discord answered {why}."),
                    Outcome::OwnerNeeds2fa => write!(
                        f,
                        "Discord answered 403 (code 60003): this server requires 2FA for moderation actions, \
                         and the account that owns Keygate's application has not turned on 2FA. To fix it: \
                         **the owner of the Keygate application must turn on 2FA** (Discord: User Settings → \
                         My Account). {}",
                        match change.action {
                            RoleAction::Grant => "The member gets the role once it is on.",
                            RoleAction::Remove =>
                                "Until then the member keeps the role; it goes once 2FA is on.",
                        }
                    ),
                    _ => write!(
                        f,
                        "Discord answered 403 (forbidden). To fix it: give my role the \
                         **Manage Roles** permission, and drag my role **above** <@&{role}> in Server Settings → Roles. \
                         Then the member can run `/verify` again."
                    ),
                }
            }
            Self::GuideOnJoin {
                tally,
                per_window,
                window_secs,
            } => write!(
                f,
                "📬 Guide on join: sent the 2FA guide to {} new member(s). Not sent: {} with closed DMs, {} who got it in the last 30 days, {} bot(s), {} over the limit of {} per {} s.",
                tally.sent,
                tally.closed,
                tally.recent,
                tally.bots,
                tally.capped,
                per_window,
                window_secs
            ),
        }
    }
}
