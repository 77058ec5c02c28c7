//! The bot's error, and the one way any error reaches a log line.
//!
//! A Discord error is described by [`describe`] only (status, Discord's code and message): never
//! its URL, which for interactions carries the token that reads the member's ephemeral replies,
//! nor its request body. [`log_chain`] writes an error with its causes, one safe line.

use poise::serenity_prelude as serenity;

use crate::gate::GateError;
use crate::guide::Key;

/// Errors inside the bot, in three tiers: gate outcomes become clear replies; a `Hint` is a
/// catalogue text for a mistake the user can fix; everything else is "Something went wrong" for
/// the member and a log line for the operator.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    #[error(transparent)]
    Gate(#[from] GateError),
    /// Deliberately without `#[source]`: serenity's own text can carry an interaction URL.
    #[error("Discord request failed: {}", describe(.0))]
    Discord(Box<serenity::Error>),
    #[error("hint for the user: {}", .0.name())]
    Hint(Key),
}

impl From<serenity::Error> for BotError {
    fn from(error: serenity::Error) -> Self {
        Self::Discord(Box::new(error))
    }
}

/// A Discord error as it may be logged: status, Discord's code and message, never the request URL
/// (interaction URLs carry the token that reads the member's ephemeral replies) nor the body.
pub fn describe(error: &serenity::Error) -> String {
    match error {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e)) => format!(
            "HTTP {} {} (Discord code {}): {}",
            e.status_code.as_u16(),
            e.method,
            e.error.code,
            e.error.message
        ),
        serenity::Error::Http(serenity::HttpError::Request(e)) => {
            format!(
                "network error talking to Discord (timeout: {}, connect: {})",
                e.is_timeout(),
                e.is_connect()
            )
        }
        serenity::Error::Http(_) => "HTTP client error talking to Discord".to_owned(),
        serenity::Error::Gateway(serenity::GatewayError::DisallowedGatewayIntents) => {
            "Discord refused the Server Members intent (gateway close 4014). Turn on \"Server Members Intent\" \
             in the Discord developer portal (your application → Bot → Privileged Gateway Intents), \
             or set KEYGATE_MEMBERS_INTENT=false"
                .to_owned()
        }
        serenity::Error::Gateway(e) => format!("gateway error: {e}"),
        serenity::Error::Model(e) => format!("model error: {e}"),
        _ => "Discord client error".to_owned(),
    }
}

/// An error and its causes, joined with `: `. Safe for any error of this crate: gate errors carry
/// no secrets and [`BotError::Discord`] exposes only [`describe`].
pub fn chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// Logs `error` with its cause chain at error level.
pub fn log_chain(what: &str, error: &(dyn std::error::Error + 'static)) {
    tracing::error!(error = %chain(error), "{what}");
}
