//! The member flows, written once for slash commands, panel buttons and modal submits:
//! enroll -> confirm -> backup codes -> role; verify; new backup codes; remove.
//!
//! Custom ids are stable strings handled in the event handler (not collectors), so buttons and
//! modals keep working after a restart.

use std::time::Duration;

use poise::serenity_prelude as serenity;
use serenity::{
    CreateActionRow, CreateAttachment, CreateButton, CreateInputText, CreateModal, InputTextStyle,
};

use super::respond::{Incoming, Reply};
use super::worker::{self, Outcome};
use super::{BotError, Data};
use crate::gate::service::{Enrollment, GateError, Rejection};
use crate::gate::throttle::{Access, NewLock};
use crate::gate::{GuildId, Names, UserId};
use crate::guide::messages as msg;
use crate::guide::{Locale, fill, text};

pub const PANEL_VERIFY: &str = "keygate:panel:verify";
pub const PANEL_GUIDE: &str = "keygate:panel:guide";
pub const ENTER_FIRST_CODE: &str = "keygate:enroll:enter-code";
pub const MODAL_CONFIRM: &str = "keygate:modal:confirm";
pub const MODAL_VERIFY: &str = "keygate:modal:verify";
pub const MODAL_BACKUP_CODES: &str = "keygate:modal:backup-codes";
pub const MODAL_REMOVE: &str = "keygate:modal:remove";
pub const CODE_INPUT: &str = "code";

/// How long a verification reply waits to say whether the role was added.
const GRANT_WAIT: Duration = Duration::from_secs(5);

fn code_modal(custom_id: &str, title: &str, label: &str, backup_allowed: bool) -> CreateModal {
    let input = CreateInputText::new(InputTextStyle::Short, label, CODE_INPUT)
        .min_length(6)
        // A backup code with dashes is 19 characters; leave room for spaces.
        .max_length(if backup_allowed { 32 } else { 16 })
        .placeholder(if backup_allowed {
            "123456 or 1ABC-DEFG-HJKM-NPQR"
        } else {
            "123456"
        })
        .required(true);
    CreateModal::new(custom_id, title).components(vec![CreateActionRow::InputText(input)])
}

/// Reads a member's status before answering with a modal, which must be the first response and
/// so cannot be preceded by a deferral: a slow database is cut off well inside Discord's 3 seconds.
async fn status_before_modal(
    data: &Data,
    guild: GuildId,
    user: UserId,
) -> Result<crate::gate::service::MemberStatus, GateError> {
    tokio::time::timeout(Duration::from_secs(2), data.gate.status(guild, user))
        .await
        .unwrap_or_else(|_| {
            Err(GateError::Storage(crate::gate::RepoError::Unavailable(
                anyhow::anyhow!("the database took longer than 2 s to answer"),
            )))
        })
}

pub fn require_guild(incoming: &Incoming<'_>) -> Result<GuildId, BotError> {
    incoming
        .guild()
        .ok_or_else(|| BotError::Hint(text(incoming.locale(), "reply.guild_only").to_owned()))
}

/// `/verify` and the panel's *Verify* button.
pub async fn verify(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
) -> Result<(), BotError> {
    let guild = require_guild(&incoming)?;
    let user = incoming.user_id();
    let status = status_before_modal(data, guild, user).await?;
    match (status.enrollment, status.access) {
        (Enrollment::Confirmed { .. }, Access::Open) => {
            let modal = code_modal(
                MODAL_VERIFY,
                text(incoming.locale(), "verify.modal_title"),
                text(incoming.locale(), "code_or_backup.input_label"),
                true,
            );
            incoming.modal(&ctx.http, modal).await?;
            Ok(())
        }
        (Enrollment::Confirmed { .. }, locked) => Err(GateError::Locked(locked).into()),
        _ => enroll(ctx, data, incoming, guild, user).await,
    }
}

async fn enroll(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
    guild: GuildId,
    user: UserId,
) -> Result<(), BotError> {
    incoming.defer(&ctx.http).await?;
    let guild_name = ctx
        .cache
        .guild(serenity::GuildId::new(guild.get()))
        .map(|g| g.name.clone())
        .unwrap_or_else(|| "Discord server".to_owned());
    let names = Names {
        guild_name,
        member_name: incoming.member_name(),
    };
    let result = data.gate.enroll(guild, user, &names).await;
    let enrollment = match result {
        Ok(enrollment) => enrollment,
        Err(error) => return answer_error(ctx, data, incoming, true, error.into()).await,
    };
    let reply = Reply {
        content: msg::enrollment_instructions(
            incoming.locale(),
            &enrollment.manual_key,
            enrollment.expires_at,
        ),
        files: vec![CreateAttachment::bytes(enrollment.qr_png, "keygate-qr.png")],
        components: vec![CreateActionRow::Buttons(vec![
            CreateButton::new(ENTER_FIRST_CODE)
                .label(text(incoming.locale(), "enroll.enter_code.button"))
                .style(serenity::ButtonStyle::Primary),
        ])],
    };
    incoming.edit_after_commit(&ctx.http, reply).await;
    super::log::post(
        &data.gate,
        &ctx.http,
        guild,
        &format!("🆕 <@{user}> started setting up an authenticator app."),
    )
    .await;
    Ok(())
}

/// The *Enter code* button under the QR code.
pub async fn open_confirm_modal(
    ctx: &serenity::Context,
    incoming: Incoming<'_>,
) -> Result<(), BotError> {
    let modal = code_modal(
        MODAL_CONFIRM,
        text(incoming.locale(), "confirm.modal_title"),
        text(incoming.locale(), "code.input_label"),
        false,
    );
    incoming.modal(&ctx.http, modal).await?;
    Ok(())
}

/// `/2fa backup-codes` and `/2fa remove`: both need a fresh code first.
pub async fn open_fresh_code_modal(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
    custom_id: &str,
) -> Result<(), BotError> {
    let guild = require_guild(&incoming)?;
    let status = status_before_modal(data, guild, incoming.user_id()).await?;
    if !matches!(status.enrollment, Enrollment::Confirmed { .. }) {
        return Err(GateError::NotEnrolled.into());
    }
    if status.access != Access::Open {
        return Err(GateError::Locked(status.access).into());
    }
    let modal = if custom_id == MODAL_BACKUP_CODES {
        code_modal(
            MODAL_BACKUP_CODES,
            text(incoming.locale(), "backup_codes.modal_title"),
            text(incoming.locale(), "code.input_label"),
            false,
        )
    } else {
        code_modal(
            MODAL_REMOVE,
            text(incoming.locale(), "remove.modal_title"),
            text(incoming.locale(), "code_or_backup.input_label"),
            true,
        )
    };
    incoming.modal(&ctx.http, modal).await?;
    Ok(())
}

fn modal_code(modal: &serenity::ModalInteraction) -> String {
    modal
        .data
        .components
        .iter()
        .flat_map(|row| &row.components)
        .find_map(|component| match component {
            serenity::ActionRowComponent::InputText(input) if input.custom_id == CODE_INPUT => {
                input.value.clone()
            }
            _ => None,
        })
        .unwrap_or_default()
}

/// Every modal the bot opened comes back here.
pub async fn on_modal(
    ctx: &serenity::Context,
    data: &Data,
    modal: &serenity::ModalInteraction,
) -> Result<(), BotError> {
    let incoming = Incoming::Modal(modal);
    let guild = require_guild(&incoming)?;
    let user = incoming.user_id();
    let code = zeroize::Zeroizing::new(modal_code(modal));
    // Hashing and database work can take longer than Discord's 3 seconds: acknowledge first.
    incoming.defer(&ctx.http).await?;
    let outcome = match modal.data.custom_id.as_str() {
        MODAL_CONFIRM => confirm(ctx, data, incoming, guild, user, &code).await,
        MODAL_VERIFY => check(ctx, data, incoming, guild, user, &code).await,
        MODAL_BACKUP_CODES => new_backup_codes(ctx, data, incoming, guild, user, &code).await,
        MODAL_REMOVE => remove(ctx, data, incoming, guild, user, &code).await,
        other => {
            tracing::warn!(custom_id = other, "unknown modal");
            Err(BotError::Hint(
                text(incoming.locale(), "reply.stale_form").to_owned(),
            ))
        }
    };
    match outcome {
        Ok(()) => Ok(()),
        Err(error) => answer_error(ctx, data, incoming, true, error).await,
    }
}

fn backup_code_reply(
    locale: Locale,
    server: &str,
    codes: &[crate::gate::backup_codes::BackupCode],
    first_time: bool,
) -> Reply {
    let grouped: Vec<String> = codes.iter().map(|c| c.grouped().to_string()).collect();
    let mut file = zeroize::Zeroizing::new(fill(
        locale,
        "backup_codes.file_intro",
        &[("server", &server)],
    ));
    file.push_str("\n\n");
    for code in &grouped {
        file.push_str(code);
        file.push('\n');
    }
    Reply {
        content: msg::backup_codes_shown(locale, &grouped, first_time),
        files: vec![CreateAttachment::bytes(
            file.as_bytes().to_vec(),
            "keygate-backup-codes.txt",
        )],
        components: vec![],
    }
}

fn server_name(ctx: &serenity::Context, guild: GuildId) -> String {
    ctx.cache
        .guild(serenity::GuildId::new(guild.get()))
        .map(|g| g.name.clone())
        .unwrap_or_else(|| "Discord server".into())
}

async fn confirm(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
    guild: GuildId,
    user: UserId,
    code: &str,
) -> Result<(), BotError> {
    let outcomes = data.worker.subscribe();
    let confirmed = data.gate.confirm(guild, user, code).await?;
    data.worker.wake();
    incoming
        .edit_after_commit(
            &ctx.http,
            backup_code_reply(
                incoming.locale(),
                &server_name(ctx, guild),
                &confirmed.backup_codes,
                true,
            ),
        )
        .await;
    super::log::post(
        &data.gate,
        &ctx.http,
        guild,
        &format!("✅ <@{user}> set up an authenticator app and passed verification."),
    )
    .await;
    report_grant(
        ctx,
        incoming,
        outcomes,
        guild,
        user,
        confirmed.role.map(|r| r.get()),
    )
    .await
}

async fn check(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
    guild: GuildId,
    user: UserId,
    code: &str,
) -> Result<(), BotError> {
    let outcomes = data.worker.subscribe();
    let verified = data.gate.verify(guild, user, code).await?;
    data.worker.wake();
    incoming
        .edit_after_commit(
            &ctx.http,
            Reply::text(msg::verified(incoming.locale(), verified.method)),
        )
        .await;
    let how = match verified.method {
        crate::gate::service::Method::Authenticator => "their authenticator app".to_owned(),
        crate::gate::service::Method::BackupCode { remaining } => {
            format!("a backup code ({remaining} left)")
        }
    };
    super::log::post(
        &data.gate,
        &ctx.http,
        guild,
        &format!("✅ <@{user}> passed verification with {how}."),
    )
    .await;
    report_grant(
        ctx,
        incoming,
        outcomes,
        guild,
        user,
        Some(verified.role.get()),
    )
    .await
}

/// Tells the member whether the role arrived, waiting briefly for the worker.
async fn report_grant(
    ctx: &serenity::Context,
    incoming: Incoming<'_>,
    outcomes: tokio::sync::broadcast::Receiver<worker::Applied>,
    guild: GuildId,
    user: UserId,
    role: Option<u64>,
) -> Result<(), BotError> {
    let Some(role) = role else { return Ok(()) };
    let text = match worker::await_grant(outcomes, guild, user, GRANT_WAIT).await {
        Some(Outcome::Applied) => text(incoming.locale(), "role.granted").to_owned(),
        Some(Outcome::Forbidden) => msg::role_forbidden(incoming.locale(), role),
        _ => text(incoming.locale(), "role.pending").to_owned(),
    };
    if let Err(error) = incoming.follow_up(&ctx.http, Reply::text(text)).await {
        tracing::warn!(error = %super::describe(&error), "could not tell the member about their role");
    }
    Ok(())
}

async fn new_backup_codes(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
    guild: GuildId,
    user: UserId,
    code: &str,
) -> Result<(), BotError> {
    let codes = data.gate.regenerate_backup_codes(guild, user, code).await?;
    incoming
        .edit_after_commit(
            &ctx.http,
            backup_code_reply(incoming.locale(), &server_name(ctx, guild), &codes, false),
        )
        .await;
    super::log::post(
        &data.gate,
        &ctx.http,
        guild,
        &format!("🔑 <@{user}> made a new set of backup codes."),
    )
    .await;
    Ok(())
}

async fn remove(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
    guild: GuildId,
    user: UserId,
    code: &str,
) -> Result<(), BotError> {
    data.gate.remove(guild, user, code).await?;
    data.worker.wake();
    incoming
        .edit_after_commit(&ctx.http, Reply::text(text(incoming.locale(), "removed")))
        .await;
    super::log::post(
        &data.gate,
        &ctx.http,
        guild,
        &format!("🗑️ <@{user}> removed their authenticator from the gate."),
    )
    .await;
    Ok(())
}

/// Turns an error into the member's reply (and, for replays and lockouts, a log line).
pub async fn answer_error(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
    deferred: bool,
    error: BotError,
) -> Result<(), BotError> {
    let text = match &error {
        BotError::Hint(text) => text.clone(),
        BotError::Gate(gate_error) => {
            if let Some(guild) = incoming.guild() {
                note_in_log(ctx, data, guild, incoming.user_id(), gate_error).await;
            }
            match gate_message(incoming.locale(), gate_error) {
                Some(text) => text,
                None => {
                    tracing::error!(error = %super::log_safe(&error), "internal error answering an interaction");
                    text(incoming.locale(), "reply.something_went_wrong").to_owned()
                }
            }
        }
        BotError::Discord(_) => {
            tracing::error!(error = %super::log_safe(&error), "Discord error answering an interaction");
            text(incoming.locale(), "reply.something_went_wrong").to_owned()
        }
    };
    let sent = if deferred {
        incoming.edit(&ctx.http, Reply::text(text)).await
    } else {
        incoming.reply(&ctx.http, Reply::text(text)).await
    };
    if let Err(send_error) = sent {
        tracing::warn!(error = %super::describe(&send_error), "could not deliver an error reply");
    }
    Ok(())
}

/// The member-facing text for a gate outcome; `None` for internal failures.
pub fn gate_message(locale: Locale, error: &GateError) -> Option<String> {
    let key = match error {
        GateError::NotConfigured => "reply.not_configured",
        GateError::NotEnrolled => "reply.not_enrolled",
        GateError::AlreadyEnrolled => "reply.already_enrolled",
        GateError::EnrollmentExpired => "reply.enrollment_expired",
        GateError::NeedsAuthenticatorCode => "reply.needs_authenticator",
        GateError::Rejected { reason, lock } => {
            let base = text(
                locale,
                match reason {
                    Rejection::NotACode => "reply.not_a_code",
                    Rejection::WrongCode => "reply.wrong_code",
                    Rejection::Replayed => "reply.replayed",
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
        GateError::Locked(_) => "reply.locked_until_unlocked",
        GateError::NotVerified => "reply.not_verified",
        GateError::NotLocked => "reply.not_locked",
        GateError::Storage(crate::gate::RepoError::Unavailable(_)) => "reply.database_down",
        GateError::Sealing(_) | GateError::Storage(_) => return None,
    };
    Some(text(locale, key).to_owned())
}

async fn note_in_log(
    ctx: &serenity::Context,
    data: &Data,
    guild: GuildId,
    user: UserId,
    error: &GateError,
) {
    let line = match error {
        GateError::Rejected {
            reason: Rejection::Replayed,
            lock,
        } => Some(format!(
            "⚠️ <@{user}> submitted a code that was already used (possible replay). The code was refused.{}",
            lock.map(|l| lock_note(&l)).unwrap_or_default()
        )),
        GateError::Rejected {
            lock: Some(lock), ..
        } => Some(format!(
            "🔒 <@{user}> entered too many wrong codes.{}",
            lock_note(lock)
        )),
        GateError::Rejected { reason, lock: None } => Some(format!(
            "❌ <@{user}> entered {}.",
            if *reason == Rejection::NotACode {
                "something that isn't a code"
            } else {
                "a wrong code"
            }
        )),
        _ => None,
    };
    if let Some(line) = line {
        super::log::post(&data.gate, &ctx.http, guild, &line).await;
    }
}

fn lock_note(lock: &NewLock) -> String {
    match lock {
        NewLock::Until(until) => format!(" Locked until {}.", msg::when(*until)),
        NewLock::UntilUnlocked => " Locked until a moderator runs `/gate unlock`.".to_owned(),
    }
}
