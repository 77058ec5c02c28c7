//! How an error becomes the member's reply, in three tiers: a gate outcome (wrong code, locked
//! until T, not enrolled) gets a clear sentence; a [`BotError::Hint`] gets its catalogue text;
//! anything else gets "Something went wrong" while the operator gets the cause chain in the log.

use poise::serenity_prelude as serenity;

use super::error::{BotError, log_chain};
use super::log_lines::LogLine;
use super::respond::{Answered, Incoming, Reply};
use super::{Data, describe};
use crate::gate::outcome::{GateError, Limited, Rejection};
use crate::gate::throttle::Access;
use crate::gate::{Member, RepoError};
use crate::guide::messages as msg;
use crate::guide::{Key, Locale, fill, text};

/// Answers `error` to whoever acted (and, for refused codes, tells the log channel). Failing to
/// deliver the answer is logged, not raised: there is no one left to tell.
pub async fn answer_error(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
    answered: Answered,
    error: BotError,
) {
    let locale = incoming.locale();
    let guild = incoming.member().ok().map(|m| m.guild);
    let text = match &error {
        BotError::Hint(key) => text(locale, *key).to_owned(),
        BotError::Gate(gate_error) => {
            if let Ok(member) = incoming.member() {
                note_in_log(ctx, data, member, gate_error).await;
            }
            match gate_message(locale, gate_error) {
                Some(text) => text,
                None => {
                    log_chain("internal error answering an interaction", &error);
                    text(locale, Key::ReplySomethingWentWrong).to_owned()
                }
            }
        }
        BotError::Discord(discord) => {
            data.budget.record(guild, discord);
            log_chain("Discord error answering an interaction", &error);
            text(locale, Key::ReplySomethingWentWrong).to_owned()
        }
    };
    let mut reply = Reply::text(text);
    // A gate that needs Discord 2FA confirmed: the check link comes with the refusal.
    if let (BotError::Gate(GateError::NeedsDiscord2fa { .. }), Ok(member)) =
        (&error, incoming.member())
    {
        reply.components = crate::discord::flows::check_link(data, Some(member), locale).components;
    }
    if let Err(send_error) = incoming.answer(&ctx.http, answered, reply).await {
        data.budget.record(guild, &send_error);
        tracing::warn!(error = %describe(&send_error), "could not deliver an error reply");
    }
}

/// The member-facing text for a gate outcome; `None` for internal failures.
pub fn gate_message(locale: Locale, error: &GateError) -> Option<String> {
    let role = |role: &crate::gate::RoleId| format!("<@&{role}>");
    let key = match error {
        GateError::NotConfigured => Key::ReplyNotConfigured,
        GateError::NotAGate(gated) => {
            return Some(fill(locale, Key::ReplyNotAGate, &[("role", &role(gated))]));
        }
        GateError::NotEligible { role: gated, needs } => {
            let args: [(&str, &(dyn std::fmt::Display + Sync)); 2] =
                [("role", &role(gated)), ("needs", &role(needs))];
            return Some(fill(locale, Key::ReplyNotEligible, &args));
        }
        GateError::NoGateOpen { needs } => {
            let roles: Vec<String> = needs.iter().map(role).collect();
            return Some(fill(
                locale,
                Key::ReplyNoGateOpen,
                &[("roles", &roles.join(", "))],
            ));
        }
        GateError::TooManyGates => {
            let max: &(dyn std::fmt::Display + Sync) = &crate::gate::gates::MAX_GATES;
            return Some(fill(locale, Key::GateTooManyGates, &[("max", max)]));
        }
        GateError::NeedsDiscord2fa { role: gated } => {
            return Some(fill(
                locale,
                Key::ReplyNeedsDiscord2fa,
                &[("role", &role(gated))],
            ));
        }
        GateError::NotEnrolled => Key::ReplyNotEnrolled,
        GateError::AlreadyEnrolled => Key::ReplyAlreadyEnrolled,
        GateError::EnrollmentExpired => Key::ReplyEnrollmentExpired,
        GateError::NeedsAuthenticatorCode => Key::ReplyNeedsAuthenticator,
        GateError::BypassExpired => Key::ReplyBypassExpired,
        GateError::Rejected { reason, lock } => {
            let base = text(
                locale,
                match reason {
                    Rejection::NotACode => Key::ReplyNotACode,
                    Rejection::WrongCode => Key::ReplyWrongCode,
                    Rejection::Replayed => Key::ReplyReplayed,
                },
            );
            let lock = lock
                .as_ref()
                .map(|l| msg::now_locked(locale, l))
                .unwrap_or_default();
            return Some(format!("{base}{lock}"));
        }
        GateError::Locked(Access::LockedUntil(until)) => {
            return Some(msg::locked_until(locale, *until));
        }
        GateError::Locked(_) => Key::ReplyLockedUntilUnlocked,
        GateError::Busy => Key::ReplyBusy,
        GateError::TooOften { action, retry_at } => {
            let key = match action {
                Limited::Enrollment => Key::ReplyTooManySetups,
                Limited::Removal => Key::ReplyTooManyRemovals,
                Limited::BackupCodes => Key::ReplyTooManyBackupCodeSets,
            };
            return Some(fill(locale, key, &[("when", &msg::when(*retry_at))]));
        }
        GateError::NotVerified => Key::ReplyNotVerified,
        GateError::NotLocked => Key::ReplyNotLocked,
        GateError::Storage(RepoError::Unavailable(_)) => Key::ReplyDatabaseDown,
        GateError::Sealing(_) | GateError::Storage(_) => return None,
    };
    Some(text(locale, key).to_owned())
}

/// Refused codes (wrong, malformed, replayed, and the lockouts they cause) go to the log channel.
async fn note_in_log(ctx: &serenity::Context, data: &Data, member: Member, error: &GateError) {
    if let GateError::Rejected { reason, lock } = error {
        let line = LogLine::Refused {
            user: member.user,
            reason: *reason,
            lock: *lock,
        };
        super::log::post(data.poster(&ctx.http), member.guild, &line).await;
    }
}
