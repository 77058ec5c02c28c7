//! The bot's replies, composed from the catalogue in the reader's language. Short, exact,
//! friendly; never a secret except in the ephemeral enrollment and backup-code replies that exist
//! to show them.

use super::{Locale, fill, text};
use crate::gate::Timestamp;
use crate::gate::service::{Enrollment, GuildStats, MemberStatus, Method};
use crate::gate::throttle::{Access, NewLock};

/// Discord renders `<t:UNIX:F>` in the reader's own time zone and language; `R` as "in 5 minutes".
pub fn when(t: Timestamp) -> String {
    format!("<t:{0}:F> (<t:{0}:R>)", t.unix())
}

pub fn locked_until(locale: Locale, until: Timestamp) -> String {
    fill(locale, "reply.locked_until", &[("when", &when(until))])
}

/// Said with the refusal when that failure caused a lock.
pub fn now_locked(locale: Locale, lock: &NewLock) -> String {
    match lock {
        NewLock::Until(until) => format!("\n{}", locked_until(locale, *until)),
        NewLock::UntilUnlocked => format!("\n{}", text(locale, "reply.locked_until_unlocked")),
    }
}

pub fn enrollment_instructions(locale: Locale, manual_key: &str, expires_at: Timestamp) -> String {
    fill(
        locale,
        "enroll.instructions",
        &[("key", &manual_key), ("expires", &when(expires_at))],
    )
}

pub fn backup_codes_shown(locale: Locale, grouped: &[String], first_time: bool) -> String {
    let intro = text(
        locale,
        if first_time {
            "backup_codes.first_time"
        } else {
            "backup_codes.renewed"
        },
    );
    format!("{intro}\n```\n{}\n```", grouped.join("\n"))
}

pub fn verified(locale: Locale, method: Method) -> String {
    match method {
        Method::Authenticator => text(locale, "verified.authenticator").to_owned(),
        Method::BackupCode { remaining } if method.low_on_backup_codes() => {
            fill(locale, "verified.backup_low", &[("remaining", &remaining)])
        }
        Method::BackupCode { remaining } => {
            fill(locale, "verified.backup", &[("remaining", &remaining)])
        }
    }
}

pub fn role_forbidden(locale: Locale, role_id: u64) -> String {
    fill(
        locale,
        "role.forbidden",
        &[("role", &format!("<@&{role_id}>"))],
    )
}

pub fn member_status(locale: Locale, status: &MemberStatus, role_id: Option<u64>) -> String {
    let enrollment = match status.enrollment {
        Enrollment::None => text(locale, "status.enrollment.none").to_owned(),
        Enrollment::Pending { expires_at } => fill(
            locale,
            "status.enrollment.pending",
            &[("when", &when(expires_at))],
        ),
        Enrollment::Expired => text(locale, "status.enrollment.expired").to_owned(),
        Enrollment::Confirmed { confirmed_at } => fill(
            locale,
            "status.enrollment.confirmed",
            &[("when", &when(confirmed_at))],
        ),
    };
    let verified = match (status.verified, role_id) {
        (true, Some(role)) => format!("{} (<@&{role}>)", text(locale, "status.yes")),
        (true, None) => text(locale, "status.yes").to_owned(),
        (false, _) => text(locale, "status.no").to_owned(),
    };
    let lockout = match status.access {
        Access::Open => text(locale, "status.lockout.none").to_owned(),
        Access::LockedUntil(until) => {
            fill(locale, "status.lockout.until", &[("when", &when(until))])
        }
        Access::LockedUntilUnlocked => text(locale, "status.lockout.moderator").to_owned(),
    };
    let last = status
        .last_verified_at
        .map_or_else(|| text(locale, "status.never").to_owned(), when);
    fill(
        locale,
        "status.body",
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
        "gate.stats",
        &[
            ("enrolled", &stats.enrolled),
            ("pending", &stats.pending),
            ("verified", &stats.verified),
            ("locked", &stats.locked),
            ("waiting", &stats.pending_role_changes),
        ],
    )
}
