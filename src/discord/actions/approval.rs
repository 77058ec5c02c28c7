//! Two-person approval (`two_person_reset`): `/gate reset` and `/gate bypass` become a request
//! posted in the log channel with *Approve* and *Deny* buttons; another moderator's press carries
//! the action out (or not), and the request's message then says who decided. The rules (own
//! request, expiry, decided once) are the gate's ([`crate::gate::approvals`]).

use poise::serenity_prelude as serenity;

use super::members::{Approved, may_act_on};
use super::{Acting, Target, members};
use crate::discord::BotError;
use crate::discord::custom_id::CustomId;
use crate::discord::log::{Posted, post_message};
use crate::discord::log_lines::{Asked, LogLine};
use crate::gate::Member;
use crate::gate::approvals::{ApprovalRequest, Decision, NotDecided, RequestId, Requested};
use crate::gate::moderation::Reason;
use crate::gate::repository::Approvals;
use crate::guide::messages::when;
use crate::guide::{Key, Locale, fill, text};

fn asked(request: &ApprovalRequest) -> LogLine {
    LogLine::ApprovalAsked {
        moderator: request.requested_by,
        user: request.member.user,
        what: match &request.what {
            Requested::Reset { reason } => Asked::Reset(reason.clone()),
            Requested::Bypass => Asked::Bypass,
        },
        expires_at: request.expires_at,
    }
}

fn buttons(locale: Locale, id: RequestId) -> Vec<serenity::CreateActionRow> {
    vec![serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(CustomId::Decide(id, true).to_string())
            .label(text(locale, Key::ApproveButton))
            .style(serenity::ButtonStyle::Success),
        serenity::CreateButton::new(CustomId::Decide(id, false).to_string())
            .label(text(locale, Key::DenyButton))
            .style(serenity::ButtonStyle::Danger),
    ])]
}

/// With two-person approval on, turns the action into a request (answering the moderator):
/// `true`. `false` when the action may run now.
pub(super) async fn ask_if_needed(
    acting: &Acting<'_>,
    target: &Target,
    what: Requested,
) -> Result<bool, BotError> {
    let config = acting.data.gate.config(acting.guild).await?;
    if !config.two_person_reset {
        return Ok(false);
    }
    if !may_act_on(acting, target).await? {
        return Ok(true);
    }
    let locale = acting.locale();
    let Some(channel) = config.log_channel else {
        acting.say(text(locale, Key::GateTwoPersonNeedsLog)).await?;
        return Ok(true);
    };
    let member = acting.member(&target.user);
    if what == Requested::Bypass && !acting.data.gate.is_enrolled(member).await? {
        let mention = format!("<@{}>", target.user.id);
        let reply = fill(locale, Key::GateBypassNotEnrolled, &[("user", &mention)]);
        acting.say(reply).await?;
        return Ok(true);
    }
    let request = acting
        .data
        .gate
        .request_approval(member, acting.moderator, what)
        .await?;
    let server = acting.incoming.guild_locale();
    let (posted, _) = post_message(
        acting.data.poster(acting.http()),
        acting.guild,
        asked(&request).render(server),
        buttons(server, request.id),
        true,
    )
    .await;
    let mention = format!("<#{channel}>");
    if posted != Posted::Posted {
        // Nobody can see its buttons: withdraw it, so the trail does not show an open request.
        acting.data.gate.withdraw_request(&request).await?;
        let reply = fill(locale, Key::GateApprovalNotPosted, &[("channel", &mention)]);
        acting.say(reply).await?;
        return Ok(true);
    }
    let args: [(&str, &(dyn std::fmt::Display + Sync)); 2] =
        [("channel", &mention), ("when", &when(request.expires_at))];
    acting
        .say(fill(locale, Key::GateApprovalRequested, &args))
        .await?;
    Ok(true)
}

/// A second moderator's *Approve* or *Deny*.
pub(super) async fn decide(
    acting: &Acting<'_>,
    id: RequestId,
    approve: bool,
    message: (serenity::ChannelId, serenity::MessageId),
) -> Result<(), BotError> {
    let locale = acting.locale();
    let gate = &acting.data.gate;
    let found = gate.repo().request(acting.guild, id).await;
    let Some(request) = found.map_err(crate::gate::GateError::from)? else {
        return acting.say(text(locale, Key::ApprovalAlreadyDecided)).await;
    };
    let target = target_of(acting, request.member).await?;
    // The approver must be able to act on the member themselves (checked before deciding, so a
    // refused approver leaves the request open for someone who can).
    if approve && request.requested_by != acting.moderator && !may_act_on(acting, &target).await? {
        return Ok(());
    }
    let request = match gate
        .decide(acting.guild, id, acting.moderator, approve)
        .await?
    {
        Decision::Decided(request) => request,
        Decision::Refused(why) => {
            let key = match why {
                NotDecided::OwnRequest => Key::ApprovalOwnRequest,
                NotDecided::Expired => {
                    settle(
                        acting,
                        &request,
                        message,
                        text(acting.incoming.guild_locale(), Key::ApprovalNoteExpired).to_owned(),
                    )
                    .await;
                    Key::ApprovalExpired
                }
                NotDecided::Unknown | NotDecided::AlreadyDecided => Key::ApprovalAlreadyDecided,
            };
            return acting.say(text(locale, key)).await;
        }
    };
    let server = acting.incoming.guild_locale();
    let approver = format!("<@{}>", acting.moderator);
    let note_key = if approve {
        Key::ApprovalNoteApproved
    } else {
        Key::ApprovalNoteDenied
    };
    settle(
        acting,
        &request,
        message,
        fill(server, note_key, &[("moderator", &approver)]),
    )
    .await;
    if !approve {
        let user = format!("<@{}>", request.member.user);
        let line = LogLine::ApprovalDenied {
            approver: acting.moderator,
            moderator: request.requested_by,
            user: request.member.user,
        };
        return acting
            .say_and_log(fill(locale, Key::ApprovalDenied, &[("user", &user)]), line)
            .await;
    }
    let approved = Some(Approved {
        requested_by: request.requested_by,
        approver: acting.moderator,
    });
    match &request.what {
        Requested::Reset { reason } => {
            members::reset(acting, &target, &Reason::clean(reason), approved).await
        }
        Requested::Bypass => members::bypass(acting, &target, approved).await,
    }
}

/// The member a request is about, with their roles as Discord has them now (none if they left).
async fn target_of(acting: &Acting<'_>, member: Member) -> Result<Target, BotError> {
    let user_id = serenity::UserId::new(member.user.get());
    let guild = serenity::GuildId::new(member.guild.get());
    let user = acting.http().get_user(user_id).await?;
    let roles = match acting.http().get_member(guild, user_id).await {
        Ok(found) => found.roles,
        Err(serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e)))
            if e.status_code.as_u16() == 404 =>
        {
            Vec::new()
        }
        Err(error) => return Err(error.into()),
    };
    Ok(Target { user, roles })
}

/// Rewrites the request's message with what became of it, without its buttons.
async fn settle(
    acting: &Acting<'_>,
    request: &ApprovalRequest,
    (channel, message): (serenity::ChannelId, serenity::MessageId),
    note: String,
) {
    let content = format!(
        "{}\n{note}",
        asked(request).render(acting.incoming.guild_locale())
    );
    let edit = serenity::EditMessage::new()
        .content(content)
        .components(Vec::new())
        .allowed_mentions(crate::discord::respond::no_mentions());
    if let Err(error) = channel.edit_message(acting.http(), message, edit).await {
        acting.data.budget.record(Some(acting.guild), &error);
        tracing::warn!(guild = %acting.guild, error = %crate::discord::describe(&error), "could not update a request's message");
    }
}
