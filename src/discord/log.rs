//! Posting to the server's log channel: verifications, failures, lockouts, replays, moderator
//! actions ([`LogLine`]). Never a secret, never a ping (`allowed_mentions` is empty).
//!
//! A channel that refused a post with 403 gets nothing for 15 minutes, or until `/gate setup`
//! runs again, and posts wait while the invalid-request [`Budget`] is spent.

use poise::serenity_prelude as serenity;

use super::AppGate;
use super::budget::Budget;
use super::log_lines::LogLine;
use super::respond::no_mentions;
use crate::gate::GuildId;

/// What became of a log post.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Posted {
    Posted,
    /// The server has no log channel.
    NoChannel,
    /// Discord refused (403): Keygate cannot post there.
    Refused(serenity::ChannelId),
    /// Not tried: the channel refused earlier, or the budget is spent.
    Skipped,
    /// Failed otherwise (network, 5xx, the database); logged.
    Failed,
}

/// The services a log post needs.
#[derive(Clone, Copy)]
pub struct Poster<'a> {
    pub gate: &'a AppGate,
    pub http: &'a serenity::Http,
    pub budget: &'a Budget,
}

/// Posts `line` to the guild's log channel, if it has one. Failures are logged, not raised: a
/// missing log channel must never stop a member from verifying.
pub async fn post(to: Poster<'_>, guild: GuildId, line: &LogLine) {
    post_checked(to, guild, line, false).await;
}

/// [`post`], saying what happened; with `retry`, a channel that refused before is tried again
/// (`/gate setup`).
pub async fn post_checked(to: Poster<'_>, guild: GuildId, line: &LogLine, retry: bool) -> Posted {
    let content = line.render(to.budget.server_locale(guild));
    post_message(to, guild, content, Vec::new(), retry).await.0
}

/// Posts `content` with `components` (buttons) to the guild's log channel; what became of it, and
/// the message when it was posted.
pub async fn post_message(
    to: Poster<'_>,
    guild: GuildId,
    content: String,
    components: Vec<serenity::CreateActionRow>,
    retry: bool,
) -> (Posted, Option<serenity::Message>) {
    let channel = match to.gate.config(guild).await {
        Ok(config) => config.log_channel,
        Err(error) => {
            tracing::warn!(%guild, error = %super::error::chain(&error), "could not read the log channel setting");
            return (Posted::Failed, None);
        }
    };
    let Some(channel) = channel else {
        return (Posted::NoChannel, None);
    };
    let channel = serenity::ChannelId::new(channel.get());
    if retry {
        to.budget.retry_log_channel(channel);
    }
    if to.budget.log_channel_refused(channel).is_some() || to.budget.paused(Some(guild)) {
        return (Posted::Skipped, None);
    }
    let message = serenity::CreateMessage::new()
        .content(content)
        .components(components)
        .allowed_mentions(no_mentions());
    match channel.send_message(to.http, message).await {
        Ok(message) => (Posted::Posted, Some(message)),
        Err(error) => {
            to.budget.record(Some(guild), &error);
            tracing::warn!(%guild, %channel, error = %super::describe(&error), "could not post to the log channel");
            if is_forbidden(&error) {
                to.budget.refuse_log_channel(channel);
                return (Posted::Refused(channel), None);
            }
            (Posted::Failed, None)
        }
    }
}

fn is_forbidden(error: &serenity::Error) -> bool {
    matches!(error, serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e))
        if e.status_code.as_u16() == 403)
}
