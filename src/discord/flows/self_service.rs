//! `/2fa backup-codes` and `/2fa remove`: a member changing their own factor, which needs a fresh
//! code first.

use poise::serenity_prelude as serenity;

use super::enroll::backup_code_reply;
use super::{Done, Submission, code_modal, status_before_modal};
use crate::discord::custom_id::CodeForm;
use crate::discord::log_lines::LogLine;
use crate::discord::respond::{Incoming, Reply};
use crate::discord::{BotError, Data};
use crate::gate::GateError;
use crate::gate::outcome::Enrollment;
use crate::gate::throttle::Access;
use crate::guide::messages::CodeSet;
use crate::guide::{Key, text};

/// Opens the modal for a fresh code, after checking the member is enrolled and not locked.
pub async fn open_fresh_code_modal(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
    form: CodeForm,
) -> Result<(), BotError> {
    let member = incoming.member()?;
    let status = status_before_modal(data, member).await?;
    if !matches!(status.enrollment, Enrollment::Confirmed { .. }) {
        return Err(GateError::NotEnrolled.into());
    }
    if status.access != Access::Open {
        return Err(GateError::Locked(status.access).into());
    }
    incoming
        .modal(&ctx.http, code_modal(form, incoming.locale()))
        .await?;
    Ok(())
}

pub(super) async fn new_backup_codes(s: &Submission<'_>) -> Result<Done, BotError> {
    let codes = s
        .data
        .gate
        .regenerate_backup_codes(s.member, s.code)
        .await?;
    let (locale, server) = (s.incoming.locale(), s.server_name());
    let reply = backup_code_reply(locale, &server, &codes, CodeSet::Replacement);
    Ok(Done::new(
        reply,
        LogLine::NewBackupCodes {
            user: s.member.user,
        },
    ))
}

pub(super) async fn remove(s: &Submission<'_>) -> Result<Done, BotError> {
    s.data.gate.remove(s.member, s.code).await?;
    let reply = Reply::text(text(s.incoming.locale(), Key::Removed));
    Ok(Done::new(
        reply,
        LogLine::RemovedThemselves {
            user: s.member.user,
        },
    ))
}
