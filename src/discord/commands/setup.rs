//! `/gate setup`: choose the gated role (refusing one the bot or the moderator cannot grant, with
//! the fix), the log channel and guide on join.

use poise::serenity_prelude as serenity;

use super::{
    defer, in_this_server, incoming, invoker, locale, not_here, say, say_and_log, shown_settings,
};
use crate::discord::log_lines::LogLine;
use crate::discord::permissions::{bot_problem, moderator_problem};
use crate::discord::{AppContext, BotError};
use crate::gate::repository::GuildConfig;
use crate::gate::{ChannelId, RoleId};
use crate::guide::{Key, fill, text};

/// `/gate setup`: the gated role, the log channel, guide on join.
#[poise::command(slash_command, guild_only)]
pub async fn setup(
    ctx: AppContext<'_>,
    #[description = "The role members get after passing verification"] role: serenity::Role,
    #[description = "A channel for Keygate's log of verifications and moderator actions"]
    #[channel_types("Text")]
    log_channel: Option<serenity::PartialChannel>,
    #[description = "Send new members the guide to Discord's own 2FA"] guide_on_join: Option<bool>,
) -> Result<(), BotError> {
    let guild = incoming(&ctx).member()?.guild;
    defer(&ctx).await?;
    if let Some(channel) = &log_channel
        && !in_this_server(&ctx, guild, channel.id).await?
    {
        return say(&ctx, not_here(locale(&ctx), channel.id)).await;
    }
    let http = &ctx.serenity_context().http;
    let serenity_guild = serenity::GuildId::new(guild.get());
    let bot_id = ctx.serenity_context().cache.current_user().id;
    let bot_member = http.get_member(serenity_guild, bot_id).await?;
    let roles = http.get_guild_roles(serenity_guild).await?;
    let problem = ctx
        .interaction
        .member
        .as_deref()
        .and_then(|member| moderator_problem(&role, &roles, member))
        .or_else(|| bot_problem(&role, guild, &roles, &bot_member.roles));
    if let Some(problem) = problem {
        return say(&ctx, problem.explain(locale(&ctx))).await;
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
        .configure(config.clone(), invoker(&ctx))
        .await?;
    let l = locale(&ctx);
    let (log, guide) = shown_settings(l, &config);
    let mut reply = fill(
        l,
        Key::GateSetupDone,
        &[
            ("role", &format!("<@&{}>", role.id)),
            ("log", &log),
            ("guide", &guide),
        ],
    );
    if config.guide_on_join && !ctx.data().members_intent {
        reply.push('\n');
        reply.push_str(text(l, Key::GateSetupMembersIntent));
    }
    let line = LogLine::Configured {
        moderator: invoker(&ctx),
        role: RoleId::new(role.id.get()),
        log_channel: config.log_channel,
    };
    say_and_log(&ctx, guild, reply, line).await
}
