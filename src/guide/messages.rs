//! The bot's replies, composed from the catalogue in the reader's language. Short, exact,
//! friendly; never a secret except in the ephemeral enrollment and backup-code replies that exist
//! to show them.

use super::{Key, Locale, fill, text};
use crate::gate::outcome::{Enrollment, MemberStatus, Method};
use crate::gate::repository::GuildStats;
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
    }
}

pub fn role_forbidden(locale: Locale, role: RoleId) -> String {
    fill(
        locale,
        Key::RoleForbidden,
        &[("role", &format!("<@&{role}>"))],
    )
}

pub fn member_status(locale: Locale, status: &MemberStatus, role: Option<RoleId>) -> String {
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
    let verified = match (status.verified, role) {
        (true, Some(role)) => format!("{} (<@&{role}>)", text(locale, Key::StatusYes)),
        (true, None) => text(locale, Key::StatusYes).to_owned(),
        (false, _) => text(locale, Key::StatusNo).to_owned(),
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
