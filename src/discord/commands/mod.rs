//! The slash commands, and the one place their list is built ([`all`]): `/gate` and every
//! subcommand get the Manage Server requirement there, and every name and description comes from
//! the catalogue ([`localize`]).
//!
//! Member commands answer ephemerally; `/gate …` is hidden from members by
//! `default_member_permissions` and checked again by the bot (`required_permissions`, computed by
//! Discord for this interaction), so a stale client or a mis-set override cannot bypass it.

pub mod localize;
mod member;
mod moderator;
mod setup;

use poise::serenity_prelude as serenity;

use super::log_lines::LogLine;
use super::respond::{Answered, Incoming, Reply};
use super::{AppContext, BotError, Data};
use crate::gate::{GuildId, Member, UserId};
use crate::guide::Locale;

/// Every command Keygate registers, ready for the framework.
pub fn all() -> Vec<poise::Command<Data, BotError>> {
    let mut gate = moderator::gate();
    for_moderators_only(&mut gate);
    let mut commands = vec![member::verify(), member::two_factor(), gate];
    localize::apply(&mut commands);
    for command in &mut commands {
        in_servers_only(command);
    }
    commands
}

/// Installed in a server only, and run only in a server: never as a user app (which would let a
/// member run Keygate's commands in servers Keygate is not in) or in a DM.
fn in_servers_only(command: &mut poise::Command<Data, BotError>) {
    command.install_context = Some(vec![serenity::InstallationContext::Guild]);
    command.interaction_context = Some(vec![serenity::InteractionContext::Guild]);
}

/// Hidden from members and refused by the bot, for the command and each of its subcommands.
fn for_moderators_only(command: &mut poise::Command<Data, BotError>) {
    command.default_member_permissions = serenity::Permissions::MANAGE_GUILD;
    command.required_permissions = serenity::Permissions::MANAGE_GUILD;
    for subcommand in &mut command.subcommands {
        for_moderators_only(subcommand);
    }
}

fn incoming<'a>(ctx: &AppContext<'a>) -> Incoming<'a> {
    Incoming::Command(ctx.interaction)
}

fn locale(ctx: &AppContext<'_>) -> Locale {
    incoming(ctx).locale()
}

fn invoker(ctx: &AppContext<'_>) -> UserId {
    UserId::new(ctx.interaction.user.id.get())
}

/// Acknowledges a command and names the server it was run in.
async fn in_guild(ctx: &AppContext<'_>) -> Result<GuildId, BotError> {
    let guild = incoming(ctx).member()?.guild;
    defer(ctx).await?;
    Ok(guild)
}

/// Acknowledges a moderator command about `user` and names that member of this server.
async fn about(ctx: &AppContext<'_>, user: &serenity::User) -> Result<Member, BotError> {
    let guild = in_guild(ctx).await?;
    Ok(Member::new(guild, UserId::new(user.id.get())))
}

fn answered(ctx: &AppContext<'_>) -> Answered {
    if ctx
        .has_sent_initial_response
        .load(std::sync::atomic::Ordering::SeqCst)
    {
        Answered::Deferred
    } else {
        Answered::NotYet
    }
}

/// Answers the command with `text` (editing the deferral, if there was one).
async fn say(ctx: &AppContext<'_>, text: impl Into<String>) -> Result<(), BotError> {
    incoming(ctx)
        .answer(
            &ctx.serenity_context().http,
            answered(ctx),
            Reply::text(text),
        )
        .await?;
    Ok(())
}

/// Acknowledges the command now: everything after waits on the database or on Discord.
async fn defer(ctx: &AppContext<'_>) -> Result<(), BotError> {
    incoming(ctx).defer(&ctx.serenity_context().http).await?;
    ctx.has_sent_initial_response
        .store(true, std::sync::atomic::Ordering::SeqCst);
    Ok(())
}

/// Answers the moderator, then tells the server's log channel what they did.
async fn say_and_log(
    ctx: &AppContext<'_>,
    guild: GuildId,
    reply: String,
    line: LogLine,
) -> Result<(), BotError> {
    say(ctx, reply).await?;
    let poster = ctx.data().poster(&ctx.serenity_context().http);
    super::log::post(poster, guild, &line).await;
    Ok(())
}
