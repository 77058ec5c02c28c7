//! The server's log channel: verifications, failures, lockouts, replays, moderator actions.
//! Never a secret, never a ping (`allowed_mentions` is empty; mentions only render as names).

use poise::serenity_prelude as serenity;

use super::AppGate;
use crate::gate::GuildId;
use crate::gate::service::RoleChange;

/// Posts `text` to the guild's log channel, if it has one. Failures are logged, not raised: a
/// missing log channel must never stop a member from verifying.
pub async fn post(gate: &AppGate, http: &serenity::Http, guild: GuildId, text: &str) {
    let channel = match gate.config(guild).await {
        Ok(config) => config.log_channel,
        Err(error) => {
            tracing::warn!(%guild, error = %error, "could not read the log channel setting");
            return;
        }
    };
    let Some(channel) = channel else { return };
    let message = serenity::CreateMessage::new()
        .content(text)
        .allowed_mentions(
            serenity::CreateAllowedMentions::new()
                .empty_users()
                .empty_roles()
                .everyone(false),
        );
    if let Err(error) = serenity::ChannelId::new(channel.get())
        .send_message(http, message)
        .await
    {
        tracing::warn!(%guild, %channel, error = %super::describe(&error), "could not post to the log channel");
    }
}

/// A role change Discord refused with 403: say what to fix.
pub async fn role_forbidden(gate: &AppGate, http: &serenity::Http, change: &RoleChange) {
    let verb = match change.action {
        crate::gate::service::RoleAction::Grant => "give",
        crate::gate::service::RoleAction::Remove => "remove",
    };
    let text = format!(
        "⚠️ I couldn't {verb} <@&{role}> for <@{user}>: Discord answered 403 (forbidden). To fix it: give my role the \
         **Manage Roles** permission, and drag my role **above** <@&{role}> in Server Settings → Roles. \
         Then the member can run `/verify` again.",
        role = change.role,
        user = change.user,
    );
    post(gate, http, change.guild, &text).await;
}
