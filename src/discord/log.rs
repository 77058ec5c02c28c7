//! Posting to the server's log channel: verifications, failures, lockouts, replays, moderator
//! actions ([`LogLine`]). Never a secret, never a ping (`allowed_mentions` is empty).

use poise::serenity_prelude as serenity;

use super::AppGate;
use super::log_lines::LogLine;
use super::respond::no_mentions;
use crate::gate::GuildId;

/// Posts `line` to the guild's log channel, if it has one. Failures are logged, not raised: a
/// missing log channel must never stop a member from verifying.
pub async fn post(gate: &AppGate, http: &serenity::Http, guild: GuildId, line: &LogLine) {
    let channel = match gate.config(guild).await {
        Ok(config) => config.log_channel,
        Err(error) => {
            tracing::warn!(%guild, error = %super::error::chain(&error), "could not read the log channel setting");
            return;
        }
    };
    let Some(channel) = channel else { return };
    let message = serenity::CreateMessage::new()
        .content(line.to_string())
        .allowed_mentions(no_mentions());
    if let Err(error) = serenity::ChannelId::new(channel.get())
        .send_message(http, message)
        .await
    {
        tracing::warn!(%guild, %channel, error = %super::describe(&error), "could not post to the log channel");
    }
}
