//! The moderator commands under `/gate` (except `setup`, in its own file): the panel, a member's
//! status, unlock, revoke, reset, and the counts, audit trail and settings.

use poise::serenity_prelude as serenity;

use super::setup::setup;
use super::{
    about, defer, in_guild, in_this_server, incoming, invoker, locale, not_here, say, say_and_log,
    shown_settings,
};
use crate::discord::custom_id::CustomId;
use crate::discord::log_lines::LogLine;
use crate::discord::permissions::Hierarchy;
use crate::discord::respond::no_mentions;
use crate::discord::{AppContext, BotError};
use crate::gate::moderation::Reason;
use crate::gate::{ChannelId, UserId};
use crate::guide::messages as msg;
use crate::guide::{Key, fill, text};

/// `/gate`: the parent of the moderator commands.
#[poise::command(
    slash_command,
    guild_only,
    subcommands(
        "setup",
        "panel",
        "gate_status",
        "unlock",
        "revoke",
        "reset",
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
) -> Result<(), BotError> {
    defer(&ctx).await?;
    let guild = incoming(&ctx).member()?.guild;
    let channel = channel.map_or(ctx.interaction.channel_id, |c| c.id);
    if !in_this_server(&ctx, guild, channel).await? {
        return say(&ctx, not_here(locale(&ctx), channel)).await;
    }
    // The panel is read by everyone: it speaks the server's language.
    let server_locale = incoming(&ctx).guild_locale();
    let message = serenity::CreateMessage::new()
        .content(text(server_locale, Key::PanelBody))
        .components(vec![serenity::CreateActionRow::Buttons(vec![
            serenity::CreateButton::new(CustomId::PanelVerify.to_string())
                .label(text(server_locale, Key::PanelVerifyButton))
                .style(serenity::ButtonStyle::Success),
            serenity::CreateButton::new(CustomId::PanelGuide.to_string())
                .label(text(server_locale, Key::PanelGuideButton))
                .style(serenity::ButtonStyle::Secondary),
        ])])
        .allowed_mentions(no_mentions());
    let mention = format!("<#{channel}>");
    match channel
        .send_message(&ctx.serenity_context().http, message)
        .await
    {
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
    let role = ctx.data().gate.config(member.guild).await?.gated_role;
    say(
        &ctx,
        format!(
            "**<@{}>**\n{}",
            user.id,
            msg::member_status(locale(&ctx), &status, role)
        ),
    )
    .await
}

/// Refuses (answering the moderator) an action on `user`'s second factor that the moderator may
/// not take: on themselves, or on someone not below them. `true` when the action may go ahead.
async fn may_act_on(ctx: &AppContext<'_>, user: &serenity::User) -> Result<bool, BotError> {
    let guild = incoming(ctx).member()?.guild;
    let serenity_guild = serenity::GuildId::new(guild.get());
    let cached = ctx
        .serenity_context()
        .cache
        .guild(serenity_guild)
        .map(|g| (g.roles.values().cloned().collect::<Vec<_>>(), g.owner_id));
    let (roles, owner) = match cached {
        Some(known) => known,
        None => {
            let partial = ctx
                .serenity_context()
                .http
                .get_guild(serenity_guild)
                .await?;
            (partial.roles.values().cloned().collect(), partial.owner_id)
        }
    };
    let moderator_roles = ctx
        .interaction
        .member
        .as_ref()
        .map(|m| m.roles.clone())
        .unwrap_or_default();
    // A member who left has no roles here; their data may still be reset.
    let target_roles = ctx
        .interaction
        .data
        .resolved
        .members
        .get(&user.id)
        .map(|m| m.roles.clone())
        .unwrap_or_default();
    let hierarchy = Hierarchy {
        roles: &roles,
        owner,
    };
    match hierarchy.target_problem(
        ctx.interaction.user.id,
        &moderator_roles,
        user.id,
        &target_roles,
    ) {
        Some(problem) => {
            say(ctx, problem.explain(locale(ctx))).await?;
            Ok(false)
        }
        None => Ok(true),
    }
}

/// `/gate unlock user`: clears a soft or hard lockout.
#[poise::command(slash_command, guild_only)]
pub async fn unlock(
    ctx: AppContext<'_>,
    #[description = "The member"] user: serenity::User,
) -> Result<(), BotError> {
    let member = about(&ctx, &user).await?;
    if !may_act_on(&ctx, &user).await? {
        return Ok(());
    }
    let user_mention = format!("<@{}>", user.id);
    ctx.data().gate.unlock(member, invoker(&ctx)).await?;
    let reply = fill(locale(&ctx), Key::GateUnlocked, &[("user", &user_mention)]);
    let (moderator, user) = (invoker(&ctx), member.user);
    let line = LogLine::Unlocked { moderator, user };
    say_and_log(&ctx, member.guild, reply, line).await
}

/// `/gate revoke user`: removes the gated role; the enrollment stays.
#[poise::command(slash_command, guild_only)]
pub async fn revoke(
    ctx: AppContext<'_>,
    #[description = "The member whose gated role to remove (they keep their authenticator app)"]
    user: serenity::User,
) -> Result<(), BotError> {
    let member = about(&ctx, &user).await?;
    if !may_act_on(&ctx, &user).await? {
        return Ok(());
    }
    let role = ctx.data().gate.revoke(member, invoker(&ctx)).await?;
    ctx.data().worker.wake();
    let args: [(&str, &(dyn std::fmt::Display + Sync)); 2] = [
        ("role", &format!("<@&{role}>")),
        ("user", &format!("<@{}>", user.id)),
    ];
    let reply = fill(locale(&ctx), Key::GateRevoked, &args);
    let (moderator, user) = (invoker(&ctx), member.user);
    say_and_log(
        &ctx,
        member.guild,
        reply,
        LogLine::Revoked { moderator, user },
    )
    .await
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
    let member = about(&ctx, &user).await?;
    if !may_act_on(&ctx, &user).await? {
        return Ok(());
    }
    // Cleaned once: the audit trail, the member's DM and the log channel get the same words.
    let reason = Reason::clean(&reason);
    ctx.data()
        .gate
        .reset(member, invoker(&ctx), &reason)
        .await?;
    ctx.data().worker.wake();
    let http = &ctx.serenity_context().http;
    let server = ctx
        .serenity_context()
        .cache
        .guild(serenity::GuildId::new(member.guild.get()))
        .map(|g| g.name.clone())
        .unwrap_or_else(|| "a server".into());
    // The member reads this outside any interaction: in the server's language.
    let server_locale = incoming(&ctx).guild_locale();
    let dm = serenity::CreateMessage::new()
        .content(fill(
            server_locale,
            Key::GateResetDm,
            &[("server", &server), ("reason", &reason.as_str())],
        ))
        .allowed_mentions(no_mentions());
    let told = match user.id.create_dm_channel(http).await {
        Ok(channel) => channel.id.send_message(http, dm).await.is_ok(),
        Err(_) => false,
    };
    let note = text(
        locale(&ctx),
        if told {
            Key::GateResetTold
        } else {
            Key::GateResetNotTold
        },
    );
    let args: [(&str, &(dyn std::fmt::Display + Sync)); 2] =
        [("user", &format!("<@{}>", user.id)), ("note", &note)];
    let reply = fill(locale(&ctx), Key::GateResetDone, &args);
    let line = LogLine::Reset {
        moderator: invoker(&ctx),
        user: member.user,
        reason: reason.to_string(),
    };
    say_and_log(&ctx, member.guild, reply, line).await
}

/// `/gate stats`: how many are enrolled, verified, locked out.
#[poise::command(slash_command, guild_only)]
pub async fn stats(ctx: AppContext<'_>) -> Result<(), BotError> {
    let guild = in_guild(&ctx).await?;
    let stats = ctx.data().gate.stats(guild).await?;
    say(&ctx, msg::stats(locale(&ctx), &stats)).await
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
    let lines: Vec<String> = entries
        .iter()
        .map(|e| {
            let actor = e.actor.map(|a| format!(" by <@{a}>")).unwrap_or_default();
            let subject = e
                .subject
                .map(|s| format!(" for <@{s}>"))
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

/// `/gate config`: the gate's settings in this server.
#[poise::command(slash_command, guild_only)]
pub async fn config(ctx: AppContext<'_>) -> Result<(), BotError> {
    let guild = in_guild(&ctx).await?;
    let config = ctx.data().gate.config(guild).await?;
    let l = locale(&ctx);
    let role = config.gated_role.map_or_else(
        || text(l, Key::GateConfigNoRole).to_owned(),
        |r| format!("<@&{r}>"),
    );
    let (log, guide) = shown_settings(l, &config);
    say(
        &ctx,
        fill(
            l,
            Key::GateConfig,
            &[("role", &role), ("log", &log), ("guide", &guide)],
        ),
    )
    .await
}
