//! The lines Keygate writes to a server's log channel, for its moderators: one variant per event,
//! rendered here and nowhere else. Mentions render as names (the post pings nobody), and no line
//! ever holds a secret or a code.

use super::worker::Outcome;
use crate::gate::gates::{Grant, Period, RoleGate};
use crate::gate::outcome::{Method, Rejection};
use crate::gate::repository::{RoleAction, RoleChange};
use crate::gate::throttle::NewLock;
use crate::gate::{ChannelId, RoleId, Timestamp, UserId};
use crate::guide::messages::when;
use crate::guide::{Key, Locale, fill, text};

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

/// What a request for a second moderator asks for.
#[derive(Debug, Clone)]
pub enum Asked {
    Reset(String),
    Bypass,
}

/// Counts of one pass over the members who joined and have not passed the gate.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct UnverifiedTally {
    pub reminded: u32,
    /// Reminders not delivered: the member's DMs are closed.
    pub closed: u32,
    pub kicked: u32,
    /// Not kicked: a bot, the owner, above Keygate's role, or a role given after joining.
    pub exempt: u32,
    /// Still waiting after this pass.
    pub waiting: u64,
    /// Discord refused a kick (403): Keygate lacks Kick Members or ranks too low.
    pub kick_refused: bool,
}

impl UnverifiedTally {
    pub fn is_empty(&self) -> bool {
        self.reminded + self.closed + self.kicked + self.exempt == 0 && !self.kick_refused
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
        /// `remind_after` and `kick_after`, when either is set.
        unverified: Option<(Option<Period>, Option<Period>)>,
        two_person: bool,
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
        /// The second moderator, with two-person approval.
        approved_by: Option<UserId>,
    },
    /// A moderator issued a one-time code for a member who lost their phone.
    BypassIssued {
        moderator: UserId,
        user: UserId,
        until: Timestamp,
        approved_by: Option<UserId>,
    },
    /// A request waiting for a second moderator (posted with its buttons).
    ApprovalAsked {
        moderator: UserId,
        user: UserId,
        what: Asked,
        expires_at: Timestamp,
    },
    ApprovalDenied {
        approver: UserId,
        moderator: UserId,
        user: UserId,
    },
    /// One pass over the members who joined and have not passed the gate.
    Unverified {
        tally: UnverifiedTally,
        per_pass: u32,
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

/// A placeholder's value.
type Arg<'a> = (&'a str, &'a (dyn std::fmt::Display + Sync));

fn user(id: UserId) -> String {
    format!("<@{id}>")
}

fn role(id: RoleId) -> String {
    format!("<@&{id}>")
}

fn lock_note(locale: Locale, lock: NewLock) -> String {
    match lock {
        NewLock::Until(until) => fill(locale, Key::LogLockedUntil, &[("when", &when(until))]),
        NewLock::UntilUnlocked => text(locale, Key::LogLockedUntilUnlocked).to_owned(),
    }
}

/// ` until <t:…>` for a timed role.
fn until(locale: Locale, grant: &Grant) -> String {
    grant
        .expires_at
        .map(|end| fill(locale, Key::LogUntil, &[("when", &when(end))]))
        .unwrap_or_default()
}

/// A gate's rules, as moderators read them.
fn describe(locale: Locale, gate: &RoleGate) -> String {
    let mut rules = vec![match gate.eligible {
        None => text(locale, Key::GateRuleEveryone).to_owned(),
        Some(r) => fill(locale, Key::GateRuleEligible, &[("role", &role(r))]),
    }];
    rules.push(match (gate.lasts, gate.reverify_every) {
        (Some(lasts), _) => fill(locale, Key::GateRuleLasts, &[("period", &lasts)]),
        (None, Some(every)) => fill(locale, Key::GateRuleReverify, &[("period", &every)]),
        (None, None) => text(locale, Key::GateRulePermanent).to_owned(),
    });
    if gate.discord_2fa {
        rules.push(text(locale, Key::GateRuleDiscord2fa).to_owned());
    }
    rules.join("; ")
}

fn on_off(locale: Locale, on: bool) -> &'static str {
    text(locale, if on { Key::GateOn } else { Key::GateOff })
}

impl LogLine {
    /// The line in `locale` (the server's language).
    pub fn render(&self, locale: Locale) -> String {
        let l = locale;
        match self {
            Self::EnrollmentStarted { user: u } => {
                fill(l, Key::LogEnrollmentStarted, &[("user", &user(*u))])
            }
            Self::Enrolled { user: u, grant } | Self::ModeratorEnrolled { user: u, grant } => {
                let key = match self {
                    Self::Enrolled { .. } => Key::LogEnrolled,
                    _ => Key::LogModeratorEnrolled,
                };
                let args: [Arg; 3] = [
                    ("user", &user(*u)),
                    ("role", &role(grant.role)),
                    ("until", &until(l, grant)),
                ];
                fill(l, key, &args)
            }
            Self::Verified {
                user: u,
                method,
                grant,
            } => {
                let (key, remaining) = match method {
                    Method::Authenticator => (Key::LogVerifiedAuthenticator, 0),
                    Method::BackupCode { remaining } => (Key::LogVerifiedBackup, *remaining),
                    Method::Bypass => (Key::LogVerifiedBypass, 0),
                };
                let args: [Arg; 4] = [
                    ("user", &user(*u)),
                    ("role", &role(grant.role)),
                    ("until", &until(l, grant)),
                    ("remaining", &remaining),
                ];
                fill(l, key, &args)
            }
            Self::NewBackupCodes { user: u } => {
                fill(l, Key::LogNewBackupCodes, &[("user", &user(*u))])
            }
            Self::RemovedThemselves { user: u } => {
                fill(l, Key::LogRemovedThemselves, &[("user", &user(*u))])
            }
            Self::Refused {
                user: u,
                reason,
                lock,
            } => {
                let key = match (reason, lock) {
                    (Rejection::Replayed, _) => Key::LogReplayed,
                    (_, Some(_)) => Key::LogTooManyWrong,
                    (Rejection::NotACode, None) => Key::LogNotACode,
                    (Rejection::WrongCode, None) => Key::LogWrongCode,
                };
                let note = lock.map(|lock| lock_note(l, lock)).unwrap_or_default();
                let args: [Arg; 2] = [("user", &user(*u)), ("lock", &note)];
                fill(l, key, &args)
            }
            Self::Configured {
                moderator,
                gate,
                log_channel,
                moderator_code,
                unverified,
                two_person,
            } => {
                let mut line = match gate {
                    Some(gate) => {
                        let args: [Arg; 3] = [
                            ("moderator", &user(*moderator)),
                            ("role", &role(gate.role)),
                            ("rules", &describe(l, gate)),
                        ];
                        fill(l, Key::LogConfiguredGate, &args)
                    }
                    None => fill(
                        l,
                        Key::LogConfiguredSettings,
                        &[("moderator", &user(*moderator))],
                    ),
                };
                let log = log_channel
                    .map_or_else(|| text(l, Key::GateNone).to_owned(), |c| format!("<#{c}>"));
                let args: [Arg; 2] = [("log", &log), ("code", &on_off(l, *moderator_code))];
                line.push_str(&fill(l, Key::LogConfiguredDetails, &args));
                if let Some((remind, kick)) = unverified {
                    let never = || text(l, Key::GateOff).to_owned();
                    let args: [Arg; 2] = [
                        ("remind", &remind.map_or_else(never, |p| p.to_string())),
                        ("kick", &kick.map_or_else(never, |p| p.to_string())),
                    ];
                    line.push_str(&fill(l, Key::LogUnverifiedSettings, &args));
                }
                line.push_str(&fill(
                    l,
                    Key::LogTwoPersonOn,
                    &[("on", &on_off(l, *two_person))],
                ));
                line
            }
            Self::GateDropped { moderator, role: r } => {
                let args: [Arg; 2] = [("moderator", &user(*moderator)), ("role", &role(*r))];
                fill(l, Key::LogGateDropped, &args)
            }
            Self::PanelPosted { moderator, channel } => {
                let args: [Arg; 2] = [
                    ("moderator", &user(*moderator)),
                    ("channel", &format!("<#{channel}>")),
                ];
                fill(l, Key::LogPanelPosted, &args)
            }
            Self::Unlocked { moderator, user: u } => {
                let args: [Arg; 2] = [("moderator", &user(*moderator)), ("user", &user(*u))];
                fill(l, Key::LogUnlocked, &args)
            }
            Self::Revoked {
                moderator,
                user: u,
                roles,
            } => {
                let roles: Vec<String> = roles.iter().map(|r| role(*r)).collect();
                let args: [Arg; 3] = [
                    ("moderator", &user(*moderator)),
                    ("role", &roles.join(", ")),
                    ("user", &user(*u)),
                ];
                fill(l, Key::LogRevoked, &args)
            }
            Self::Ended {
                user: u,
                role: r,
                how,
            } => {
                let key = match how {
                    Ended::Expired => Key::LogEndedExpired,
                    Ended::Early => Key::LogEndedEarly,
                };
                let args: [Arg; 2] = [("user", &user(*u)), ("role", &role(*r))];
                fill(l, key, &args)
            }
            Self::EligibilityLost {
                user: u,
                role: r,
                needs,
            } => {
                let args: [Arg; 3] = [
                    ("user", &user(*u)),
                    ("role", &role(*r)),
                    ("needs", &role(*needs)),
                ];
                fill(l, Key::LogEligibilityLost, &args)
            }
            Self::Reverification { tally } => {
                let args: [Arg; 4] = [
                    ("reminded", &tally.reminded),
                    ("closed", &tally.closed),
                    ("left", &tally.left),
                    ("removed", &tally.removed),
                ];
                fill(l, Key::LogReverification, &args)
            }
            Self::Reset {
                moderator,
                user: u,
                reason,
                approved_by,
            } => {
                let args: [Arg; 3] = [
                    ("moderator", &user(*moderator)),
                    ("user", &user(*u)),
                    ("reason", reason),
                ];
                let mut line = fill(l, Key::LogReset, &args);
                line.push_str(&approved(l, *approved_by));
                line
            }
            Self::BypassIssued {
                moderator,
                user: u,
                until: end,
                approved_by,
            } => {
                let args: [Arg; 3] = [
                    ("moderator", &user(*moderator)),
                    ("user", &user(*u)),
                    ("when", &when(*end)),
                ];
                let mut line = fill(l, Key::LogBypassIssued, &args);
                line.push_str(&approved(l, *approved_by));
                line
            }
            Self::ApprovalAsked {
                moderator,
                user: u,
                what,
                expires_at,
            } => {
                let (key, reason) = match what {
                    Asked::Reset(reason) => (Key::LogApprovalReset, reason.as_str()),
                    Asked::Bypass => (Key::LogApprovalBypass, ""),
                };
                let args: [Arg; 4] = [
                    ("moderator", &user(*moderator)),
                    ("user", &user(*u)),
                    ("reason", &reason),
                    ("when", &when(*expires_at)),
                ];
                fill(l, key, &args)
            }
            Self::ApprovalDenied {
                approver,
                moderator,
                user: u,
            } => {
                let args: [Arg; 3] = [
                    ("approver", &user(*approver)),
                    ("moderator", &user(*moderator)),
                    ("user", &user(*u)),
                ];
                fill(l, Key::LogApprovalDenied, &args)
            }
            Self::Unverified { tally, per_pass } => {
                let args: [Arg; 6] = [
                    ("reminded", &tally.reminded),
                    ("closed", &tally.closed),
                    ("kicked", &tally.kicked),
                    ("exempt", &tally.exempt),
                    ("waiting", &tally.waiting),
                    ("per_pass", per_pass),
                ];
                let mut line = fill(l, Key::LogUnverified, &args);
                if tally.kick_refused {
                    line.push('\n');
                    line.push_str(text(l, Key::LogKickRefused));
                }
                line
            }
            Self::RoleRefused { change, outcome } => role_refused(l, change, outcome),
            Self::GuideOnJoin {
                tally,
                per_window,
                window_secs,
            } => {
                let args: [Arg; 7] = [
                    ("sent", &tally.sent),
                    ("closed", &tally.closed),
                    ("recent", &tally.recent),
                    ("bots", &tally.bots),
                    ("capped", &tally.capped),
                    ("per_window", per_window),
                    ("window", window_secs),
                ];
                fill(l, Key::LogGuideOnJoin, &args)
            }
        }
    }
}

/// ` Approved by <@…>.` when a second moderator approved.
fn approved(locale: Locale, approver: Option<UserId>) -> String {
    approver
        .map(|a| fill(locale, Key::LogApprovedBy, &[("approver", &user(a))]))
        .unwrap_or_default()
}

fn role_refused(l: Locale, change: &RoleChange, outcome: &Outcome) -> String {
    let (r, u) = (role(change.role), user(change.member.user));
    match outcome {
        Outcome::NotEligible => {
            let needs = change.gating.needs().map(role).unwrap_or_default();
            let args: [Arg; 3] = [("role", &r), ("user", &u), ("needs", &needs)];
            return fill(l, Key::LogRoleNotEligible, &args);
        }
        Outcome::Dangerous(found) => {
            let names: Vec<&str> = found.iter().map(|k| text(l, *k)).collect();
            let args: [Arg; 3] = [
                ("role", &r),
                ("user", &u),
                ("permissions", &names.join(", ")),
            ];
            return fill(l, Key::LogRoleDangerous, &args);
        }
        _ => {}
    }
    let why = match outcome {
        Outcome::Gone => text(l, Key::LogDiscordGone).to_owned(),
        Outcome::Failed(status) => fill(l, Key::LogDiscordFailed, &[("status", status)]),
        Outcome::OwnerNeeds2fa => text(
            l,
            match change.action {
                RoleAction::Grant => Key::LogOwnerNeeds2faGrant,
                RoleAction::Remove => Key::LogOwnerNeeds2faRemove,
            },
        )
        .to_owned(),
        _ => fill(l, Key::LogForbidden, &[("role", &r)]),
    };
    let key = match change.action {
        RoleAction::Grant => Key::LogRoleGrantFailed,
        RoleAction::Remove => Key::LogRoleRemoveFailed,
    };
    let args: [Arg; 3] = [("role", &r), ("user", &u), ("why", &why)];
    fill(l, key, &args)
}
