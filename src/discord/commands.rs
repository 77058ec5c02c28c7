//! The slash commands. Each command's `///` doc is its description in Discord.
//!
//! Member commands answer ephemerally; `/gate …` is hidden from members by
//! `default_member_permissions` and checked again by the bot (`required_permissions`, computed by
//! Discord for this interaction), so a stale client or a mis-set override cannot bypass it.

use poise::serenity_prelude as serenity;

use super::flows::{self, MODAL_BACKUP_CODES, MODAL_REMOVE, PANEL_GUIDE, PANEL_VERIFY};
use super::respond::{Incoming, Reply};
use super::{AppContext, BotError};
use crate::gate::service::GuildConfig;
use crate::gate::{ChannelId, GuildId, RoleId, UserId};
use crate::guide::messages as msg;

/// Verify with your authenticator app, or set one up
#[poise::command(slash_command, guild_only)]
pub async fn verify(ctx: AppContext<'_>) -> Result<(), BotError> {
    let _busy = ctx.data().in_flight.enter();
    flows::verify(
        ctx.serenity_context(),
        ctx.data(),
        Incoming::Command(ctx.interaction),
    )
    .await
}

/// Two-factor authentication: your status, backup codes, and Discord's own 2FA
#[poise::command(
    slash_command,
    guild_only,
    rename = "2fa",
    subcommands("guide", "status", "backup_codes", "remove"),
    subcommand_required
)]
pub async fn two_factor(_ctx: AppContext<'_>) -> Result<(), BotError> {
    Ok(())
}

/// How to turn on Discord's own two-factor authentication
#[poise::command(slash_command, guild_only)]
pub async fn guide(ctx: AppContext<'_>) -> Result<(), BotError> {
    Incoming::Command(ctx.interaction)
        .reply(
            &ctx.serenity_context().http,
            Reply::text(msg::PANEL_GUIDE_SOON),
        )
        .await?;
    Ok(())
}

/// Your enrollment, verification, backup codes left and lockout in this server
#[poise::command(slash_command, guild_only)]
pub async fn status(ctx: AppContext<'_>) -> Result<(), BotError> {
    let _busy = ctx.data().in_flight.enter();
    let incoming = Incoming::Command(ctx.interaction);
    let guild = flows::require_guild(&incoming)?;
    defer(&ctx).await?;
    let status = ctx.data().gate.status(guild, incoming.user_id()).await?;
    let role = ctx
        .data()
        .gate
        .config(guild)
        .await?
        .gated_role
        .map(RoleId::get);
    say(&ctx, msg::member_status(&status, role)).await
}

/// Make a new set of backup codes (needs a code from your authenticator app)
#[poise::command(slash_command, guild_only, rename = "backup-codes")]
pub async fn backup_codes(ctx: AppContext<'_>) -> Result<(), BotError> {
    let _busy = ctx.data().in_flight.enter();
    flows::open_fresh_code_modal(
        ctx.serenity_context(),
        ctx.data(),
        Incoming::Command(ctx.interaction),
        MODAL_BACKUP_CODES,
    )
    .await
}

/// Delete your authenticator and backup codes for this server (needs a code)
#[poise::command(slash_command, guild_only)]
pub async fn remove(ctx: AppContext<'_>) -> Result<(), BotError> {
    let _busy = ctx.data().in_flight.enter();
    flows::open_fresh_code_modal(
        ctx.serenity_context(),
        ctx.data(),
        Incoming::Command(ctx.interaction),
        MODAL_REMOVE,
    )
    .await
}

/// Moderators: set up and run the verification gate
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
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn gate(_ctx: AppContext<'_>) -> Result<(), BotError> {
    Ok(())
}

fn guild_of(ctx: &AppContext<'_>) -> Result<GuildId, BotError> {
    flows::require_guild(&Incoming::Command(ctx.interaction))
}

fn moderator(ctx: &AppContext<'_>) -> UserId {
    UserId::new(ctx.interaction.user.id.get())
}

async fn say(ctx: &AppContext<'_>, text: impl Into<String>) -> Result<(), BotError> {
    let incoming = Incoming::Command(ctx.interaction);
    if ctx
        .has_sent_initial_response
        .load(std::sync::atomic::Ordering::SeqCst)
    {
        incoming
            .edit(&ctx.serenity_context().http, Reply::text(text))
            .await?;
    } else {
        incoming
            .reply(&ctx.serenity_context().http, Reply::text(text))
            .await?;
    }
    Ok(())
}

async fn defer(ctx: &AppContext<'_>) -> Result<(), BotError> {
    Incoming::Command(ctx.interaction)
        .defer(&ctx.serenity_context().http)
        .await?;
    ctx.has_sent_initial_response
        .store(true, std::sync::atomic::Ordering::SeqCst);
    Ok(())
}

/// Why the bot cannot grant `role`, with the fix; `None` when it can.
pub fn role_problem(
    role: &serenity::Role,
    guild: GuildId,
    bot_permissions: serenity::Permissions,
    bot_top_position: Option<u16>,
) -> Option<String> {
    if role.id.get() == guild.get() {
        return Some("That's the @everyone role, which every member already has. Create a role such as \"Verified\" and choose it instead.".into());
    }
    if role.managed {
        return Some(format!(
            "<@&{}> is managed by an integration (a bot or a subscription), so no one can give it by hand. Create a normal role such as \"Verified\" and choose it instead.",
            role.id
        ));
    }
    if !bot_permissions.manage_roles() && !bot_permissions.administrator() {
        return Some("I don't have the **Manage Roles** permission, so I couldn't give the role. Give my role Manage Roles in Server Settings → Roles, then run `/gate setup` again.".into());
    }
    match bot_top_position {
        Some(top) if top > role.position => None,
        _ => Some(format!(
            "<@&{}> is above (or level with) my highest role, and Discord only lets me give roles below mine. In Server Settings → Roles, drag my role above <@&{}>, then run `/gate setup` again.",
            role.id, role.id
        )),
    }
}

/// Choose the role members get after verifying, and where Keygate logs
#[poise::command(slash_command, guild_only, required_permissions = "MANAGE_GUILD")]
pub async fn setup(
    ctx: AppContext<'_>,
    #[description = "The role members get after passing verification"] role: serenity::Role,
    #[description = "A channel for Keygate's log of verifications and moderator actions"]
    #[channel_types("Text")]
    log_channel: Option<serenity::PartialChannel>,
    #[description = "Send new members the guide to Discord's own 2FA"] guide_on_join: Option<bool>,
) -> Result<(), BotError> {
    let _busy = ctx.data().in_flight.enter();
    let guild = guild_of(&ctx)?;
    defer(&ctx).await?;
    let http = &ctx.serenity_context().http;
    let serenity_guild = serenity::GuildId::new(guild.get());
    let bot_id = ctx.serenity_context().cache.current_user().id;
    let bot_member = http.get_member(serenity_guild, bot_id).await?;
    let roles = http.get_guild_roles(serenity_guild).await?;
    let bot_top = roles
        .iter()
        .filter(|r| bot_member.roles.contains(&r.id))
        .map(|r| r.position)
        .max();
    let bot_permissions = ctx
        .interaction
        .app_permissions
        .unwrap_or_else(serenity::Permissions::empty);
    if let Some(problem) = role_problem(&role, guild, bot_permissions, bot_top) {
        return say(&ctx, format!("I can't use that role yet. {problem}")).await;
    }
    let previous = ctx.data().gate.config(guild).await?;
    let config = GuildConfig {
        guild,
        gated_role: Some(RoleId::new(role.id.get())),
        log_channel: log_channel
            .map(|c| ChannelId::new(c.id.get()))
            .or(previous.log_channel),
        guide_on_join: guide_on_join.unwrap_or(previous.guide_on_join),
    };
    ctx.data()
        .gate
        .configure(config.clone(), moderator(&ctx))
        .await?;
    let log = config
        .log_channel
        .map_or("none".to_owned(), |c| format!("<#{c}>"));
    say(
        &ctx,
        format!(
            "✅ The gate is set up. Members who pass verification get <@&{}>. Log channel: {log}. Guide on join: {}.\nNext: post the Verify button with `/gate panel`.",
            role.id,
            if config.guide_on_join { "on" } else { "off" }
        ),
    )
    .await?;
    super::log::post(
        &ctx.data().gate,
        http,
        guild,
        &format!(
            "⚙️ <@{}> set up the gate: role <@&{}>, log channel {log}.",
            moderator(&ctx),
            role.id
        ),
    )
    .await;
    Ok(())
}

/// Post the verification panel (Verify and 2FA guide buttons) in a channel
#[poise::command(slash_command, guild_only, required_permissions = "MANAGE_GUILD")]
pub async fn panel(
    ctx: AppContext<'_>,
    #[description = "Where to post it (default: this channel)"]
    #[channel_types("Text")]
    channel: Option<serenity::PartialChannel>,
) -> Result<(), BotError> {
    let _busy = ctx.data().in_flight.enter();
    defer(&ctx).await?;
    let guild = guild_of(&ctx)?;
    let channel = channel.map_or(ctx.interaction.channel_id, |c| c.id);
    let message = serenity::CreateMessage::new()
        .content(
            "🔐 **Verification**\nThis server asks members to prove it's really them with a code from an authenticator app \
             before giving access. Press **Verify** to start (it takes about a minute the first time).\n\
             New to two-factor authentication? Press **2FA guide**.",
        )
        .components(vec![serenity::CreateActionRow::Buttons(vec![
            serenity::CreateButton::new(PANEL_VERIFY).label("Verify").style(serenity::ButtonStyle::Success),
            serenity::CreateButton::new(PANEL_GUIDE).label("2FA guide").style(serenity::ButtonStyle::Secondary),
        ])])
        .allowed_mentions(serenity::CreateAllowedMentions::new().empty_users().empty_roles().everyone(false));
    match channel.send_message(&ctx.serenity_context().http, message).await {
        Ok(_) => {
            say(&ctx, format!("✅ Posted the verification panel in <#{channel}>.")).await?;
            super::log::post(&ctx.data().gate, &ctx.serenity_context().http, guild, &format!("⚙️ <@{}> posted the verification panel in <#{channel}>.", moderator(&ctx))).await;
            Ok(())
        }
        Err(serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e))) if e.status_code.as_u16() == 403 => {
            say(&ctx, format!("I can't post in <#{channel}>. Give my role **View Channel** and **Send Messages** there, then try again.")).await
        }
        Err(other) => Err(other.into()),
    }
}

/// A member's enrollment, verification, backup codes left and lockout
#[poise::command(
    slash_command,
    guild_only,
    rename = "status",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn gate_status(
    ctx: AppContext<'_>,
    #[description = "The member"] user: serenity::User,
) -> Result<(), BotError> {
    let _busy = ctx.data().in_flight.enter();
    defer(&ctx).await?;
    let guild = guild_of(&ctx)?;
    let status = ctx
        .data()
        .gate
        .status(guild, UserId::new(user.id.get()))
        .await?;
    let role = ctx
        .data()
        .gate
        .config(guild)
        .await?
        .gated_role
        .map(RoleId::get);
    say(
        &ctx,
        format!("**<@{}>**\n{}", user.id, msg::member_status(&status, role)),
    )
    .await
}

/// Clear a member's lockout
#[poise::command(slash_command, guild_only, required_permissions = "MANAGE_GUILD")]
pub async fn unlock(
    ctx: AppContext<'_>,
    #[description = "The member"] user: serenity::User,
) -> Result<(), BotError> {
    let _busy = ctx.data().in_flight.enter();
    defer(&ctx).await?;
    let guild = guild_of(&ctx)?;
    ctx.data()
        .gate
        .unlock(guild, moderator(&ctx), UserId::new(user.id.get()))
        .await?;
    say(&ctx, format!("🔓 <@{}> can try codes again.", user.id)).await?;
    super::log::post(
        &ctx.data().gate,
        &ctx.serenity_context().http,
        guild,
        &format!("🔓 <@{}> unlocked <@{}>.", moderator(&ctx), user.id),
    )
    .await;
    Ok(())
}

/// Remove the verified role from a member (they keep their authenticator and can verify again)
#[poise::command(slash_command, guild_only, required_permissions = "MANAGE_GUILD")]
pub async fn revoke(
    ctx: AppContext<'_>,
    #[description = "The member"] user: serenity::User,
) -> Result<(), BotError> {
    let _busy = ctx.data().in_flight.enter();
    defer(&ctx).await?;
    let guild = guild_of(&ctx)?;
    let role = ctx
        .data()
        .gate
        .revoke(guild, moderator(&ctx), UserId::new(user.id.get()))
        .await?;
    ctx.data().worker.wake();
    say(
        &ctx,
        format!(
            "Removed <@&{role}> from <@{}>. They can verify again with `/verify`.",
            user.id
        ),
    )
    .await?;
    super::log::post(
        &ctx.data().gate,
        &ctx.serenity_context().http,
        guild,
        &format!(
            "⛔ <@{}> revoked <@{}>'s verification.",
            moderator(&ctx),
            user.id
        ),
    )
    .await;
    Ok(())
}

/// Reset a member who lost their phone: deletes their authenticator and backup codes
#[poise::command(slash_command, guild_only, required_permissions = "MANAGE_GUILD")]
pub async fn reset(
    ctx: AppContext<'_>,
    #[description = "The member"] user: serenity::User,
    #[description = "Why (kept in the audit log)"]
    #[max_length = 500]
    reason: String,
) -> Result<(), BotError> {
    let _busy = ctx.data().in_flight.enter();
    let guild = guild_of(&ctx)?;
    defer(&ctx).await?;
    ctx.data()
        .gate
        .reset(guild, moderator(&ctx), UserId::new(user.id.get()), &reason)
        .await?;
    ctx.data().worker.wake();
    let http = &ctx.serenity_context().http;
    let server = ctx
        .serenity_context()
        .cache
        .guild(serenity::GuildId::new(guild.get()))
        .map(|g| g.name.clone())
        .unwrap_or_else(|| "a server".into());
    let dm = serenity::CreateMessage::new().content(format!(
        "A moderator of **{server}** reset your two-factor setup there (reason: {reason}). Your old authenticator entry and backup codes no longer work. Run `/verify` in the server to set it up again."
    ));
    let told = match user.id.create_dm_channel(http).await {
        Ok(channel) => channel.id.send_message(http, dm).await.is_ok(),
        Err(_) => false,
    };
    let note = if told {
        "They were told by DM."
    } else {
        "I couldn't DM them (their DMs are closed), so please tell them."
    };
    say(&ctx, format!("Reset <@{}>: their authenticator and backup codes are deleted and the role is being removed. {note}", user.id)).await?;
    super::log::post(
        &ctx.data().gate,
        http,
        guild,
        &format!(
            "♻️ <@{}> reset <@{}>'s two-factor setup. Reason: {reason}",
            moderator(&ctx),
            user.id
        ),
    )
    .await;
    Ok(())
}

/// Counts: enrolled, verified, locked out
#[poise::command(slash_command, guild_only, required_permissions = "MANAGE_GUILD")]
pub async fn stats(ctx: AppContext<'_>) -> Result<(), BotError> {
    let _busy = ctx.data().in_flight.enter();
    defer(&ctx).await?;
    let stats = ctx.data().gate.stats(guild_of(&ctx)?).await?;
    say(&ctx, msg::stats(&stats)).await
}

/// The latest entries of the audit trail, for everyone or one member
#[poise::command(slash_command, guild_only, required_permissions = "MANAGE_GUILD")]
pub async fn audit(
    ctx: AppContext<'_>,
    #[description = "Only this member"] user: Option<serenity::User>,
) -> Result<(), BotError> {
    let _busy = ctx.data().in_flight.enter();
    defer(&ctx).await?;
    let guild = guild_of(&ctx)?;
    let entries = ctx
        .data()
        .gate
        .audit_log(guild, user.as_ref().map(|u| UserId::new(u.id.get())), 15)
        .await?;
    if entries.is_empty() {
        return say(&ctx, "The audit trail is empty.").await;
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

/// Show the gate's settings in this server
#[poise::command(slash_command, guild_only, required_permissions = "MANAGE_GUILD")]
pub async fn config(ctx: AppContext<'_>) -> Result<(), BotError> {
    let _busy = ctx.data().in_flight.enter();
    defer(&ctx).await?;
    let config = ctx.data().gate.config(guild_of(&ctx)?).await?;
    let role = config
        .gated_role
        .map_or("not set (run `/gate setup`)".to_owned(), |r| {
            format!("<@&{r}>")
        });
    let log = config
        .log_channel
        .map_or("none".to_owned(), |c| format!("<#{c}>"));
    say(
        &ctx,
        format!(
            "**Gated role:** {role}\n**Log channel:** {log}\n**Guide on join:** {}",
            if config.guide_on_join { "on" } else { "off" }
        ),
    )
    .await
}
