//! The poise adapter: turns interactions into calls on the gate and outcomes into replies.
//!
//! Architecture invariant: nothing here writes SQL; the gate and its store are reached only through
//! [`crate::gate::Gate`] (and the role worker through the outbox port). Every `Http` client is
//! built by [`build_http`], so `DISCORD_API_URL` applies to all REST calls.

pub mod actions;
pub mod answer;
pub mod awaiting;
mod bot;
pub mod budget;
pub mod commands;
pub mod custom_id;
pub mod error;
mod events;
pub mod flows;
pub mod guide;
pub mod join;
pub mod log;
pub mod log_lines;
pub mod permissions;
pub mod ratelimit;
pub mod respond;
pub mod reverify;
pub mod step_up;
pub mod unverified;
pub mod worker;

use std::sync::Arc;

use crate::gate::Gate;
use crate::store::Store;

pub use bot::{BotSettings, InFlight, RunningBot, build_http, start};
pub use error::{BotError, describe};

/// The gate as the bot uses it.
pub type AppGate = Gate<Store>;

/// What every command and handler can reach.
pub struct Data {
    pub gate: Arc<AppGate>,
    pub worker: worker::WorkerHandle,
    /// Whether the bot asked Discord for the Server Members intent (needed for guide on join).
    pub members_intent: bool,
    /// Where joins go to be welcomed (only with the Server Members intent).
    pub joins: Option<join::JoinQueue>,
    /// Moderator actions waiting for their moderator's code (`moderator_code`).
    pub step_ups: step_up::Pending,
    /// Refusals counted against Discord's invalid-request limit, closed DMs, refused log channels.
    pub budget: Arc<budget::Budget>,
    /// The browser check of Discord's own 2FA (`/2fa check`), when the web server offers it.
    pub oauth: Option<crate::web::OAuthClient>,
}

impl Data {
    /// What a log-channel post needs.
    pub fn poster<'a>(&'a self, http: &'a poise::serenity_prelude::Http) -> log::Poster<'a> {
        log::Poster {
            gate: &self.gate,
            http,
            budget: &self.budget,
        }
    }
}

pub type AppContext<'a> = poise::ApplicationContext<'a, Data, BotError>;
