//! The member flows, written once for slash commands, panel buttons and modal submits:
//! enroll -> confirm -> backup codes -> role ([`enroll`]); verify ([`verify`]); new backup codes and
//! removal ([`self_service`]).
//!
//! Every flow that spends a code ends the same way, in [`finish`]: wake the role worker, show the
//! member what was done, tell the log channel, and report whether the role arrived.

pub mod enroll;
pub mod held;
pub mod self_service;
pub mod verify;

use std::time::Duration;

use poise::serenity_prelude as serenity;
use serenity::{CreateActionRow, CreateButton, CreateInputText, CreateModal, InputTextStyle};

use super::answer::answer_error;
use super::custom_id::{CODE_INPUT, CodeForm, CustomId};
use super::log_lines::LogLine;
use super::respond::{Answered, Incoming, Reply};
use super::worker::{self, Outcome};
use super::{BotError, Data};
use crate::gate::gates::{Grant, Passing};
use crate::gate::outcome::{Enrollment, MemberStatus};
use crate::gate::repository::GuildConfig;
use crate::gate::throttle::Access;
use crate::gate::{GateError, GuildId, Member, RepoError};
use crate::guide::messages as msg;
use crate::guide::{Key, Locale, fill, text};

/// How long a verification reply waits to say whether the role was added.
const GRANT_WAIT: Duration = Duration::from_secs(5);

/// The modal that asks for a code: its title, and whether a backup code is accepted (which sets the
/// label, the length and the example), follow from the form.
fn code_modal(form: CodeForm, locale: Locale) -> CreateModal {
    let title = match form {
        CodeForm::Confirm(_) => Key::ConfirmModalTitle,
        CodeForm::Verify(_) => Key::VerifyModalTitle,
        CodeForm::BackupCodes => Key::BackupCodesModalTitle,
        CodeForm::Remove => Key::RemoveModalTitle,
    };
    let (label, max_length, placeholder) = match form {
        // Changing the factor needs the factor: no backup code for new codes or removal.
        CodeForm::Confirm(_) | CodeForm::BackupCodes | CodeForm::Remove => {
            (Key::CodeInputLabel, 16, "123456")
        }
        // A backup code with dashes is 19 characters; leave room for spaces.
        CodeForm::Verify(_) => (
            Key::CodeOrBackupInputLabel,
            32,
            "123456 or 1ABC-DEFG-HJKM-NPQR",
        ),
    };
    let field = CreateInputText::new(InputTextStyle::Short, text(locale, label), CODE_INPUT)
        .min_length(6)
        .max_length(max_length)
        .placeholder(placeholder)
        .required(true);
    CreateModal::new(CustomId::Form(form).to_string(), text(locale, title))
        .components(vec![CreateActionRow::InputText(field)])
}

/// Runs database reads before answering with a modal, which must be the first response and so
/// cannot be preceded by a deferral: a slow database is cut off well inside Discord's 3 seconds.
pub(crate) async fn before_modal<T>(
    reads: impl Future<Output = Result<T, GateError>>,
) -> Result<T, GateError> {
    tokio::time::timeout(Duration::from_secs(2), reads)
        .await
        .unwrap_or_else(|_| {
            Err(GateError::Storage(RepoError::Unavailable(anyhow::anyhow!(
                "the database took longer than 2 s to answer"
            ))))
        })
}

/// A member's status, read in time to answer with a modal.
async fn status_before_modal(data: &Data, member: Member) -> Result<MemberStatus, GateError> {
    before_modal(data.gate.status(member)).await
}

/// The server's gates (as read a moment ago: what the code grants is decided afresh when it is
/// spent), whether the member is enrolled and whether they may try a code, read in time to answer
/// with a modal.
async fn config_and_access(
    data: &Data,
    member: Member,
) -> Result<(GuildConfig, (Enrollment, Access)), GateError> {
    // Side by side: in a raid each read waits its turn for a database connection.
    before_modal(async {
        futures_util::try_join!(
            data.gate.config_for_prompt(member.guild),
            data.gate.access(member)
        )
    })
    .await
}

/// The ephemeral answer to `/2fa check`: a link button to the browser check, made for this member
/// alone (for whoever signs in, from a DM); or why there is none.
pub(crate) fn check_link(data: &Data, member: Option<Member>, locale: Locale) -> Reply {
    let Some(oauth) = &data.oauth else {
        return Reply::text(text(locale, Key::Check2faUnavailable));
    };
    let state = data.gate.new_check_state(member, locale.discord_tag());
    let button = serenity::CreateButton::new_link(oauth.start_link(&state))
        .label(text(locale, Key::Check2faButton));
    Reply {
        content: text(locale, Key::Check2faLink).to_owned(),
        components: vec![serenity::CreateActionRow::Buttons(vec![button])],
        ..Reply::default()
    }
}

/// The server's name as the bot's cache knows it, for labels and DMs.
fn server_name(ctx: &serenity::Context, guild: GuildId) -> String {
    ctx.cache
        .guild(serenity::GuildId::new(guild.get()))
        .map(|g| g.name.clone())
        .unwrap_or_else(|| "Discord server".into())
}

/// The code typed into a code modal.
pub(crate) fn modal_code(modal: &serenity::ModalInteraction) -> String {
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

/// A code a member submitted in one of the bot's modals, with everything a flow needs to act on it.
struct Submission<'a> {
    ctx: &'a serenity::Context,
    data: &'a Data,
    incoming: Incoming<'a>,
    member: Member,
    code: &'a str,
    /// The gate being passed (for the first code and verification) and the member's roles.
    passing: Passing,
}

impl Submission<'_> {
    fn server_name(&self) -> String {
        server_name(self.ctx, self.member.guild)
    }
}

/// Every code modal the bot opened comes back here.
pub async fn on_modal(
    ctx: &serenity::Context,
    data: &Data,
    modal: &serenity::ModalInteraction,
    form: CodeForm,
) -> Result<(), BotError> {
    let incoming = Incoming::Modal(modal);
    let member = incoming.member()?;
    let code = zeroize::Zeroizing::new(modal_code(modal));
    // Listening before anything is spent, so the worker's outcome cannot be missed.
    let outcomes = data.worker.watch(member);
    // Hashing and database work can take longer than Discord's 3 seconds: acknowledge first.
    incoming.defer(&ctx.http).await?;
    // Acknowledged: while a crowd still waits for its first responses, they come first.
    data.worker
        .awaiting()
        .step_aside(crate::discord::awaiting::AT_MOST)
        .await;
    let role = match form {
        CodeForm::Confirm(role) | CodeForm::Verify(role) => role,
        CodeForm::BackupCodes | CodeForm::Remove => None,
    };
    let submission = Submission {
        ctx,
        data,
        incoming,
        member,
        code: &code,
        passing: Passing::new(role, incoming.member_roles()),
    };
    let done = match form {
        CodeForm::Confirm(_) => enroll::confirm(&submission).await,
        CodeForm::Verify(_) => verify::check(&submission).await,
        CodeForm::BackupCodes => self_service::new_backup_codes(&submission).await,
        CodeForm::Remove => self_service::remove(&submission).await,
    };
    match done {
        Ok(done) => finish(ctx, data, incoming, member, outcomes, done).await,
        Err(error) => answer_error(ctx, data, incoming, Answered::Deferred, error).await,
    }
    Ok(())
}

/// What a spent code did: the member's reply, the log line, and the role grant it queued.
struct Done {
    reply: Reply,
    log: LogLine,
    grant: Option<Grant>,
}

impl Done {
    fn new(reply: Reply, log: LogLine) -> Self {
        Self {
            reply,
            log,
            grant: None,
        }
    }

    fn granting(self, grant: Grant) -> Self {
        Self {
            grant: Some(grant),
            ..self
        }
    }
}

/// The end of every flow that spent a code (the gate has committed by now).
async fn finish(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
    member: Member,
    outcomes: worker::GrantWatch,
    done: Done,
) {
    data.worker.wake();
    incoming.edit_after_commit(&ctx.http, done.reply).await;
    super::log::post(data.poster(&ctx.http), member.guild, &done.log).await;
    if let Some(grant) = done.grant {
        report_grant(ctx, incoming, outcomes, grant).await;
    }
}

/// Tells the member whether the role arrived, waiting briefly for the worker. A timed role's
/// report says until when, with an *End now* button.
async fn report_grant(
    ctx: &serenity::Context,
    incoming: Incoming<'_>,
    outcomes: worker::GrantWatch,
    grant: Grant,
) {
    let locale = incoming.locale();
    let role = grant.role;
    let outcome = worker::await_grant(outcomes, role, GRANT_WAIT).await;
    let arriving = matches!(
        outcome,
        Some(Outcome::Applied | Outcome::Retrying | Outcome::ClaimLost) | None
    );
    let mut reply = Reply::text(match outcome {
        Some(Outcome::Applied) => text(locale, Key::RoleGranted).to_owned(),
        Some(Outcome::Forbidden) => msg::role_forbidden(locale, role),
        Some(Outcome::OwnerNeeds2fa) => fill(
            locale,
            Key::RoleOwnerNeeds2fa,
            &[("role", &format!("<@&{role}>"))],
        ),
        Some(Outcome::Gone) => text(locale, Key::RoleGone).to_owned(),
        Some(Outcome::NotEligible) => msg::role_not_eligible(locale, role),
        Some(Outcome::Dangerous(_)) => fill(
            locale,
            Key::RoleDangerous,
            &[("role", &format!("<@&{role}>"))],
        ),
        Some(Outcome::Superseded) => text(locale, Key::RoleSuperseded).to_owned(),
        Some(Outcome::Failed(_)) => text(locale, Key::RoleFailed).to_owned(),
        Some(Outcome::Retrying | Outcome::ClaimLost) | None => {
            text(locale, Key::RolePending).to_owned()
        }
    });
    if let (Some(until), true) = (grant.expires_at, arriving) {
        reply.content.push('\n');
        reply.content.push_str(&fill(
            locale,
            Key::RoleTimed,
            &[
                ("role", &format!("<@&{role}>")),
                ("when", &msg::when(until)),
            ],
        ));
        reply.components = vec![CreateActionRow::Buttons(vec![
            CreateButton::new(CustomId::EndNow(role).to_string())
                .label(text(locale, Key::EndNowButton))
                .style(serenity::ButtonStyle::Danger),
        ])];
    }
    if let Err(error) = incoming.follow_up(&ctx.http, reply).await {
        tracing::warn!(error = %super::describe(&error), "could not tell the member about their role");
    }
}
