//! The member commands: `/verify` and `/2fa guide | check | status | backup-codes | remove`.

use poise::serenity_prelude as serenity;

use super::{defer, incoming, locale, say};
use crate::discord::custom_id::CodeForm;
use crate::discord::flows;
use crate::discord::{AppContext, BotError};
use crate::gate::RoleId;
use crate::guide::messages as msg;

/// `/verify [role]`: enrollment or a code for a gate, see `flows::enroll::verify`.
#[poise::command(slash_command, guild_only)]
pub async fn verify(
    ctx: AppContext<'_>,
    #[description = "The role to verify for (default: you choose from the roles you can get)"]
    role: Option<serenity::Role>,
) -> Result<(), BotError> {
    let role = role.map(|r| RoleId::new(r.id.get()));
    flows::enroll::verify(ctx.serenity_context(), ctx.data(), incoming(&ctx), role).await
}

/// `/2fa`: the parent of the member's own two-factor commands.
#[poise::command(
    slash_command,
    guild_only,
    rename = "2fa",
    subcommands("guide", "check", "status", "backup_codes", "remove"),
    subcommand_required
)]
pub async fn two_factor(_ctx: AppContext<'_>) -> Result<(), BotError> {
    Ok(())
}

/// `/2fa guide`: the walkthrough of Discord's own 2FA, by DM.
#[poise::command(slash_command, guild_only)]
pub async fn guide(ctx: AppContext<'_>) -> Result<(), BotError> {
    crate::discord::guide::start(ctx.serenity_context(), &ctx.data().budget, incoming(&ctx)).await
}

/// `/2fa check`: a link to confirm in the browser that your Discord account has 2FA on.
#[poise::command(slash_command, guild_only)]
pub async fn check(ctx: AppContext<'_>) -> Result<(), BotError> {
    let incoming = incoming(&ctx);
    let member = incoming.member()?;
    let reply = crate::discord::flows::check_link(ctx.data(), Some(member), incoming.locale());
    incoming.reply(&ctx.serenity_context().http, reply).await?;
    Ok(())
}

/// `/2fa status`: the member's own enrollment, verification, codes left and lockout.
#[poise::command(slash_command, guild_only)]
pub async fn status(ctx: AppContext<'_>) -> Result<(), BotError> {
    let member = incoming(&ctx).member()?;
    defer(&ctx).await?;
    let status = ctx.data().gate.status(member).await?;
    say(&ctx, msg::member_status(locale(&ctx), &status)).await
}

/// `/2fa backup-codes`: a new set after a fresh authenticator code.
#[poise::command(slash_command, guild_only, rename = "backup-codes")]
pub async fn backup_codes(ctx: AppContext<'_>) -> Result<(), BotError> {
    fresh_code(ctx, CodeForm::BackupCodes).await
}

/// `/2fa remove`: delete the member's own enrollment after a fresh code.
#[poise::command(slash_command, guild_only)]
pub async fn remove(ctx: AppContext<'_>) -> Result<(), BotError> {
    fresh_code(ctx, CodeForm::Remove).await
}

async fn fresh_code(ctx: AppContext<'_>, form: CodeForm) -> Result<(), BotError> {
    let (serenity_ctx, data) = (ctx.serenity_context(), ctx.data());
    flows::self_service::open_fresh_code_modal(serenity_ctx, data, incoming(&ctx), form).await
}
