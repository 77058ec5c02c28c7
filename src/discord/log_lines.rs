//! The lines Keygate writes to a server's log channel, for its moderators: one variant per event,
//! rendered here and nowhere else. Mentions render as names (the post pings nobody), and no line
//! ever holds a secret or a code.

use std::fmt;

use super::worker::Outcome;
use crate::gate::outcome::{Method, Rejection};
use crate::gate::repository::{RoleAction, RoleChange};
use crate::gate::throttle::NewLock;
use crate::gate::{ChannelId, RoleId, UserId};
use crate::guide::messages::when;

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

/// One line in the log channel.
#[derive(Debug, Clone)]
pub enum LogLine {
    EnrollmentStarted {
        user: UserId,
    },
    Enrolled {
        user: UserId,
    },
    Verified {
        user: UserId,
        method: Method,
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
        role: RoleId,
        log_channel: Option<ChannelId>,
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

impl fmt::Display for LogLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EnrollmentStarted { user } => {
                write!(f, "🆕 <@{user}> started setting up an authenticator app.")
            }
            Self::Enrolled { user } => write!(
                f,
                "✅ <@{user}> set up an authenticator app and passed verification."
            ),
            Self::Verified { user, method } => match method {
                Method::Authenticator => write!(
                    f,
                    "✅ <@{user}> passed verification with their authenticator app."
                ),
                Method::BackupCode { remaining } => write!(
                    f,
                    "✅ <@{user}> passed verification with a backup code ({remaining} left)."
                ),
            },
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
                role,
                log_channel,
            } => {
                let log = log_channel.map_or_else(|| "none".to_owned(), |c| format!("<#{c}>"));
                write!(
                    f,
                    "⚙️ <@{moderator}> set up the gate: role <@&{role}>, log channel {log}."
                )
            }
            Self::PanelPosted { moderator, channel } => write!(
                f,
                "⚙️ <@{moderator}> posted the verification panel in <#{channel}>."
            ),
            Self::Unlocked { moderator, user } => {
                write!(f, "🔓 <@{moderator}> unlocked <@{user}>.")
            }
            Self::Revoked { moderator, user } => {
                write!(f, "⛔ <@{moderator}> revoked <@{user}>'s verification.")
            }
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
                write!(f, "⚠️ I couldn't {verb} <@&{role}> for <@{user}>: ")?;
                match outcome {
                    Outcome::Gone => write!(
                        f,
                        "Discord answered 404 (the member left the server, or the role was deleted)."
                    ),
                    Outcome::Failed(why) => write!(f, "Discord answered {why}."),
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
