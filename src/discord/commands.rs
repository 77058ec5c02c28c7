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
use crate::guide::{Locale, fill, text};

/// Verify with your authenticator app, or set one up
#[poise::command(
    name_localized("de", "verifizieren"),
    name_localized("fr", "verifier"),
    name_localized("es-ES", "verificar"),
    name_localized("es-419", "verificar"),
    name_localized("pt-BR", "verificar"),
    description_localized("de", "Mit deiner Authenticator-App verifizieren oder eine einrichten"),
    description_localized(
        "fr",
        "Te vérifier avec ton appli d'authentification, ou en configurer une"
    ),
    description_localized("es-ES", "Verifícate con tu app de autenticación o configura una"),
    description_localized("es-419", "Verifícate con tu app de autenticación o configura una"),
    description_localized("pt-BR", "Verifique com seu app autenticador ou configure um"),
    slash_command,
    guild_only
)]
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
    description_localized(
        "de",
        "Zwei-Faktor-Authentifizierung: dein Status, Backup-Codes und Discords eigene 2FA"
    ),
    description_localized(
        "fr",
        "Double authentification : ton statut, tes codes de secours et la 2FA de Discord"
    ),
    description_localized(
        "es-ES",
        "Autenticación en dos pasos: tu estado, códigos de respaldo y la 2FA de Discord"
    ),
    description_localized(
        "es-419",
        "Autenticación en dos pasos: tu estado, códigos de respaldo y la 2FA de Discord"
    ),
    description_localized(
        "pt-BR",
        "Autenticação em dois fatores: seu status, códigos de backup e a 2FA do Discord"
    ),
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
#[poise::command(
    name_localized("de", "anleitung"),
    name_localized("fr", "guide"),
    name_localized("es-ES", "guia"),
    name_localized("es-419", "guia"),
    name_localized("pt-BR", "guia"),
    description_localized(
        "de",
        "So schaltest du Discords eigene Zwei-Faktor-Authentifizierung ein"
    ),
    description_localized("fr", "Comment activer la double authentification de Discord"),
    description_localized("es-ES", "Cómo activar la autenticación en dos pasos de Discord"),
    description_localized("es-419", "Cómo activar la autenticación en dos pasos de Discord"),
    description_localized("pt-BR", "Como ativar a autenticação em dois fatores do Discord"),
    slash_command,
    guild_only
)]
pub async fn guide(ctx: AppContext<'_>) -> Result<(), BotError> {
    let _busy = ctx.data().in_flight.enter();
    super::guide::start(
        ctx.serenity_context(),
        ctx.data(),
        Incoming::Command(ctx.interaction),
    )
    .await
}

/// Your enrollment, verification, backup codes left and lockout in this server
#[poise::command(
    name_localized("de", "status"),
    name_localized("fr", "statut"),
    name_localized("es-ES", "estado"),
    name_localized("es-419", "estado"),
    name_localized("pt-BR", "status"),
    description_localized(
        "de",
        "Deine Einrichtung, Verifizierung, übrige Backup-Codes und Sperre hier"
    ),
    description_localized(
        "fr",
        "Ta configuration, ta vérification, tes codes restants et ton blocage ici"
    ),
    description_localized(
        "es-ES",
        "Tu configuración, verificación, códigos restantes y bloqueo aquí"
    ),
    description_localized(
        "es-419",
        "Tu configuración, verificación, códigos restantes y bloqueo aquí"
    ),
    description_localized(
        "pt-BR",
        "Sua configuração, verificação, códigos restantes e bloqueio aqui"
    ),
    slash_command,
    guild_only
)]
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
    say(&ctx, msg::member_status(locale(&ctx), &status, role)).await
}

/// Make a new set of backup codes (needs a code from your authenticator app)
#[poise::command(
    name_localized("de", "backup-codes"),
    name_localized("fr", "codes-de-secours"),
    name_localized("es-ES", "codigos-de-respaldo"),
    name_localized("es-419", "codigos-de-respaldo"),
    name_localized("pt-BR", "codigos-de-backup"),
    description_localized(
        "de",
        "Neue Backup-Codes erstellen (braucht einen Code aus deiner App)"
    ),
    description_localized(
        "fr",
        "Créer de nouveaux codes de secours (demande un code de ton appli)"
    ),
    description_localized(
        "es-ES",
        "Crear nuevos códigos de respaldo (necesita un código de tu app)"
    ),
    description_localized(
        "es-419",
        "Crear nuevos códigos de respaldo (necesita un código de tu app)"
    ),
    description_localized(
        "pt-BR",
        "Criar novos códigos de backup (precisa de um código do seu app)"
    ),
    slash_command,
    guild_only,
    rename = "backup-codes"
)]
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
#[poise::command(
    name_localized("de", "entfernen"),
    name_localized("fr", "supprimer"),
    name_localized("es-ES", "eliminar"),
    name_localized("es-419", "eliminar"),
    name_localized("pt-BR", "remover"),
    description_localized(
        "de",
        "Deine Authenticator-Einrichtung und Backup-Codes hier löschen (braucht einen Code)"
    ),
    description_localized(
        "fr",
        "Supprimer ton authentificateur et tes codes de secours ici (demande un code)"
    ),
    description_localized(
        "es-ES",
        "Borrar tu autenticador y códigos de respaldo aquí (necesita un código)"
    ),
    description_localized(
        "es-419",
        "Borrar tu autenticador y códigos de respaldo aquí (necesita un código)"
    ),
    description_localized(
        "pt-BR",
        "Apagar seu autenticador e códigos de backup aqui (precisa de um código)"
    ),
    slash_command,
    guild_only
)]
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
    description_localized("de", "Moderation: die Verifizierung einrichten und verwalten"),
    description_localized("fr", "Modération : configurer et gérer la vérification"),
    description_localized("es-ES", "Moderación: configurar y gestionar la verificación"),
    description_localized("es-419", "Moderación: configurar y gestionar la verificación"),
    description_localized("pt-BR", "Moderação: configurar e gerenciar a verificação"),
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

fn locale(ctx: &AppContext<'_>) -> crate::guide::Locale {
    Incoming::Command(ctx.interaction).locale()
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
    locale: Locale,
    role: &serenity::Role,
    guild: GuildId,
    bot_permissions: serenity::Permissions,
    bot_top_position: Option<u16>,
) -> Option<String> {
    let mention = format!("<@&{}>", role.id);
    if role.id.get() == guild.get() {
        return Some(text(locale, "gate.role.everyone").to_owned());
    }
    if role.managed {
        return Some(fill(locale, "gate.role.managed", &[("role", &mention)]));
    }
    if !bot_permissions.manage_roles() && !bot_permissions.administrator() {
        return Some(text(locale, "gate.role.no_manage_roles").to_owned());
    }
    match bot_top_position {
        Some(top) if top > role.position => None,
        _ => Some(fill(locale, "gate.role.too_high", &[("role", &mention)])),
    }
}

/// Choose the role members get after verifying, and where Keygate logs
#[poise::command(
    description_localized("de", "Rolle nach der Verifizierung und Log-Kanal festlegen"),
    description_localized(
        "fr",
        "Choisir le rôle donné après vérification et le salon de journal"
    ),
    description_localized("es-ES", "Elegir el rol tras verificar y el canal de registro"),
    description_localized("es-419", "Elegir el rol tras verificar y el canal de registro"),
    description_localized("pt-BR", "Escolher o cargo após verificar e o canal de registro"),
    slash_command,
    guild_only,
    required_permissions = "MANAGE_GUILD"
)]
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
    // Server-wide permissions (@everyone plus the bot's roles): Manage Roles is a server permission,
    // and the interaction's app_permissions are the channel's, which overwrites can change.
    let bot_permissions = roles
        .iter()
        .filter(|r| r.id.get() == guild.get() || bot_member.roles.contains(&r.id))
        .fold(serenity::Permissions::empty(), |all, r| all | r.permissions);
    // The moderator must be able to hand out this role themselves: /gate setup must not let
    // someone with Manage Server alone put members into a role above their own.
    if let Some(member) = &ctx.interaction.member {
        let theirs = member
            .permissions
            .unwrap_or_else(serenity::Permissions::empty);
        if !theirs.administrator() {
            let their_top = roles
                .iter()
                .filter(|r| member.roles.contains(&r.id))
                .map(|r| r.position)
                .max();
            let problem = if !theirs.manage_roles() {
                Some(text(locale(&ctx), "gate.role.invoker_no_manage_roles").to_owned())
            } else if their_top.is_none_or(|top| top <= role.position) {
                Some(fill(
                    locale(&ctx),
                    "gate.role.invoker_too_low",
                    &[("role", &format!("<@&{}>", role.id))],
                ))
            } else {
                None
            };
            if let Some(problem) = problem {
                return say(
                    &ctx,
                    fill(locale(&ctx), "gate.role_problem", &[("problem", &problem)]),
                )
                .await;
            }
        }
    }
    if let Some(problem) = role_problem(locale(&ctx), &role, guild, bot_permissions, bot_top) {
        return say(
            &ctx,
            fill(locale(&ctx), "gate.role_problem", &[("problem", &problem)]),
        )
        .await;
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
    let l = locale(&ctx);
    let log = config
        .log_channel
        .map_or_else(|| text(l, "gate.none").to_owned(), |c| format!("<#{c}>"));
    let mut reply = fill(
        l,
        "gate.setup_done",
        &[
            ("role", &format!("<@&{}>", role.id)),
            ("log", &log),
            (
                "guide",
                &text(
                    l,
                    if config.guide_on_join {
                        "gate.on"
                    } else {
                        "gate.off"
                    },
                ),
            ),
        ],
    );
    if config.guide_on_join && !ctx.data().members_intent {
        reply.push('\n');
        reply.push_str(text(l, "gate.setup_members_intent"));
    }
    say(&ctx, reply).await?;
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
#[poise::command(
    description_localized(
        "de",
        "Das Verifizierungs-Panel (Verifizieren und 2FA-Anleitung) posten"
    ),
    description_localized("fr", "Publier le panneau de vérification (Vérifier et guide 2FA)"),
    description_localized("es-ES", "Publicar el panel de verificación (Verificar y guía 2FA)"),
    description_localized("es-419", "Publicar el panel de verificación (Verificar y guía 2FA)"),
    description_localized("pt-BR", "Publicar o painel de verificação (Verificar e guia 2FA)"),
    slash_command,
    guild_only,
    required_permissions = "MANAGE_GUILD"
)]
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
    // The panel is read by everyone: it speaks the server's language.
    let server_locale = Incoming::Command(ctx.interaction).guild_locale();
    let message = serenity::CreateMessage::new()
        .content(text(server_locale, "panel.body"))
        .components(vec![serenity::CreateActionRow::Buttons(vec![
            serenity::CreateButton::new(PANEL_VERIFY)
                .label(text(server_locale, "panel.verify.button"))
                .style(serenity::ButtonStyle::Success),
            serenity::CreateButton::new(PANEL_GUIDE)
                .label(text(server_locale, "panel.guide.button"))
                .style(serenity::ButtonStyle::Secondary),
        ])])
        .allowed_mentions(
            serenity::CreateAllowedMentions::new()
                .empty_users()
                .empty_roles()
                .everyone(false),
        );
    match channel
        .send_message(&ctx.serenity_context().http, message)
        .await
    {
        Ok(_) => {
            ctx.data()
                .gate
                .note_moderator_action(
                    guild,
                    moderator(&ctx),
                    format!("posted the verification panel in channel {channel}"),
                )
                .await?;
            say(
                &ctx,
                fill(
                    locale(&ctx),
                    "gate.panel_posted",
                    &[("channel", &format!("<#{channel}>"))],
                ),
            )
            .await?;
            super::log::post(
                &ctx.data().gate,
                &ctx.serenity_context().http,
                guild,
                &format!(
                    "⚙️ <@{}> posted the verification panel in <#{channel}>.",
                    moderator(&ctx)
                ),
            )
            .await;
            Ok(())
        }
        Err(serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e)))
            if e.status_code.as_u16() == 403 =>
        {
            say(
                &ctx,
                fill(
                    locale(&ctx),
                    "gate.panel_forbidden",
                    &[("channel", &format!("<#{channel}>"))],
                ),
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// A member's enrollment, verification, backup codes left and lockout
#[poise::command(
    description_localized(
        "de",
        "Einrichtung, Verifizierung, Backup-Codes und Sperre eines Mitglieds"
    ),
    description_localized(
        "fr",
        "Configuration, vérification, codes restants et blocage d'un membre"
    ),
    description_localized(
        "es-ES",
        "Configuración, verificación, códigos y bloqueo de un miembro"
    ),
    description_localized(
        "es-419",
        "Configuración, verificación, códigos y bloqueo de un miembro"
    ),
    description_localized("pt-BR", "Configuração, verificação, códigos e bloqueio de um membro"),
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
        format!(
            "**<@{}>**\n{}",
            user.id,
            msg::member_status(locale(&ctx), &status, role)
        ),
    )
    .await
}

/// Clear a member's lockout
#[poise::command(
    description_localized("de", "Die Sperre eines Mitglieds aufheben"),
    description_localized("fr", "Lever le blocage d'un membre"),
    description_localized("es-ES", "Quitar el bloqueo de un miembro"),
    description_localized("es-419", "Quitar el bloqueo de un miembro"),
    description_localized("pt-BR", "Remover o bloqueio de um membro"),
    slash_command,
    guild_only,
    required_permissions = "MANAGE_GUILD"
)]
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
    say(
        &ctx,
        fill(
            locale(&ctx),
            "gate.unlocked",
            &[("user", &format!("<@{}>", user.id))],
        ),
    )
    .await?;
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
#[poise::command(
    description_localized(
        "de",
        "Einem Mitglied die Verifiziert-Rolle entziehen (es kann sich erneut verifizieren)"
    ),
    description_localized("fr", "Retirer le rôle vérifié d'un membre (il pourra se revérifier)"),
    description_localized(
        "es-ES",
        "Quitar el rol verificado a un miembro (podrá verificarse de nuevo)"
    ),
    description_localized(
        "es-419",
        "Quitar el rol verificado a un miembro (podrá verificarse de nuevo)"
    ),
    description_localized(
        "pt-BR",
        "Remover o cargo verificado de um membro (ele pode verificar de novo)"
    ),
    slash_command,
    guild_only,
    required_permissions = "MANAGE_GUILD"
)]
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
    let args: [(&str, &(dyn std::fmt::Display + Sync)); 2] = [
        ("role", &format!("<@&{role}>")),
        ("user", &format!("<@{}>", user.id)),
    ];
    say(&ctx, fill(locale(&ctx), "gate.revoked", &args)).await?;
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
#[poise::command(
    description_localized(
        "de",
        "Mitglied mit verlorenem Handy zurücksetzen: löscht Authenticator und Backup-Codes"
    ),
    description_localized(
        "fr",
        "Réinitialiser un membre qui a perdu son téléphone : supprime ses codes"
    ),
    description_localized(
        "es-ES",
        "Restablecer a quien perdió su teléfono: borra su autenticador y códigos"
    ),
    description_localized(
        "es-419",
        "Restablecer a quien perdió su teléfono: borra su autenticador y códigos"
    ),
    description_localized(
        "pt-BR",
        "Redefinir quem perdeu o celular: apaga o autenticador e os códigos"
    ),
    slash_command,
    guild_only,
    required_permissions = "MANAGE_GUILD"
)]
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
    // The member reads this outside any interaction: in the server's language.
    let server_locale = Incoming::Command(ctx.interaction).guild_locale();
    let dm = serenity::CreateMessage::new()
        .content(fill(
            server_locale,
            "gate.reset_dm",
            &[("server", &server), ("reason", &reason)],
        ))
        .allowed_mentions(
            serenity::CreateAllowedMentions::new()
                .empty_users()
                .empty_roles()
                .everyone(false),
        );
    let told = match user.id.create_dm_channel(http).await {
        Ok(channel) => channel.id.send_message(http, dm).await.is_ok(),
        Err(_) => false,
    };
    let note = text(
        locale(&ctx),
        if told {
            "gate.reset_told"
        } else {
            "gate.reset_not_told"
        },
    );
    let args: [(&str, &(dyn std::fmt::Display + Sync)); 2] =
        [("user", &format!("<@{}>", user.id)), ("note", &note)];
    say(&ctx, fill(locale(&ctx), "gate.reset_done", &args)).await?;
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
#[poise::command(
    description_localized("de", "Zahlen: eingerichtet, verifiziert, gesperrt"),
    description_localized("fr", "Chiffres : inscrits, vérifiés, bloqués"),
    description_localized("es-ES", "Cifras: inscritos, verificados, bloqueados"),
    description_localized("es-419", "Cifras: inscritos, verificados, bloqueados"),
    description_localized("pt-BR", "Números: inscritos, verificados, bloqueados"),
    slash_command,
    guild_only,
    required_permissions = "MANAGE_GUILD"
)]
pub async fn stats(ctx: AppContext<'_>) -> Result<(), BotError> {
    let _busy = ctx.data().in_flight.enter();
    defer(&ctx).await?;
    let stats = ctx.data().gate.stats(guild_of(&ctx)?).await?;
    say(&ctx, msg::stats(locale(&ctx), &stats)).await
}

/// The latest entries of the audit trail, for everyone or one member
#[poise::command(
    description_localized(
        "de",
        "Die neuesten Einträge des Audit-Logs, für alle oder ein Mitglied"
    ),
    description_localized(
        "fr",
        "Les dernières entrées du journal d'audit, pour tous ou un membre"
    ),
    description_localized(
        "es-ES",
        "Las últimas entradas del registro de auditoría, de todos o un miembro"
    ),
    description_localized(
        "es-419",
        "Las últimas entradas del registro de auditoría, de todos o un miembro"
    ),
    description_localized(
        "pt-BR",
        "As últimas entradas do registro de auditoria, de todos ou de um membro"
    ),
    slash_command,
    guild_only,
    required_permissions = "MANAGE_GUILD"
)]
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
        return say(&ctx, text(locale(&ctx), "gate.audit_empty")).await;
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
#[poise::command(
    description_localized("de", "Die Einstellungen der Verifizierung hier anzeigen"),
    description_localized("fr", "Afficher les réglages de la vérification ici"),
    description_localized("es-ES", "Mostrar los ajustes de la verificación aquí"),
    description_localized("es-419", "Mostrar los ajustes de la verificación aquí"),
    description_localized("pt-BR", "Mostrar as configurações da verificação aqui"),
    slash_command,
    guild_only,
    required_permissions = "MANAGE_GUILD"
)]
pub async fn config(ctx: AppContext<'_>) -> Result<(), BotError> {
    let _busy = ctx.data().in_flight.enter();
    defer(&ctx).await?;
    let config = ctx.data().gate.config(guild_of(&ctx)?).await?;
    let l = locale(&ctx);
    let role = config.gated_role.map_or_else(
        || text(l, "gate.config_no_role").to_owned(),
        |r| format!("<@&{r}>"),
    );
    let log = config
        .log_channel
        .map_or_else(|| text(l, "gate.none").to_owned(), |c| format!("<#{c}>"));
    let guide = text(
        l,
        if config.guide_on_join {
            "gate.on"
        } else {
            "gate.off"
        },
    );
    say(
        &ctx,
        fill(
            l,
            "gate.config",
            &[("role", &role), ("log", &log), ("guide", &guide)],
        ),
    )
    .await
}
