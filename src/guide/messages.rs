//! The bot's replies, composed from the catalogue in the reader's language. Short, exact,
//! friendly; never a secret except in the ephemeral enrollment and backup-code replies that exist
//! to show them.

use super::{Key, Locale, fill, text};
use crate::gate::gates::RoleGate;
use crate::gate::outcome::{Enrollment, MemberStatus, Method};
use crate::gate::repository::{DayActivity, GuildConfig, GuildStats, HeldRole};
use crate::gate::throttle::{Access, NewLock};
use crate::gate::{RoleId, Timestamp};

/// Why backup codes are being shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeSet {
    /// The first set, right after the authenticator app was confirmed.
    First,
    /// A set that just replaced the old one.
    Replacement,
}

/// Discord renders `<t:UNIX:F>` in the reader's own time zone and language; `R` as "in 5 minutes".
pub fn when(t: Timestamp) -> String {
    format!("<t:{0}:F> (<t:{0}:R>)", t.unix())
}

pub fn locked_until(locale: Locale, until: Timestamp) -> String {
    fill(locale, Key::ReplyLockedUntil, &[("when", &when(until))])
}

/// Said with the refusal when that failure caused a lock.
pub fn now_locked(locale: Locale, lock: &NewLock) -> String {
    match lock {
        NewLock::Until(until) => format!("\n{}", locked_until(locale, *until)),
        NewLock::UntilUnlocked => format!("\n{}", text(locale, Key::ReplyLockedUntilUnlocked)),
    }
}

pub fn enrollment_instructions(locale: Locale, manual_key: &str, expires_at: Timestamp) -> String {
    fill(
        locale,
        Key::EnrollInstructions,
        &[("key", &manual_key), ("expires", &when(expires_at))],
    )
}

pub fn backup_codes_shown(locale: Locale, grouped: &[String], set: CodeSet) -> String {
    let intro = text(
        locale,
        match set {
            CodeSet::First => Key::BackupCodesFirstTime,
            CodeSet::Replacement => Key::BackupCodesRenewed,
        },
    );
    format!("{intro}\n```\n{}\n```", grouped.join("\n"))
}

pub fn verified(locale: Locale, method: Method) -> String {
    match method {
        Method::Authenticator => text(locale, Key::VerifiedAuthenticator).to_owned(),
        Method::BackupCode { remaining } if method.low_on_backup_codes() => {
            fill(locale, Key::VerifiedBackupLow, &[("remaining", &remaining)])
        }
        Method::BackupCode { remaining } => {
            fill(locale, Key::VerifiedBackup, &[("remaining", &remaining)])
        }
        Method::Bypass => text(locale, Key::VerifiedBypass).to_owned(),
    }
}

pub fn role_forbidden(locale: Locale, role: RoleId) -> String {
    fill(
        locale,
        Key::RoleForbidden,
        &[("role", &format!("<@&{role}>"))],
    )
}

/// A grant the worker did not apply: the member no longer holds the role the gate needs.
pub fn role_not_eligible(locale: Locale, role: RoleId) -> String {
    fill(
        locale,
        Key::RoleNotEligible,
        &[("role", &format!("<@&{role}>"))],
    )
}

/// A gated role held, and until when.
fn held_role(locale: Locale, held: &HeldRole) -> String {
    let role = format!("<@&{}>", held.role);
    match (held.expires_at, held.lapses_at) {
        (Some(end), _) => fill(
            locale,
            Key::StatusHeldUntil,
            &[("role", &role), ("when", &when(end))],
        ),
        (None, Some(lapse)) => fill(
            locale,
            Key::StatusHeldReverify,
            &[("role", &role), ("when", &when(lapse))],
        ),
        (None, None) => role,
    }
}

/// Who may pass a gate and how long its role is held, in one line.
pub fn gate_rules(locale: Locale, gate: &RoleGate) -> String {
    let who = match gate.eligible {
        Some(needs) => fill(
            locale,
            Key::GateRuleEligible,
            &[("role", &format!("<@&{needs}>"))],
        ),
        None => text(locale, Key::GateRuleEveryone).to_owned(),
    };
    let how_long = match (gate.lasts, gate.reverify_every) {
        (Some(lasts), _) => fill(locale, Key::GateRuleLasts, &[("period", &lasts)]),
        (None, Some(every)) => fill(locale, Key::GateRuleReverify, &[("period", &every)]),
        (None, None) => text(locale, Key::GateRulePermanent).to_owned(),
    };
    let discord_2fa = if gate.discord_2fa {
        format!("; {}", text(locale, Key::GateRuleDiscord2fa))
    } else {
        String::new()
    };
    format!("<@&{}>: {who}; {how_long}{discord_2fa}", gate.role)
}

/// The server-wide settings: log channel, guide on join, moderator code.
pub fn server_settings(locale: Locale, config: &GuildConfig) -> String {
    let on_off = |on: bool| text(locale, if on { Key::GateOn } else { Key::GateOff });
    let log = config.log_channel.map_or_else(
        || text(locale, Key::GateNone).to_owned(),
        |c| format!("<#{c}>"),
    );
    let mut settings = fill(
        locale,
        Key::GateSettings,
        &[
            ("log", &log),
            ("guide", &on_off(config.guide_on_join)),
            ("code", &on_off(config.moderator_code)),
        ],
    );
    if let Some(role) = config.discord_2fa_role {
        settings.push(' ');
        settings.push_str(&fill(
            locale,
            Key::GateSettingsDiscord2faRole,
            &[("role", &format!("<@&{role}>"))],
        ));
    }
    if config.remind_after.is_some() || config.kick_after.is_some() {
        let off = || text(locale, Key::GateOff).to_owned();
        let args: [(&str, &(dyn std::fmt::Display + Sync)); 2] = [
            (
                "remind",
                &config.remind_after.map_or_else(off, |p| p.to_string()),
            ),
            (
                "kick",
                &config.kick_after.map_or_else(off, |p| p.to_string()),
            ),
        ];
        settings.push(' ');
        settings.push_str(&fill(locale, Key::GateSettingsUnverified, &args));
    }
    settings.push(' ');
    settings.push_str(&fill(
        locale,
        Key::GateSettingsTwoPerson,
        &[("on", &on_off(config.two_person_reset))],
    ));
    settings
}

/// `/gate config`: every gate, then the settings.
pub fn config(locale: Locale, config: &GuildConfig) -> String {
    let gates = if config.gates.is_empty() {
        text(locale, Key::GateConfigNoGates).to_owned()
    } else {
        config
            .gates
            .iter()
            .map(|gate| format!("• {}", gate_rules(locale, gate)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let count: &(dyn std::fmt::Display + Sync) = &config.gates.len();
    let max: &(dyn std::fmt::Display + Sync) = &crate::gate::gates::MAX_GATES;
    fill(
        locale,
        Key::GateConfig,
        &[
            ("count", count),
            ("max", max),
            ("gates", &gates),
            ("settings", &server_settings(locale, config)),
        ],
    )
}

pub fn member_status(locale: Locale, status: &MemberStatus) -> String {
    let enrollment = match status.enrollment {
        Enrollment::None => text(locale, Key::StatusEnrollmentNone).to_owned(),
        Enrollment::Pending { expires_at } => fill(
            locale,
            Key::StatusEnrollmentPending,
            &[("when", &when(expires_at))],
        ),
        Enrollment::Expired => text(locale, Key::StatusEnrollmentExpired).to_owned(),
        Enrollment::Confirmed { confirmed_at } => fill(
            locale,
            Key::StatusEnrollmentConfirmed,
            &[("when", &when(confirmed_at))],
        ),
    };
    let verified = if status.held.is_empty() {
        text(locale, Key::StatusNo).to_owned()
    } else {
        status
            .held
            .iter()
            .map(|held| held_role(locale, held))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let lockout = match status.access {
        Access::Open => text(locale, Key::StatusLockoutNone).to_owned(),
        Access::LockedUntil(until) => {
            fill(locale, Key::StatusLockoutUntil, &[("when", &when(until))])
        }
        Access::LockedUntilUnlocked => text(locale, Key::StatusLockoutModerator).to_owned(),
    };
    let last = status
        .last_verified_at
        .map_or_else(|| text(locale, Key::StatusNever).to_owned(), when);
    fill(
        locale,
        Key::StatusBody,
        &[
            ("enrollment", &enrollment),
            ("verified", &verified),
            ("codes", &status.backup_codes_left),
            ("lockout", &lockout),
            ("last", &last),
        ],
    )
}

/// The chart's numbers as text: one line per day with any activity (the chart shows all 30).
pub fn activity(locale: Locale, days: &[DayActivity]) -> String {
    let busy: Vec<&DayActivity> = days
        .iter()
        .filter(|d| d.verifications + d.failures + d.lockouts + d.replays > 0)
        .collect();
    if busy.is_empty() {
        return text(locale, Key::StatsChartNone).to_owned();
    }
    let mut out = text(locale, Key::StatsChartHeading).to_owned();
    for d in busy {
        let date = chrono::DateTime::from_timestamp(d.day * 86_400, 0)
            .map(|t| t.date_naive().format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        out.push_str(&format!(
            "\n`{date}` ✅ {} · ❌ {} · 🔒 {} · ⚠️ {}",
            d.verifications, d.failures, d.lockouts, d.replays
        ));
    }
    out
}

pub fn stats(locale: Locale, stats: &GuildStats) -> String {
    fill(
        locale,
        Key::GateStats,
        &[
            ("enrolled", &stats.enrolled),
            ("pending", &stats.pending),
            ("verified", &stats.verified),
            ("locked", &stats.locked),
            ("waiting", &stats.pending_role_changes),
        ],
    )
}
