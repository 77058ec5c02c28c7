//! The bot's replies (English). Short, exact, friendly; never a secret except in the ephemeral
//! enrollment and backup-code messages that exist to show them.

use crate::gate::Timestamp;
use crate::gate::service::{Enrollment, GuildStats, MemberStatus, Method};
use crate::gate::throttle::Access;

/// Discord renders `<t:UNIX:F>` in the reader's own time zone; `R` as "in 5 minutes".
pub fn when(t: Timestamp) -> String {
    format!("<t:{0}:F> (<t:{0}:R>)", t.unix())
}

pub const SOMETHING_WENT_WRONG: &str = "Something went wrong on our side. Please try again in a moment; if it keeps happening, tell a moderator.";
pub const DATABASE_DOWN: &str =
    "Keygate can't reach its database right now. Please try again shortly.";
pub const NOT_CONFIGURED: &str = "This server hasn't set up its verification gate yet. A moderator can do it with `/gate setup`.";
pub const NOT_ENROLLED: &str =
    "You haven't set up an authenticator app with this server yet. Run `/verify` to start.";
pub const ALREADY_ENROLLED: &str = "You already have an authenticator app set up here. Run `/verify` and enter the 6-digit code it shows.";
pub const ENROLLMENT_EXPIRED: &str = "That setup took longer than 15 minutes, so it expired for your safety. Run `/verify` to start again with a fresh QR code.";
pub const NEEDS_AUTHENTICATOR: &str =
    "For this, please use the 6-digit code from your authenticator app, not a backup code.";
pub const NOT_A_CODE: &str = "That isn't a valid code. Enter the 6 digits your authenticator app shows right now (for example `123456`), or one of your backup codes (like `1ABC-DEFG-HJKM-NPQR`).";
pub const WRONG_CODE: &str = "That code didn't match. Check that you're reading the entry for this server in your authenticator app, and type the code it shows right now.";
pub const REPLAYED: &str = "That code was already used, so it can't be used again. Wait for your app to show a new code (they change every 30 seconds). If you didn't use it yourself, tell a moderator: someone may have seen it.";
pub const LOCKED_UNTIL_UNLOCKED: &str = "Too many wrong codes: verification is locked for your account here until a moderator unlocks it.";
pub const DM_CLOSED: &str = "I couldn't send you a direct message because your DMs are closed for this server. \
     To allow them: right-click the server icon (or long-press on mobile) → Privacy Settings → turn on Direct Messages.";

pub fn locked_until(until: Timestamp) -> String {
    format!(
        "Too many wrong codes. For your safety, verification is paused until {}. Try again then.",
        when(until)
    )
}

/// Said with the refusal when that failure caused a lock.
pub fn now_locked(lock: &crate::gate::throttle::NewLock) -> String {
    match lock {
        crate::gate::throttle::NewLock::Until(until) => format!("\n{}", locked_until(*until)),
        crate::gate::throttle::NewLock::UntilUnlocked => format!("\n{LOCKED_UNTIL_UNLOCKED}"),
    }
}

pub fn enrollment_instructions(manual_key: &str, expires_at: Timestamp) -> String {
    format!(
        "**Set up your authenticator app** (only you can see this message)\n\
         1. Install an authenticator app on your phone if you don't have one: Google Authenticator, \
         Microsoft Authenticator, Aegis, 2FAS or a password manager that supports codes.\n\
         2. In the app, tap **+** and scan the QR code below. No camera? Choose \"enter a setup key\" and type:\n\
         `{manual_key}`\n\
         3. The app now shows a 6-digit code that changes every 30 seconds. Press **Enter code** and type it.\n\n\
         This setup expires {}. Never share this QR code or key: anyone who has it can make your codes.",
        when(expires_at)
    )
}

pub const ENTER_CODE_BUTTON: &str = "Enter code";
pub const CONFIRM_MODAL_TITLE: &str = "Confirm your authenticator app";
pub const VERIFY_MODAL_TITLE: &str = "Verify it's you";
pub const BACKUP_CODES_MODAL_TITLE: &str = "New backup codes";
pub const REMOVE_MODAL_TITLE: &str = "Remove your authenticator";
pub const CODE_INPUT_LABEL: &str = "6-digit code from your app";
pub const CODE_OR_BACKUP_INPUT_LABEL: &str = "Code from your app, or a backup code";

pub fn backup_codes_shown(grouped: &[String], first_time: bool) -> String {
    let intro = if first_time {
        "✅ **Your authenticator app is set up.**\n\nHere are your **backup codes**. If you lose your phone, each one works \
         once instead of a 6-digit code. Save them now (the file below, a password manager, or on paper): \
         they will never be shown again."
    } else {
        "🔑 **Your new backup codes.** Your old codes stopped working just now. Save these now: they will never be shown again."
    };
    format!("{intro}\n```\n{}\n```", grouped.join("\n"))
}

pub fn verified(method: Method) -> String {
    match method {
        Method::Authenticator => "✅ Verified with your authenticator app.".to_owned(),
        Method::BackupCode { remaining } if method.low_on_backup_codes() => format!(
            "✅ Verified with a backup code. ⚠️ Only {remaining} backup code(s) left: run `/2fa backup-codes` to make a new set."
        ),
        Method::BackupCode { remaining } => {
            format!("✅ Verified with a backup code. That code is now used up; {remaining} left.")
        }
    }
}

pub const ROLE_GRANTED: &str = "Your role has been added. Welcome in!";
pub const ROLE_PENDING: &str = "Your role is on its way; it can take a minute to appear.";
pub fn role_forbidden(role_id: u64) -> String {
    format!(
        "You're verified, but I couldn't give you the <@&{role_id}> role: Discord refused (I'm missing the Manage Roles \
         permission, or my role is below that role). The moderators have been told; you'll get the role once they fix it."
    )
}

pub const REMOVED: &str = "Done: your authenticator and backup codes for this server are deleted, and the verified role is being removed. Run `/verify` any time to set it up again.";
pub const PANEL_GUIDE_SOON: &str =
    "The step-by-step guide to Discord's own two-factor authentication is coming soon.";

pub fn member_status(status: &MemberStatus, role_id: Option<u64>) -> String {
    let enrollment = match status.enrollment {
        Enrollment::None => "not set up".to_owned(),
        Enrollment::Pending { expires_at } => format!(
            "setup started, waiting for the first code (expires {})",
            when(expires_at)
        ),
        Enrollment::Expired => "setup expired before it was finished".to_owned(),
        Enrollment::Confirmed { confirmed_at } => format!("set up {}", when(confirmed_at)),
    };
    let verified = match (status.verified, role_id) {
        (true, Some(role)) => format!("yes (<@&{role}>)"),
        (true, None) => "yes".to_owned(),
        (false, _) => "no".to_owned(),
    };
    let access = match status.access {
        Access::Open => "none".to_owned(),
        Access::LockedUntil(until) => format!("locked until {}", when(until)),
        Access::LockedUntilUnlocked => "locked until a moderator unlocks".to_owned(),
    };
    let last = status.last_verified_at.map_or("never".to_owned(), when);
    format!(
        "**Authenticator:** {enrollment}\n**Verified:** {verified}\n**Backup codes left:** {}\n**Lockout:** {access}\n**Last verification:** {last}",
        status.backup_codes_left
    )
}

pub fn stats(stats: &GuildStats) -> String {
    format!(
        "**Enrolled members:** {}\n**Setups in progress:** {}\n**Verified now:** {}\n**Locked out now:** {}\n**Role changes waiting:** {}",
        stats.enrolled, stats.pending, stats.verified, stats.locked, stats.pending_role_changes
    )
}
