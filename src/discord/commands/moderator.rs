//! The moderator commands under `/gate` (except `setup` and `drop`, in their own file): the
//! panel, a member's status, unlock, revoke, reset, and the counts, audit trail and settings.
//! Unlock, revoke and reset are [`ModeratorAction`]s: read here, run by
//! [`crate::discord::actions`] (after the moderator's code when the server asks for one).

use poise::serenity_prelude as serenity;

use super::setup::{drop_gate, setup};
use super::{about, defer, in_guild, incoming, invoker, locale, say, say_and_log};
use crate::discord::actions::{self, ModeratorAction, Target, in_this_server, not_here};
use crate::discord::custom_id::CustomId;
use crate::discord::log_lines::LogLine;
use crate::discord::respond::{Reply, no_mentions};
use crate::discord::{AppContext, BotError};
use crate::gate::moderation::Reason;
use crate::gate::{ChannelId, RoleId, UserId};
use crate::guide::messages as msg;
use crate::guide::{Key, fill, text};

/// `/gate`: the parent of the moderator commands.
#[poise::command(
    slash_command,
    guild_only,
    subcommands(
        "setup",
        "drop_gate",
        "panel",
        "gate_status",
        "unlock",
        "revoke",
        "reset",
        "bypass",
        "stats",
        "audit",
        "config"
    ),
    subcommand_required
)]
pub async fn gate(_ctx: AppContext<'_>) -> Result<(), BotError> {
    Ok(())
}

/// `/gate panel`: the persistent message with the *Verify* and *2FA guide* buttons.
#[poise::command(slash_command, guild_only)]
pub async fn panel(
    ctx: AppContext<'_>,
    #[description = "Where to post it (default: this channel)"]
    #[channel_types("Text")]
    channel: Option<serenity::PartialChannel>,
    #[description = "The gate its Verify button is for (default: the member picks)"] role: Option<
        serenity::Role,
    >,
) -> Result<(), BotError> {
    defer(&ctx).await?;
    let guild = incoming(&ctx).member()?.guild;
    let channel = channel.map_or(ctx.interaction.channel_id, |c| c.id);
    if !in_this_server(ctx.serenity_context(), guild, channel).await? {
        return say(&ctx, not_here(locale(&ctx), channel)).await;
    }
    let role = role.map(|r| RoleId::new(r.id.get()));
    if let Some(role) = role
        && ctx.data().gate.config(guild).await?.gate(role).is_none()
    {
        let mention = format!("<@&{role}>");
        return say(
            &ctx,
            fill(locale(&ctx), Key::GateNotAGate, &[("role", &mention)]),
        )
        .await;
    }
    // The panel is read by everyone: it speaks the server's language.
    let server_locale = incoming(&ctx).guild_locale();
    let mut buttons = vec![
        serenity::CreateButton::new(CustomId::PanelVerify(role).to_string())
            .label(text(server_locale, Key::PanelVerifyButton))
            .style(serenity::ButtonStyle::Success),
        serenity::CreateButton::new(CustomId::PanelGuide.to_string())
            .label(text(server_locale, Key::PanelGuideButton))
            .style(serenity::ButtonStyle::Secondary),
    ];
    if ctx.data().oauth.is_some() {
        buttons.push(
            serenity::CreateButton::new(CustomId::PanelCheck.to_string())
                .label(text(server_locale, Key::Check2faButton))
                .style(serenity::ButtonStyle::Secondary),
        );
    }
    let message = serenity::CreateMessage::new()
        .content(text(server_locale, Key::PanelBody))
        .components(vec![serenity::CreateActionRow::Buttons(buttons)])
        .allowed_mentions(no_mentions());
    let mention = format!("<#{channel}>");
    let budget = &ctx.data().budget;
    if budget.paused(Some(guild)) {
        return say(&ctx, text(locale(&ctx), Key::ReplyServerPaused).to_owned()).await;
    }
    let sent = channel
        .send_message(&ctx.serenity_context().http, message)
        .await;
    if let Err(error) = &sent {
        budget.record(Some(guild), error);
    }
    match sent {
        Ok(_) => {
            ctx.data()
                .gate
                .note_moderator_action(
                    guild,
                    invoker(&ctx),
                    format!("posted the verification panel in channel {channel}"),
                )
                .await?;
            let reply = fill(locale(&ctx), Key::GatePanelPosted, &[("channel", &mention)]);
            let line = LogLine::PanelPosted {
                moderator: invoker(&ctx),
                channel: ChannelId::new(channel.get()),
            };
            say_and_log(&ctx, guild, reply, line).await
        }
        Err(serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e)))
            if e.status_code.as_u16() == 403 =>
        {
            say(
                &ctx,
                fill(
                    locale(&ctx),
                    Key::GatePanelForbidden,
                    &[("channel", &mention)],
                ),
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// `/gate status user`: a member's enrollment, verification, codes left and lockout.
#[poise::command(slash_command, guild_only, rename = "status")]
pub async fn gate_status(
    ctx: AppContext<'_>,
    #[description = "The member"] user: serenity::User,
) -> Result<(), BotError> {
    let member = about(&ctx, &user).await?;
    let status = ctx.data().gate.status(member).await?;
    say(
        &ctx,
        format!(
            "**<@{}>**\n{}",
            user.id,
            msg::member_status(locale(&ctx), &status)
        ),
    )
    .await
}

/// The member a moderator command is about, with their roles as Discord resolved them (a member
/// who left has none; their data may still be reset).
fn target(ctx: &AppContext<'_>, user: serenity::User) -> Target {
    let roles = ctx
        .interaction
        .data
        .resolved
        .members
        .get(&user.id)
        .map(|m| m.roles.clone())
        .unwrap_or_default();
    Target { user, roles }
}

async fn begin(ctx: AppContext<'_>, action: ModeratorAction) -> Result<(), BotError> {
    actions::begin(ctx.serenity_context(), ctx.data(), incoming(&ctx), action).await
}

/// `/gate unlock user`: clears a soft or hard lockout.
#[poise::command(slash_command, guild_only)]
pub async fn unlock(
    ctx: AppContext<'_>,
    #[description = "The member"] user: serenity::User,
) -> Result<(), BotError> {
    let target = target(&ctx, user);
    begin(ctx, ModeratorAction::Unlock { target }).await
}

/// `/gate revoke user [role]`: removes gated roles; the enrollment stays.
#[poise::command(slash_command, guild_only)]
pub async fn revoke(
    ctx: AppContext<'_>,
    #[description = "The member whose gated roles to remove (they keep their authenticator app)"]
    user: serenity::User,
    #[description = "Only this gated role (default: every gated role they have)"] role: Option<
        serenity::Role,
    >,
) -> Result<(), BotError> {
    let target = target(&ctx, user);
    let role = role.map(|r| RoleId::new(r.id.get()));
    begin(ctx, ModeratorAction::Revoke { target, role }).await
}

/// `/gate reset user reason`: for a lost phone, deletes the member's enrollment and codes.
#[poise::command(slash_command, guild_only)]
pub async fn reset(
    ctx: AppContext<'_>,
    #[description = "The member"] user: serenity::User,
    #[description = "Why (kept in the audit log)"]
    #[max_length = 500]
    reason: String,
) -> Result<(), BotError> {
    let target = target(&ctx, user);
    // Cleaned once: the audit trail, the member's DM and the log channel get the same words.
    let reason = Reason::clean(&reason);
    begin(ctx, ModeratorAction::Reset { target, reason }).await
}

/// `/gate bypass user`: a one-time code for a member who lost their phone.
#[poise::command(slash_command, guild_only)]
pub async fn bypass(
    ctx: AppContext<'_>,
    #[description = "The member"] user: serenity::User,
) -> Result<(), BotError> {
    let target = target(&ctx, user);
    begin(ctx, ModeratorAction::Bypass { target }).await
}

/// `/gate stats`: how many are enrolled, verified, locked out.
#[poise::command(slash_command, guild_only)]
pub async fn stats(ctx: AppContext<'_>) -> Result<(), BotError> {
    // `in_guild` acknowledges first: several queries and a PNG follow.
    let guild = in_guild(&ctx).await?;
    let gate = &ctx.data().gate;
    let l = locale(&ctx);
    let stats = gate.stats(guild).await?;
    let mut content = msg::stats(l, &stats);
    let config = gate.config(guild).await?;
    if config.remind_after.is_some() || config.kick_after.is_some() {
        let waiting = gate.waiting_joins(guild).await?;
        content.push('\n');
        content.push_str(&fill(l, Key::StatsWaiting, &[("waiting", &waiting)]));
    }
    let days = gate.activity(guild).await?;
    content.push_str("\n\n");
    content.push_str(&msg::activity(l, &days));
    let mut reply = Reply::text(content);
    match crate::chart::render(&days) {
        Ok(png) => reply.files.push(serenity::CreateAttachment::bytes(
            png,
            "keygate-30-days.png",
        )),
        Err(error) => tracing::warn!(%error, "could not draw the stats chart"),
    }
    incoming(&ctx)
        .answer(&ctx.serenity_context().http, super::answered(&ctx), reply)
        .await?;
    Ok(())
}

/// `/gate audit [user]`: the latest entries of the audit trail.
#[poise::command(slash_command, guild_only)]
pub async fn audit(
    ctx: AppContext<'_>,
    #[description = "Only this member"] user: Option<serenity::User>,
) -> Result<(), BotError> {
    let guild = in_guild(&ctx).await?;
    let entries = ctx
        .data()
        .gate
        .audit_log(guild, user.as_ref().map(|u| UserId::new(u.id.get())), 15)
        .await?;
    if entries.is_empty() {
        return say(&ctx, text(locale(&ctx), Key::GateAuditEmpty)).await;
    }
    let l = locale(&ctx);
    let lines: Vec<String> = entries
        .iter()
        .map(|e| {
            let mention = |key, id| fill(l, key, &[("user", &format!("<@{id}>"))]);
            let actor = e
                .actor
                .map(|a| mention(Key::GateAuditActor, a))
                .unwrap_or_default();
            let subject = e
                .subject
                .map(|s| mention(Key::GateAuditSubject, s))
                .unwrap_or_default();
            format!(
                "<t:{}:f> **{}**{subject}{actor}: {}",
                e.at.unix(),
                e.kind.as_str(),
                e.detail
            )
        })
        .collect();
    let mut text = lines.join("\n");
    if text.len() > 1900 {
        text.truncate(
            text.char_indices()
                .take_while(|(i, _)| *i < 1900)
                .last()
                .map_or(0, |(i, _)| i),
        );
        text.push('…');
    }
    say(&ctx, text).await
}

/// `/gate config`: every gate and setting in this server.
#[poise::command(slash_command, guild_only)]
pub async fn config(ctx: AppContext<'_>) -> Result<(), BotError> {
    let guild = in_guild(&ctx).await?;
    let config = ctx.data().gate.config(guild).await?;
    let mut reply = msg::config(locale(&ctx), &config);
    // A log channel Keygate could not post in: moderators should not mistake silence for calm.
    if let Some(channel) = config.log_channel
        && ctx
            .data()
            .budget
            .log_channel_refused(serenity::ChannelId::new(channel.get()))
            .is_some()
    {
        reply.push('\n');
        reply.push_str(&fill(
            locale(&ctx),
            Key::GateSetupLogChannelRefused,
            &[("channel", &format!("<#{channel}>"))],
        ));
    }
    say(&ctx, reply).await
}
