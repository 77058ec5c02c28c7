//! `/verify` and the panel's *Verify* button, and a new member's enrollment: the QR code, the
//! *Enter code* button, and the first code that confirms the app and shows the backup codes.

use poise::serenity_prelude as serenity;
use serenity::{CreateActionRow, CreateAttachment, CreateButton};

use super::{Done, Submission, code_modal, server_name, status_before_modal};
use crate::discord::answer::answer_error;
use crate::discord::custom_id::{CodeForm, CustomId};
use crate::discord::log_lines::LogLine;
use crate::discord::respond::{Answered, Incoming, Reply};
use crate::discord::{BotError, Data};
use crate::gate::backup_codes::BackupCode;
use crate::gate::outcome::Enrollment;
use crate::gate::throttle::Access;
use crate::gate::{GateError, Member, Names};
use crate::guide::messages::{self as msg, CodeSet};
use crate::guide::{Key, Locale, fill, text};

/// `/verify` and the panel's *Verify* button: a modal for an enrolled member, enrollment for
/// everyone else.
pub async fn verify(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
) -> Result<(), BotError> {
    let member = incoming.member()?;
    let status = status_before_modal(data, member).await?;
    match (status.enrollment, status.access) {
        (Enrollment::Confirmed { .. }, Access::Open) => {
            let modal = code_modal(CodeForm::Verify, incoming.locale());
            incoming.modal(&ctx.http, modal).await?;
            Ok(())
        }
        (Enrollment::Confirmed { .. }, locked) => Err(GateError::Locked(locked).into()),
        _ => {
            start(ctx, data, incoming, member).await;
            Ok(())
        }
    }
}

/// Shows a new secret as a QR code and a setup key, only to the member.
async fn start(ctx: &serenity::Context, data: &Data, incoming: Incoming<'_>, member: Member) {
    if let Err(error) = incoming.defer(&ctx.http).await {
        tracing::warn!(error = %crate::discord::describe(&error), "could not acknowledge an enrollment");
        return;
    }
    let names = Names {
        guild_name: server_name(ctx, member.guild),
        member_name: incoming.member_name(),
    };
    let enrollment = match data.gate.enroll(member, &names).await {
        Ok(enrollment) => enrollment,
        Err(error) => {
            return answer_error(ctx, data, incoming, Answered::Deferred, error.into()).await;
        }
    };
    let reply = Reply {
        content: msg::enrollment_instructions(
            incoming.locale(),
            &enrollment.manual_key,
            enrollment.expires_at,
        ),
        files: vec![CreateAttachment::bytes(enrollment.qr_png, "keygate-qr.png")],
        components: vec![CreateActionRow::Buttons(vec![
            CreateButton::new(CustomId::EnterFirstCode.to_string())
                .label(text(incoming.locale(), Key::EnrollEnterCodeButton))
                .style(serenity::ButtonStyle::Primary),
        ])],
    };
    incoming.edit_after_commit(&ctx.http, reply).await;
    let line = LogLine::EnrollmentStarted { user: member.user };
    crate::discord::log::post(&data.gate, &ctx.http, member.guild, &line).await;
}

/// The *Enter code* button under the QR code.
pub async fn open_confirm_modal(
    ctx: &serenity::Context,
    incoming: Incoming<'_>,
) -> Result<(), BotError> {
    let modal = code_modal(CodeForm::Confirm, incoming.locale());
    incoming.modal(&ctx.http, modal).await?;
    Ok(())
}

/// The backup codes, in the message and as a `.txt` attachment (both ephemeral).
pub(super) fn backup_code_reply(
    locale: Locale,
    server: &str,
    codes: &[BackupCode],
    set: CodeSet,
) -> Reply {
    let grouped: Vec<String> = codes.iter().map(|c| c.grouped().to_string()).collect();
    let mut file = zeroize::Zeroizing::new(fill(
        locale,
        Key::BackupCodesFileIntro,
        &[("server", &server)],
    ));
    file.push_str("\n\n");
    for code in &grouped {
        file.push_str(code);
        file.push('\n');
    }
    Reply {
        content: msg::backup_codes_shown(locale, &grouped, set),
        files: vec![CreateAttachment::bytes(
            file.as_bytes().to_vec(),
            "keygate-backup-codes.txt",
        )],
        components: vec![],
    }
}

/// The first code: confirms the app, issues backup codes, queues the role.
pub(super) async fn confirm(s: &Submission<'_>) -> Result<Done, BotError> {
    let confirmed = s.data.gate.confirm(s.member, s.code).await?;
    let (locale, server) = (s.incoming.locale(), s.server_name());
    let codes = backup_code_reply(locale, &server, &confirmed.backup_codes, CodeSet::First);
    let line = LogLine::Enrolled {
        user: s.member.user,
    };
    Ok(Done::new(codes, line).granting(confirmed.role))
}
