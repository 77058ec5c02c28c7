//! `/gate setup` (add or change a gate, and the server-wide settings) and `/gate drop` (end a
//! gate). A gate is refused, with the fix, when the bot or the moderator could not grant its
//! role, when its role is dangerous and the gate has no `eligible`, or when the server has all
//! the gates it may.

use poise::serenity_prelude as serenity;

use super::{Acting, SetupRequest, not_here};
use crate::discord::BotError;
use crate::discord::log::{Posted, post_checked};
use crate::discord::log_lines::LogLine;
use crate::discord::permissions::{
    bot_problem, dangerous_permissions, explain_dangerous, moderator_problem, server_permissions,
};
use crate::gate::gates::{MAX_GATES, Period, PeriodSetting, RoleGate};
use crate::gate::outcome::Enrollment;
use crate::gate::repository::GuildConfig;
use crate::gate::{ChannelId, GateError, RoleId};
use crate::guide::messages as msg;
use crate::guide::{Key, fill, text};

/// The value a duration option leaves: changed, cleared (`off`), or as it was.
fn setting(given: Option<PeriodSetting>, was: Option<Period>) -> Option<Period> {
    match given {
        Some(setting) => setting.period(),
        None => was,
    }
}

pub(super) async fn setup(acting: &Acting<'_>, request: SetupRequest) -> Result<(), BotError> {
    let locale = acting.locale();
    if let Some(channel) = request.log_channel
        && !acting.in_this_server(channel).await?
    {
        return acting.say(not_here(locale, channel)).await;
    }
    let serenity_guild = serenity::GuildId::new(acting.guild.get());
    let http = acting.http();
    let bot_id = acting.ctx.cache.current_user().id;
    let bot_member = http.get_member(serenity_guild, bot_id).await?;
    let roles = http.get_guild_roles(serenity_guild).await?;
    // The role as it is now (the request may have waited for the moderator's code).
    let role = roles
        .iter()
        .find(|r| r.id == request.role.id)
        .unwrap_or(&request.role);
    let owner = acting.owner().await?;
    // Why the moderator or the bot could not give `role`, if either could not.
    let grant_problem = |role: &serenity::Role| {
        acting
            .incoming
            .guild_member()
            .and_then(|member| moderator_problem(role, acting.guild, &roles, member, owner))
            .or_else(|| bot_problem(role, acting.guild, &roles, &bot_member.roles))
            .map(|problem| problem.explain(locale))
    };
    if let Some(problem) = grant_problem(role) {
        return acting.say(problem).await;
    }
    let previous = acting.data.gate.config(acting.guild).await?;
    let role_id = RoleId::new(role.id.get());
    // A gate's role comes after a code; the role for members with Discord 2FA without one.
    if previous.discord_2fa_role == Some(role_id) {
        let mention = format!("<@&{role_id}>");
        return acting
            .say(fill(
                locale,
                Key::GateRoleIsDiscord2faRole,
                &[("role", &mention)],
            ))
            .await;
    }
    let existing = previous.gate(role_id);
    let gate = RoleGate {
        role: role_id,
        eligible: request
            .eligible
            .as_ref()
            .map(|r| RoleId::new(r.id.get()))
            .or(existing.and_then(|g| g.eligible)),
        lasts: setting(request.lasts, existing.and_then(|g| g.lasts)),
        reverify_every: setting(
            request.reverify_every,
            existing.and_then(|g| g.reverify_every),
        ),
        discord_2fa: request
            .discord_2fa
            .unwrap_or(existing.is_some_and(|g| g.discord_2fa)),
    };
    // Members could never pass: there is no browser check to confirm their Discord 2FA with.
    if (gate.discord_2fa || request.discord_2fa_role.is_some()) && acting.data.oauth.is_none() {
        return acting.say(text(locale, Key::GateDiscord2faNeedsWeb)).await;
    }
    if let Some(wanted) = &request.discord_2fa_role {
        // Given to every member with Discord 2FA, without a code: held to the rules of an open
        // gate's role, and not one of the gates.
        let wanted = roles.iter().find(|r| r.id == wanted.id).unwrap_or(wanted);
        let id = RoleId::new(wanted.id.get());
        if id == role_id || previous.gate(id).is_some() {
            let mention = format!("<@&{id}>");
            return acting
                .say(fill(
                    locale,
                    Key::GateDiscord2faRoleIsAGate,
                    &[("role", &mention)],
                ))
                .await;
        }
        if let Some(problem) = grant_problem(wanted) {
            return acting.say(problem).await;
        }
        let channels = http.get_channels(serenity_guild).await?;
        let found = dangerous_permissions(wanted, &channels);
        if !found.is_empty() {
            return acting
                .say(explain_dangerous(locale, wanted.id, &found))
                .await;
        }
    }
    if gate.lasts.is_some() && gate.reverify_every.is_some() {
        return acting.say(text(locale, Key::GateLastsAndReverify)).await;
    }
    // An eligible role that every member can get through another gate limits nobody.
    if let Some(eligible) = gate.eligible
        && previous
            .gate(eligible)
            .is_some_and(|other| other.eligible.is_none())
    {
        let args: [(&str, &(dyn std::fmt::Display + Sync)); 2] = [
            ("role", &format!("<@&{}>", role.id)),
            ("eligible", &format!("<@&{eligible}>")),
        ];
        return acting
            .say(fill(locale, Key::GateEligibleOpenGate, &args))
            .await;
    }
    if gate.eligible.is_none() {
        // A role's permissions live in its own bits and in the channels' overwrites for it.
        let channels = http.get_channels(serenity_guild).await?;
        let found = dangerous_permissions(role, &channels);
        if !found.is_empty() {
            return acting.say(explain_dangerous(locale, role.id, &found)).await;
        }
    }
    let moderator_code = request.moderator_code.unwrap_or(previous.moderator_code);
    if moderator_code && !previous.moderator_code {
        // Turning it on: the moderator must be able to give the code, or they lock themselves out.
        let status = acting
            .data
            .gate
            .status(crate::gate::Member::new(acting.guild, acting.moderator))
            .await?;
        if !matches!(status.enrollment, Enrollment::Confirmed { .. }) {
            return acting
                .say(text(locale, Key::GateModeratorCodeEnrollFirst))
                .await;
        }
    }
    let remind_after = setting(request.remind_after, previous.remind_after);
    let kick_after = setting(request.kick_after, previous.kick_after);
    let two_person_reset = request
        .two_person_reset
        .unwrap_or(previous.two_person_reset);
    let log_channel = request
        .log_channel
        .map(|c| ChannelId::new(c.get()))
        .or(previous.log_channel);
    if (remind_after.is_some() || kick_after.is_some()) && !acting.data.members_intent {
        return acting
            .say(text(locale, Key::GateUnverifiedNeedsIntent))
            .await;
    }
    if let (Some(remind), Some(kick)) = (remind_after, kick_after)
        && kick <= remind
    {
        let args: [(&str, &(dyn std::fmt::Display + Sync)); 2] =
            [("kick", &kick), ("remind", &remind)];
        return acting
            .say(fill(locale, Key::GateKickBeforeRemind, &args))
            .await;
    }
    if kick_after.is_some() && !can_kick(acting.guild, &roles, &bot_member.roles) {
        return acting.say(text(locale, Key::GateKickNeedsPermission)).await;
    }
    // Keygate's Kick Members is not lent out: setting or changing removal takes the moderator's
    // own (a Manage Server session cannot have the bot remove newcomers it could not itself).
    let may_kick = |member: &serenity::Member| {
        server_permissions(acting.guild, &roles, member, owner)
            .intersects(serenity::Permissions::KICK_MEMBERS | serenity::Permissions::ADMINISTRATOR)
    };
    if kick_after.is_some()
        && kick_after != previous.kick_after
        && !acting.incoming.guild_member().is_some_and(may_kick)
    {
        return acting
            .say(text(locale, Key::GateKickNeedsYourPermission))
            .await;
    }
    // One moderator alone must not undo two-person approval: turning it off, or moving the log
    // channel its requests are posted in, is for the server's owner.
    if previous.two_person_reset
        && (!two_person_reset || log_channel != previous.log_channel)
        && serenity::UserId::new(acting.moderator.get()) != owner
    {
        return acting.say(text(locale, Key::GateTwoPersonOwnerOnly)).await;
    }
    if two_person_reset && log_channel.is_none() {
        return acting.say(text(locale, Key::GateTwoPersonNeedsLog)).await;
    }
    let config = GuildConfig {
        remind_after,
        kick_after,
        two_person_reset,
        log_channel: request
            .log_channel
            .map(|c| ChannelId::new(c.get()))
            .or(previous.log_channel),
        guide_on_join: request.guide_on_join.unwrap_or(previous.guide_on_join),
        moderator_code,
        discord_2fa_role: request
            .discord_2fa_role
            .as_ref()
            .map(|r| RoleId::new(r.id.get()))
            .or(previous.discord_2fa_role),
        ..GuildConfig::unconfigured(acting.guild)
    };
    match acting
        .data
        .gate
        .configure(config.clone(), Some(gate.clone()), acting.moderator)
        .await
    {
        Ok(()) => {}
        Err(GateError::TooManyGates) => {
            let max: &(dyn std::fmt::Display + Sync) = &MAX_GATES;
            return acting
                .say(fill(locale, Key::GateTooManyGates, &[("max", max)]))
                .await;
        }
        Err(other) => return Err(other.into()),
    }
    let mut reply = fill(
        locale,
        Key::GateSetupDone,
        &[
            ("gate", &msg::gate_rules(locale, &gate)),
            ("settings", &msg::server_settings(locale, &config)),
        ],
    );
    if config.guide_on_join && !acting.data.members_intent {
        reply.push('\n');
        reply.push_str(text(locale, Key::GateSetupMembersIntent));
    }
    if gate.eligible.is_some() && !acting.data.members_intent {
        reply.push('\n');
        reply.push_str(text(locale, Key::GateSetupEligibleWithoutIntent));
    }
    if owner_needs_2fa(acting) {
        reply.push('\n');
        reply.push_str(text(locale, Key::GateSetupOwnerNeeds2fa));
    }
    let line = LogLine::Configured {
        moderator: acting.moderator,
        gate: Some(gate),
        log_channel: config.log_channel,
        moderator_code: config.moderator_code,
        unverified: (config.remind_after.is_some() || config.kick_after.is_some())
            .then_some((config.remind_after, config.kick_after)),
        two_person: config.two_person_reset,
    };
    // Posted first, and tried again even if the channel refused before: the reply says whether
    // Keygate can post there.
    let poster = acting.data.poster(http);
    if let Posted::Refused(channel) = post_checked(poster, acting.guild, &line, true).await {
        reply.push('\n');
        reply.push_str(&fill(
            locale,
            Key::GateSetupLogChannelRefused,
            &[("channel", &format!("<#{channel}>"))],
        ));
    }
    acting.say(reply).await
}

/// Whether the bot's roles give it Kick Members (or Administrator) in the server.
fn can_kick(
    guild: crate::gate::GuildId,
    roles: &[serenity::Role],
    bot_roles: &[serenity::RoleId],
) -> bool {
    let everyone = serenity::RoleId::new(guild.get());
    let permissions = roles
        .iter()
        .filter(|r| r.id == everyone || bot_roles.contains(&r.id))
        .fold(serenity::Permissions::empty(), |all, r| all | r.permissions);
    permissions
        .intersects(serenity::Permissions::KICK_MEMBERS | serenity::Permissions::ADMINISTRATOR)
}

/// Whether Discord will refuse Keygate's role changes here: the server requires 2FA for
/// moderation actions and the account that owns Keygate's application has not turned it on (the
/// bot user's `mfa_enabled` says so).
fn owner_needs_2fa(acting: &Acting<'_>) -> bool {
    let elevated = acting
        .ctx
        .cache
        .guild(serenity::GuildId::new(acting.guild.get()))
        .is_some_and(|g| g.mfa_level == serenity::MfaLevel::Elevated);
    elevated && !acting.ctx.cache.current_user().mfa_enabled
}

pub(super) async fn drop(acting: &Acting<'_>, role: RoleId) -> Result<(), BotError> {
    let locale = acting.locale();
    let mention = format!("<@&{role}>");
    match acting
        .data
        .gate
        .drop_gate(acting.guild, role, acting.moderator)
        .await
    {
        Ok(()) => {
            let reply = fill(locale, Key::GateDropped, &[("role", &mention)]);
            let line = LogLine::GateDropped {
                moderator: acting.moderator,
                role,
            };
            acting.say_and_log(reply, line).await
        }
        Err(GateError::NotAGate(_)) => {
            acting
                .say(fill(locale, Key::GateNotAGate, &[("role", &mention)]))
                .await
        }
        Err(other) => Err(other.into()),
    }
}
