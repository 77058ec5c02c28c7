//! `/verify` and the panel's *Verify* button, and a new member's enrollment: the QR code, the
//! *Enter code* button, and the first code that confirms the app and shows the backup codes.

use poise::serenity_prelude as serenity;
use serenity::{
    CreateActionRow, CreateAttachment, CreateButton, CreateSelectMenu, CreateSelectMenuKind,
    CreateSelectMenuOption,
};

use super::{Done, Submission, code_modal, config_and_access, server_name};
use crate::discord::answer::answer_error;
use crate::discord::custom_id::{CodeForm, CustomId};
use crate::discord::log_lines::LogLine;
use crate::discord::respond::{Answered, Incoming, Reply};
use crate::discord::{BotError, Data};
use crate::gate::backup_codes::BackupCode;
use crate::gate::gates::{self, Choice, Passing};
use crate::gate::outcome::Enrollment;
use crate::gate::throttle::Access;
use crate::gate::{GateError, GuildId, Member, Names, RoleId};
use crate::guide::messages::{self as msg, CodeSet};
use crate::guide::{Key, Locale, fill, text};

/// `/verify`, the panel's *Verify* button and the menu of gates: a modal for an enrolled member,
/// enrollment for everyone else, for the gate asked for (`requested`) or the one gate open to the
/// member. With several open and none asked for, the member picks from a menu of those gates.
/// A gate the member may not pass is refused here, before anything is counted or hashed.
pub async fn verify(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
    requested: Option<RoleId>,
) -> Result<(), BotError> {
    let member = incoming.member()?;
    let (config, access) = config_and_access(data, member).await?;
    let passing = Passing::new(requested, incoming.member_roles());
    let role = match gates::choose(&config, &passing) {
        Ok(Choice::One(gate)) if gate.discord_2fa => {
            // Before the modal, so nobody types a code the gate would refuse anyway (the gate
            // checks again when the code is spent).
            let now = data.gate.now();
            let confirmed = super::before_modal(data.gate.discord_2fa(member.user))
                .await?
                .is_some_and(|check| check.confirmed_at(now));
            if !confirmed {
                return Err(GateError::NeedsDiscord2fa { role: gate.role }.into());
            }
            gate.role
        }
        Ok(Choice::One(gate)) => gate.role,
        Err(refused @ (GateError::NotEligible { .. } | GateError::NoGateOpen { .. })) => {
            // The interaction proves which roles they hold now: gated roles whose eligible role
            // is gone go with it (after the answer, which must not wait).
            let (gate, http, worker) = (data.gate.clone(), ctx.http.clone(), data.worker.clone());
            let budget = data.budget.clone();
            let holds = passing.holds.clone();
            tokio::spawn(async move {
                let poster = crate::discord::log::Poster {
                    gate: &gate,
                    http: &http,
                    budget: &budget,
                };
                super::held::release_ineligible(poster, &worker, member, &holds).await;
            });
            return Err(refused.into());
        }
        Err(other) => return Err(other.into()),
        Ok(Choice::Several(open)) => {
            let roles: Vec<RoleId> = open.iter().map(|gate| gate.role).collect();
            incoming
                .reply(&ctx.http, pick_gate(ctx, member, incoming.locale(), &roles))
                .await?;
            return Ok(());
        }
    };
    match access {
        (Enrollment::Confirmed { .. }, Access::Open) => {
            let modal = code_modal(CodeForm::Verify(Some(role)), incoming.locale());
            incoming.modal(&ctx.http, modal).await?;
            Ok(())
        }
        (Enrollment::Confirmed { .. }, locked) => Err(GateError::Locked(locked).into()),
        _ => {
            start(
                ctx,
                data,
                incoming,
                member,
                Passing::new(Some(role), passing.holds),
            )
            .await;
            Ok(())
        }
    }
}

/// The menu of the gates open to the member (only to them).
fn pick_gate(ctx: &serenity::Context, member: Member, locale: Locale, roles: &[RoleId]) -> Reply {
    let names = role_names(ctx, member.guild);
    let options = roles
        .iter()
        .map(|role| {
            let name = names
                .iter()
                .find(|(id, _)| id == role)
                .map_or_else(|| format!("Role {role}"), |(_, name)| name.clone());
            let label: String = name.chars().take(100).collect();
            CreateSelectMenuOption::new(label, role.to_string())
        })
        .collect();
    let menu = CreateSelectMenu::new(
        CustomId::PickGate.to_string(),
        CreateSelectMenuKind::String { options },
    )
    .placeholder(text(locale, Key::PickGatePlaceholder));
    Reply {
        content: text(locale, Key::PickGatePrompt).to_owned(),
        files: vec![],
        components: vec![CreateActionRow::SelectMenu(menu)],
    }
}

/// The server's roles by id and name, as the bot's cache knows them.
fn role_names(ctx: &serenity::Context, guild: GuildId) -> Vec<(RoleId, String)> {
    ctx.cache
        .guild(serenity::GuildId::new(guild.get()))
        .map(|g| {
            g.roles
                .values()
                .map(|r| (RoleId::new(r.id.get()), r.name.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// The gate the member picked from the menu.
pub async fn picked(
    ctx: &serenity::Context,
    data: &Data,
    component: &serenity::ComponentInteraction,
) -> Result<(), BotError> {
    let role = match &component.data.kind {
        serenity::ComponentInteractionDataKind::StringSelect { values } => values
            .first()
            .and_then(|v| v.parse::<u64>().ok())
            .filter(|id| *id > 0)
            .map(RoleId::new),
        _ => None,
    };
    let Some(role) = role else {
        return Err(BotError::Hint(Key::ReplyStaleForm));
    };
    verify(ctx, data, Incoming::Component(component), Some(role)).await
}

/// Shows a new secret as a QR code and a setup key, only to the member.
async fn start(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
    member: Member,
    passing: Passing,
) {
    if let Err(error) = incoming.defer(&ctx.http).await {
        tracing::warn!(error = %crate::discord::describe(&error), "could not acknowledge an enrollment");
        return;
    }
    let names = Names {
        guild_name: server_name(ctx, member.guild),
        member_name: incoming.member_name(),
    };
    let enrollment = match data.gate.enroll(member, &names, &passing).await {
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
            CreateButton::new(CustomId::EnterFirstCode(passing.role).to_string())
                .label(text(incoming.locale(), Key::EnrollEnterCodeButton))
                .style(serenity::ButtonStyle::Primary),
        ])],
    };
    incoming.edit_after_commit(&ctx.http, reply).await;
    let line = LogLine::EnrollmentStarted { user: member.user };
    crate::discord::log::post(data.poster(&ctx.http), member.guild, &line).await;
}

/// The *Enter code* button under the QR code.
pub async fn open_confirm_modal(
    ctx: &serenity::Context,
    incoming: Incoming<'_>,
    role: Option<RoleId>,
) -> Result<(), BotError> {
    let modal = code_modal(CodeForm::Confirm(role), incoming.locale());
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
    let confirmed = s.data.gate.confirm(s.member, s.code, &s.passing).await?;
    let (locale, server) = (s.incoming.locale(), s.server_name());
    let codes = backup_code_reply(locale, &server, &confirmed.backup_codes, CodeSet::First);
    let (user, grant) = (s.member.user, confirmed.grant);
    // A moderator's new app passes moderator checks from now on: the others should know, in case
    // it is a thief's (a moderator who never enrolled, whose session was stolen).
    let moderator = s
        .incoming
        .guild_member()
        .and_then(|m| m.permissions)
        .is_some_and(|p| p.manage_guild() || p.administrator());
    let line = if moderator
        && s.data
            .gate
            .config(s.member.guild)
            .await
            .is_ok_and(|c| c.moderator_code)
    {
        LogLine::ModeratorEnrolled { user, grant }
    } else {
        LogLine::Enrolled { user, grant }
    };
    Ok(Done::new(codes, line).granting(confirmed.grant))
}
