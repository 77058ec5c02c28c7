//! What the framework hands the bot besides commands: button clicks, menu choices and modal
//! submits (routed by their [`CustomId`] with one exhaustive `match`), member joins and role
//! changes, and framework errors.

use poise::serenity_prelude as serenity;

use super::answer::answer_error;
use super::custom_id::CustomId;
use super::error::log_chain;
use super::respond::{Answered, Incoming};
use super::{BotError, Data, describe, flows, join, step_up};
use crate::gate::{GuildId, Member, RoleId, UserId};
use crate::guide::walkthrough::Turn;
use crate::guide::{Key, Locale, text};

/// Buttons, modal submits and joins.
pub async fn on_event(
    framework: poise::FrameworkContext<'_, Data, BotError>,
    event: &serenity::FullEvent,
) -> Result<(), BotError> {
    let ctx = framework.serenity_context;
    let data = framework.user_data;
    match event {
        serenity::FullEvent::GuildCreate { guild, .. } => {
            let locale = Locale::from_discord(&guild.preferred_locale);
            data.budget
                .set_server_locale(GuildId::new(guild.id.get()), locale);
            Ok(())
        }
        serenity::FullEvent::GuildUpdate {
            new_data: guild, ..
        } => {
            refresh_cache(ctx, guild);
            let locale = Locale::from_discord(&guild.preferred_locale);
            data.budget
                .set_server_locale(GuildId::new(guild.id.get()), locale);
            Ok(())
        }
        serenity::FullEvent::GuildMemberAddition { new_member } => {
            on_join(ctx, data, new_member);
            if new_member.user.bot {
                return Ok(());
            }
            let member = Member::new(
                GuildId::new(new_member.guild_id.get()),
                UserId::new(new_member.user.id.get()),
            );
            let roles: Vec<RoleId> = new_member
                .roles
                .iter()
                .map(|r| RoleId::new(r.get()))
                .collect();
            if let Err(error) = data.gate.record_join(member, &roles).await {
                tracing::warn!(guild = %member.guild, error = %super::error::chain(&error), "could not store a join");
            }
            Ok(())
        }
        serenity::FullEvent::GuildDelete { incomplete, .. } if !incomplete.unavailable => {
            // Keygate was removed from the server (an outage says `unavailable`): nobody there is
            // reminded or removed any more.
            let guild = GuildId::new(incomplete.id.get());
            if let Err(error) = data.gate.forget_guild_joins(guild).await {
                tracing::warn!(%guild, error = %super::error::chain(&error), "could not forget the joins of a server Keygate left");
            }
            Ok(())
        }
        serenity::FullEvent::GuildMemberRemoval { guild_id, user, .. } => {
            let member = Member::new(GuildId::new(guild_id.get()), UserId::new(user.id.get()));
            if let Err(error) = data.gate.forget_join(member).await {
                tracing::warn!(guild = %member.guild, error = %super::error::chain(&error), "could not forget a member who left");
            }
            Ok(())
        }
        serenity::FullEvent::GuildMemberUpdate { event, .. } => {
            on_roles_changed(ctx, data, event).await;
            Ok(())
        }
        serenity::FullEvent::InteractionCreate {
            interaction: serenity::Interaction::Component(component),
        } => {
            let Some(id) = CustomId::parse(&component.data.custom_id) else {
                return Ok(());
            };
            let incoming = Incoming::Component(component);
            let result = match id {
                CustomId::PanelVerify(role) => {
                    flows::enroll::verify(ctx, data, incoming, role).await
                }
                CustomId::EnterFirstCode(role) => {
                    flows::enroll::open_confirm_modal(ctx, incoming, role).await
                }
                CustomId::PickGate => flows::enroll::picked(ctx, data, component).await,
                CustomId::EndNow(role) => flows::held::end_now(ctx, data, component, role).await,
                CustomId::PanelGuide => super::guide::start(ctx, &data.budget, incoming).await,
                // From a panel (a member of its server) or the guide's last page in a DM (the
                // link then records whoever signs in, as `/linked-role` does).
                CustomId::PanelCheck => {
                    let reply = flows::check_link(data, incoming.member().ok(), incoming.locale());
                    incoming
                        .reply(&ctx.http, reply)
                        .await
                        .map_err(BotError::from)
                }
                CustomId::Guide(turn) => {
                    super::guide::turn(ctx, component, turn, data.oauth.is_some()).await
                }
                CustomId::Decide(id, approve) => decide(ctx, data, component, id, approve).await,
                // A modal's id on a button is nothing Keygate sent.
                CustomId::Form(_) | CustomId::StepUp(_) => Err(BotError::Hint(Key::ReplyStaleForm)),
            };
            if let Err(error) = result {
                answer_error(ctx, data, incoming, Answered::NotYet, error).await;
            }
            Ok(())
        }
        serenity::FullEvent::InteractionCreate {
            interaction: serenity::Interaction::Modal(modal),
        } => {
            let incoming = Incoming::Modal(modal);
            let result = match CustomId::parse(&modal.data.custom_id) {
                Some(CustomId::Form(form)) => flows::on_modal(ctx, data, modal, form).await,
                Some(CustomId::StepUp(id)) => step_up::on_modal(ctx, data, modal, id).await,
                Some(
                    CustomId::PanelVerify(_)
                    | CustomId::PanelGuide
                    | CustomId::PanelCheck
                    | CustomId::EnterFirstCode(_)
                    | CustomId::PickGate
                    | CustomId::EndNow(_)
                    | CustomId::Decide(..)
                    | CustomId::Guide(Turn::To(_) | Turn::Done),
                )
                | None => {
                    tracing::warn!("a modal Keygate does not know was submitted");
                    Err(BotError::Hint(Key::ReplyStaleForm))
                }
            };
            if let Err(error) = result {
                answer_error(ctx, data, incoming, Answered::NotYet, error).await;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// *Approve* or *Deny* on a request for a second moderator: only a moderator (Manage Server, as
/// the bot sees it now) may press it; the action then runs like a moderator command (after the
/// presser's own code, with `moderator_code`).
async fn decide(
    ctx: &serenity::Context,
    data: &Data,
    component: &serenity::ComponentInteraction,
    id: crate::gate::approvals::RequestId,
    approve: bool,
) -> Result<(), BotError> {
    let incoming = Incoming::Component(component);
    let permissions = incoming
        .guild_member()
        .and_then(|m| m.permissions)
        .unwrap_or_else(serenity::Permissions::empty);
    if !permissions.manage_guild() && !permissions.administrator() {
        return Err(BotError::Hint(Key::ReplyOnlyModerators));
    }
    let action = super::actions::ModeratorAction::Decide {
        id,
        approve,
        message: (component.channel_id, component.message.id),
    };
    super::actions::begin(ctx, data, incoming, action).await
}

fn on_join(ctx: &serenity::Context, data: &Data, new_member: &serenity::Member) {
    let Some(joins) = &data.joins else { return };
    let cached = ctx
        .cache
        .guild(new_member.guild_id)
        .map(|g| (g.name.clone(), g.preferred_locale.clone()));
    let (server_name, locale) = cached.unwrap_or_else(|| ("Discord server".into(), "en-US".into()));
    joins.push(join::Joined {
        guild: GuildId::new(new_member.guild_id.get()),
        user: new_member.user.id,
        bot: new_member.user.bot,
        server_name,
        locale: Locale::from_discord(&locale),
    });
}

/// Applies a `GUILD_UPDATE` to the cache. Serenity 0.12.5 dispatches the event without updating
/// its cache (`client/dispatch.rs` skips `update_cache!` for it), so the owner (after a transfer),
/// the server's name, language, roles and 2FA requirement would stay as they were when the bot
/// connected: a server's former owner would keep the owner's say.
fn refresh_cache(ctx: &serenity::Context, guild: &serenity::PartialGuild) {
    let event =
        serde_json::to_value(guild).and_then(serde_json::from_value::<serenity::GuildUpdateEvent>);
    match event {
        Ok(mut event) => {
            ctx.cache.update(&mut event);
        }
        Err(error) => {
            tracing::warn!(guild = %guild.id, %error, "could not apply a server update to the cache");
        }
    }
}

/// A member's roles changed (with the Server Members intent): a role they did not join with
/// exempts them from reminders and removal, and gated roles whose eligible role is gone go with
/// it, at once.
async fn on_roles_changed(
    ctx: &serenity::Context,
    data: &Data,
    event: &serenity::GuildMemberUpdateEvent,
) {
    let member = Member::new(
        GuildId::new(event.guild_id.get()),
        UserId::new(event.user.id.get()),
    );
    let holds: Vec<RoleId> = event.roles.iter().map(|r| RoleId::new(r.get())).collect();
    if let Err(error) = data.gate.join_roles_changed(member, &holds).await {
        tracing::warn!(guild = %member.guild, error = %super::error::chain(&error), "could not exempt a member given a role");
    }
    flows::held::release_ineligible(data.poster(&ctx.http), &data.worker, member, &holds).await;
}

fn framework_error_kind(error: &poise::FrameworkError<'_, Data, BotError>) -> &'static str {
    match error {
        poise::FrameworkError::Setup { .. } => "setup",
        poise::FrameworkError::CommandStructureMismatch { .. } => {
            "command structure mismatch (re-register commands)"
        }
        poise::FrameworkError::CommandPanic { .. } => "command panicked",
        poise::FrameworkError::CooldownHit { .. } => "cooldown",
        poise::FrameworkError::MissingBotPermissions { .. } => "bot lacks permissions",
        poise::FrameworkError::CommandCheckFailed { .. } => "check failed",
        poise::FrameworkError::UnknownInteraction { .. } => "unknown interaction",
        _ => "other",
    }
}

/// Answers `key` ephemerally to the framework error's invoker, if there is one.
async fn hint(ctx: poise::Context<'_, Data, BotError>, key: Key) {
    let locale = Locale::from_discord(ctx.locale().unwrap_or("en-US"));
    let reply = poise::CreateReply::default()
        .content(text(locale, key))
        .ephemeral(true);
    if let Err(error) = ctx.send(reply).await {
        tracing::warn!(error = %describe(&error), "could not answer a refused command");
    }
}

pub async fn on_error(error: poise::FrameworkError<'_, Data, BotError>) {
    match error {
        poise::FrameworkError::Command { error, ctx, .. } => {
            if let poise::Context::Application(app) = ctx {
                let answered = if app
                    .has_sent_initial_response
                    .load(std::sync::atomic::Ordering::SeqCst)
                {
                    Answered::Deferred
                } else {
                    Answered::NotYet
                };
                answer_error(
                    app.serenity_context(),
                    app.data(),
                    Incoming::Command(app.interaction),
                    answered,
                    error,
                )
                .await;
            }
        }
        poise::FrameworkError::MissingUserPermissions { ctx, .. } => {
            hint(ctx, Key::ReplyOnlyModerators).await
        }
        poise::FrameworkError::GuildOnly { ctx, .. } => hint(ctx, Key::ReplyGuildOnly).await,
        // The member's own mistake in an option: say so, not "something went wrong".
        poise::FrameworkError::ArgumentParse { ctx, .. } => hint(ctx, Key::ReplyBadArgument).await,
        poise::FrameworkError::EventHandler { error, .. } => {
            log_chain("event handler failed", &error);
        }
        other => {
            // The framework error's own text can embed a serenity error (and so an interaction URL).
            tracing::error!(kind = framework_error_kind(&other), "framework error");
            if let Some(ctx) = other.ctx() {
                hint(ctx, Key::ReplySomethingWentWrong).await;
            }
        }
    }
}
