//! `/gate setup` and `/gate drop`: their options are read and checked here (a duration that
//! cannot be read, an `eligible` that cannot work), then handed to the action, which runs now or
//! after the moderator's code ([`crate::discord::actions`]).

use poise::serenity_prelude as serenity;

use super::{incoming, locale, say};
use crate::discord::actions::{self, ModeratorAction, SetupRequest};
use crate::discord::{AppContext, BotError};
use crate::gate::RoleId;
use crate::gate::gates::{
    LASTS, PeriodProblem, PeriodRange, PeriodSetting, REVERIFY_EVERY, UNVERIFIED_AFTER,
};
use crate::guide::{Key, Locale, fill};

/// Reads a duration option; the refusal names the option, what was typed and the range.
fn period(
    locale: Locale,
    option: &str,
    given: Option<&str>,
    range: PeriodRange,
) -> Result<Option<PeriodSetting>, String> {
    let Some(given) = given else { return Ok(None) };
    // Shown back inside a code span: no backticks, and not a wall of text.
    let shown: String = given.chars().filter(|c| *c != '`').take(32).collect();
    let args: [(&str, &(dyn std::fmt::Display + Sync)); 4] = [
        ("option", &option),
        ("value", &shown),
        ("min", &range.min),
        ("max", &range.max),
    ];
    match PeriodSetting::parse(given, range) {
        Ok(setting) => Ok(Some(setting)),
        Err(PeriodProblem::Unreadable) => Err(fill(locale, Key::GateDurationUnreadable, &args)),
        Err(PeriodProblem::OutOfRange(_)) => Err(fill(locale, Key::GateDurationOutOfRange, &args)),
    }
}

/// `/gate setup`: add or change the gate for a role, and the server-wide settings.
#[allow(
    clippy::too_many_arguments,
    reason = "one parameter per slash-command option"
)]
#[poise::command(slash_command, guild_only)]
pub async fn setup(
    ctx: AppContext<'_>,
    #[description = "The role Keygate gives after a valid code"] role: serenity::Role,
    #[description = "Only members who already have this role may pass (for example @Moderator)"]
    eligible: Option<serenity::Role>,
    #[description = "Remove the role this long after each pass, like 1h or 7d (1m to 30d; off clears)"]
    #[max_length = 32]
    lasts: Option<String>,
    #[description = "Remove the role unless passed again this often, like 30d (1d to 365d; off clears)"]
    #[max_length = 32]
    reverify_every: Option<String>,
    #[description = "Only members who confirmed their own Discord 2FA (/2fa check, within 30 days) may pass"]
    discord_2fa: Option<bool>,
    #[description = "A role Keygate gives members whose own Discord 2FA /2fa check found on (not a gate)"]
    discord_2fa_role: Option<serenity::Role>,
    #[description = "A channel for Keygate's log of verifications and moderator actions"]
    #[channel_types("Text")]
    log_channel: Option<serenity::PartialChannel>,
    #[description = "Send new members the guide to Discord's own 2FA"] guide_on_join: Option<bool>,
    #[description = "Ask moderators for an authenticator code before setup, drop, unlock, revoke, reset"]
    moderator_code: Option<bool>,
    #[description = "DM new members who haven't verified after this long, like 1d (1m to 30d; off clears)"]
    #[max_length = 32]
    remind_after: Option<String>,
    #[description = "Remove new members who haven't verified after this long, like 7d (1m to 30d; off clears)"]
    #[max_length = 32]
    kick_after: Option<String>,
    #[description = "reset and bypass need a second moderator's approval in the log channel"]
    two_person_reset: Option<bool>,
) -> Result<(), BotError> {
    let guild = incoming(&ctx).member()?.guild;
    let l = locale(&ctx);
    let lasts = match period(l, "lasts", lasts.as_deref(), LASTS) {
        Ok(setting) => setting,
        Err(refusal) => return say(&ctx, refusal).await,
    };
    let reverify_every = match period(
        l,
        "reverify_every",
        reverify_every.as_deref(),
        REVERIFY_EVERY,
    ) {
        Ok(setting) => setting,
        Err(refusal) => return say(&ctx, refusal).await,
    };
    let remind_after = match period(l, "remind_after", remind_after.as_deref(), UNVERIFIED_AFTER) {
        Ok(setting) => setting,
        Err(refusal) => return say(&ctx, refusal).await,
    };
    let kick_after = match period(l, "kick_after", kick_after.as_deref(), UNVERIFIED_AFTER) {
        Ok(setting) => setting,
        Err(refusal) => return say(&ctx, refusal).await,
    };
    if let Some(eligible) = &eligible {
        let mention = format!("<@&{}>", role.id);
        if eligible.id.get() == guild.get() {
            return say(
                &ctx,
                fill(l, Key::GateEligibleEveryone, &[("role", &mention)]),
            )
            .await;
        }
        if eligible.id == role.id {
            return say(&ctx, fill(l, Key::GateEligibleSelf, &[("role", &mention)])).await;
        }
    }
    let request = SetupRequest {
        role,
        eligible,
        lasts,
        reverify_every,
        discord_2fa,
        discord_2fa_role,
        log_channel: log_channel.map(|c| c.id),
        guide_on_join,
        moderator_code,
        remind_after,
        kick_after,
        two_person_reset,
    };
    let (serenity_ctx, data) = (ctx.serenity_context(), ctx.data());
    let action = ModeratorAction::Setup(Box::new(request));
    actions::begin(serenity_ctx, data, incoming(&ctx), action).await
}

/// `/gate drop`: Keygate stops gating a role.
#[poise::command(slash_command, guild_only, rename = "drop")]
pub async fn drop_gate(
    ctx: AppContext<'_>,
    #[description = "The role to stop gating (members who have it keep it)"] role: serenity::Role,
) -> Result<(), BotError> {
    let action = ModeratorAction::Drop {
        role: RoleId::new(role.id.get()),
    };
    actions::begin(ctx.serenity_context(), ctx.data(), incoming(&ctx), action).await
}
