//! The poise adapter: turns interactions into calls on the gate and outcomes into replies.
//!
//! Architecture invariant: nothing here writes SQL; the gate and its store are reached only through
//! [`crate::gate::Gate`]. Every `Http` client is built by [`build_http`], so `DISCORD_API_URL` applies
//! to all REST calls.

pub mod commands;
pub mod flows;
pub mod guide;
pub mod join;
mod log;
pub mod respond;
pub mod worker;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use poise::serenity_prelude as serenity;
use tokio::sync::Notify;

use crate::gate::{Clock, Gate, GateError, GuildId};
use crate::store::Store;
use respond::Incoming;

/// The gate as the bot uses it.
pub type AppGate = Gate<Store>;

/// What every command and handler can reach.
pub struct Data {
    pub gate: Arc<AppGate>,
    pub worker: worker::WorkerHandle,
    pub in_flight: InFlight,
    /// Whether the bot asked Discord for the Server Members intent (needed for guide on join).
    pub members_intent: bool,
    /// Where joins go to be welcomed (only with the Server Members intent).
    pub joins: Option<join::JoinQueue>,
}

/// Errors inside the bot. Gate outcomes become clear replies; `Hint`s are shown as they are;
/// everything else is "Something went wrong" for the member and a log line for the operator.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    #[error(transparent)]
    Gate(#[from] GateError),
    #[error("Discord request failed: {}", describe(.0))]
    Discord(Box<serenity::Error>),
    #[error("{0}")]
    Hint(String),
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
        serenity::Error::Gateway(e) => format!("gateway error: {e}"),
        serenity::Error::Model(e) => format!("model error: {e}"),
        _ => "Discord client error".to_owned(),
    }
}

/// A log-safe description of any bot error (gate errors carry no secrets; Discord errors are
/// stripped of URLs by [`describe`]).
pub fn log_safe(error: &BotError) -> String {
    match error {
        BotError::Gate(gate) => format!("{gate}: {:?}", anyhow_chain(gate)),
        other => other.to_string(),
    }
}

fn anyhow_chain(error: &(dyn std::error::Error + 'static)) -> Vec<String> {
    let mut chain = Vec::new();
    let mut source = error.source();
    while let Some(cause) = source {
        chain.push(cause.to_string());
        source = cause.source();
    }
    chain
}

impl From<serenity::Error> for BotError {
    fn from(error: serenity::Error) -> Self {
        Self::Discord(Box::new(error))
    }
}

pub type AppContext<'a> = poise::ApplicationContext<'a, Data, BotError>;

/// Counts interactions being answered, so shutdown can let them finish.
#[derive(Clone, Default)]
pub struct InFlight(Arc<(AtomicUsize, Notify)>);

pub struct InFlightGuard(InFlight);

impl InFlight {
    pub fn enter(&self) -> InFlightGuard {
        self.0.0.fetch_add(1, Ordering::SeqCst);
        InFlightGuard(self.clone())
    }

    /// Waits until nothing is in flight, or `limit` passes.
    pub async fn drained(&self, limit: Duration) {
        let _ = tokio::time::timeout(limit, async {
            loop {
                let notified = self.0.1.notified();
                if self.0.0.load(Ordering::SeqCst) == 0 {
                    return;
                }
                notified.await;
            }
        })
        .await;
    }
}

impl Drop for InFlightGuard {
    fn drop(&mut self) {
        if self.0.0.0.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.0.0.1.notify_waiters();
        }
    }
}

/// How to reach Discord and pace the worker.
#[derive(Clone)]
pub struct BotSettings {
    pub token: String,
    /// REST base of a ratelimit proxy (or the test's loopback Discord).
    pub api_url: Option<String>,
    /// Gateway override (no query string).
    pub gateway_url: Option<String>,
    /// Register commands in this guild only (instant), instead of globally.
    pub dev_guild: Option<GuildId>,
    pub pacing: worker::Pacing,
    /// The clock the worker schedules retries with.
    pub clock: Arc<dyn Clock>,
    /// Ask for the privileged Server Members intent (needed to welcome new members with the guide).
    pub members_intent: bool,
    pub join_pacing: join::JoinPacing,
}

/// The one place an `Http` client is built. Behind a proxy serenity's own ratelimiter must be off
/// (the proxy does the ratelimiting, and serenity's ratelimiter ignores the proxy setting).
pub fn build_http(token: &str, api_url: Option<&str>) -> serenity::Http {
    let builder = serenity::HttpBuilder::new(token);
    match api_url {
        Some(url) => builder.proxy(url).ratelimiter_disabled(true).build(),
        None => builder.build(),
    }
}

/// A running bot.
pub struct RunningBot {
    shard_manager: Arc<serenity::ShardManager>,
    client: tokio::task::JoinHandle<Result<(), serenity::Error>>,
    stop_worker: tokio::sync::watch::Sender<bool>,
    worker: Arc<tokio::sync::Mutex<Option<tokio::task::JoinHandle<()>>>>,
    in_flight: InFlight,
}

impl RunningBot {
    /// Stops taking new events, lets in-flight replies finish (up to Discord's 3-second window and a
    /// little more), stops the worker between role changes. Pending grants stay in the outbox.
    pub async fn shutdown(self) {
        self.shard_manager.shutdown_all().await;
        self.in_flight.drained(Duration::from_secs(5)).await;
        let _ = self.stop_worker.send(true);
        if let Some(worker) = self.worker.lock().await.take() {
            let _ = worker.await;
        }
        // A shard that never connected keeps being re-queued by serenity; don't wait on it forever.
        let mut client = self.client;
        if tokio::time::timeout(Duration::from_secs(5), &mut client)
            .await
            .is_err()
        {
            client.abort();
        }
    }

    /// Resolves when the client stops by itself (e.g. an invalid token).
    pub async fn wait(&mut self) -> Result<(), String> {
        match (&mut self.client).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(error)) => Err(error.to_string()),
            Err(join) => Err(join.to_string()),
        }
    }
}

/// Connects to Discord and starts the framework and the role worker.
pub async fn start(
    settings: BotSettings,
    gate: Arc<AppGate>,
) -> Result<RunningBot, serenity::Error> {
    let http = build_http(&settings.token, settings.api_url.as_deref());
    let worker_handle = worker::WorkerHandle::new();
    let in_flight = InFlight::default();
    let (stop_worker, stop_rx) = tokio::sync::watch::channel(false);
    let worker_slot: Arc<tokio::sync::Mutex<Option<tokio::task::JoinHandle<()>>>> = Arc::default();

    let setup_gate = gate.clone();
    let setup_handle = worker_handle.clone();
    let setup_in_flight = in_flight.clone();
    let setup_slot = worker_slot.clone();
    let setup_settings = settings.clone();
    let framework = poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: vec![commands::verify(), commands::two_factor(), commands::gate()],
            event_handler: |framework, event| Box::pin(on_event(framework, event)),
            on_error: |error| Box::pin(on_error(error)),
            initialize_owners: false,
            ..Default::default()
        })
        .setup(move |ctx, _ready, framework| {
            Box::pin(async move {
                match setup_settings.dev_guild {
                    Some(guild) => {
                        poise::builtins::register_in_guild(
                            ctx,
                            &framework.options().commands,
                            serenity::GuildId::new(guild.get()),
                        )
                        .await?
                    }
                    None => {
                        poise::builtins::register_globally(ctx, &framework.options().commands)
                            .await?
                    }
                }
                let mut slot = setup_slot.lock().await;
                if slot.is_none() {
                    *slot = Some(tokio::spawn(worker::run(
                        setup_gate.clone(),
                        ctx.http.clone(),
                        setup_handle.clone(),
                        setup_settings.pacing,
                        setup_settings.clock.clone(),
                        stop_rx,
                    )));
                }
                let setup_gate_for_joins = setup_gate.clone();
                Ok(Data {
                    gate: setup_gate,
                    worker: setup_handle,
                    in_flight: setup_in_flight,
                    members_intent: setup_settings.members_intent,
                    joins: setup_settings.members_intent.then(|| {
                        join::start(
                            setup_gate_for_joins,
                            ctx.http.clone(),
                            setup_settings.join_pacing,
                        )
                    }),
                })
            })
        })
        .build();

    // Only GUILDS: the bot reads guild names and roles, never message content or member lists.
    let mut intents = serenity::GatewayIntents::GUILDS;
    if settings.members_intent {
        intents |= serenity::GatewayIntents::GUILD_MEMBERS;
    }
    let mut client = serenity::ClientBuilder::new_with_http(http, intents)
        .framework(framework)
        .await?;
    if let Some(url) = &settings.gateway_url {
        *client.ws_url.lock().await = url.clone();
    }
    let shard_manager = client.shard_manager.clone();
    let task = tokio::spawn(async move { client.start().await });
    Ok(RunningBot {
        shard_manager,
        client: task,
        stop_worker,
        worker: worker_slot,
        in_flight,
    })
}

/// Buttons and modal submits: routed by their stable custom ids.
async fn on_event(
    framework: poise::FrameworkContext<'_, Data, BotError>,
    event: &serenity::FullEvent,
) -> Result<(), BotError> {
    if let serenity::FullEvent::GuildMemberAddition { new_member } = event {
        if let Some(joins) = &framework.user_data.joins {
            let cached = framework
                .serenity_context
                .cache
                .guild(new_member.guild_id)
                .map(|g| (g.name.clone(), g.preferred_locale.clone()));
            let (server_name, locale) =
                cached.unwrap_or_else(|| ("Discord server".into(), "en-US".into()));
            joins.push(join::Joined {
                guild: GuildId::new(new_member.guild_id.get()),
                user: new_member.user.id,
                bot: new_member.user.bot,
                server_name,
                locale: crate::guide::Locale::from_discord(&locale),
            });
        }
        return Ok(());
    }
    let serenity::FullEvent::InteractionCreate { interaction } = event else {
        return Ok(());
    };
    let ctx = framework.serenity_context;
    let data = framework.user_data;
    let _busy = data.in_flight.enter();
    let (incoming, result) = match interaction {
        serenity::Interaction::Component(component) => {
            let incoming = Incoming::Component(component);
            let result = match component.data.custom_id.as_str() {
                flows::PANEL_VERIFY => flows::verify(ctx, data, incoming).await,
                flows::ENTER_FIRST_CODE => flows::open_confirm_modal(ctx, incoming).await,
                flows::PANEL_GUIDE => guide::start(ctx, data, incoming).await,
                id if id.starts_with("keygate:guide:") => guide::on_button(ctx, component).await,
                _ => return Ok(()),
            };
            (incoming, result)
        }
        serenity::Interaction::Modal(modal) => (
            Incoming::Modal(modal),
            flows::on_modal(ctx, data, modal).await,
        ),
        _ => return Ok(()),
    };
    if let Err(error) = result {
        flows::answer_error(ctx, data, incoming, false, error).await?;
    }
    Ok(())
}

fn framework_error_kind(error: &poise::FrameworkError<'_, Data, BotError>) -> &'static str {
    match error {
        poise::FrameworkError::Setup { .. } => "setup",
        poise::FrameworkError::ArgumentParse { .. } => "argument parse",
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

async fn on_error(error: poise::FrameworkError<'_, Data, BotError>) {
    match error {
        poise::FrameworkError::Command { error, ctx, .. } => {
            if let poise::Context::Application(app) = ctx {
                let deferred = app.has_sent_initial_response.load(Ordering::SeqCst);
                let _ = flows::answer_error(
                    app.serenity_context(),
                    app.data(),
                    Incoming::Command(app.interaction),
                    deferred,
                    error,
                )
                .await;
            }
        }
        poise::FrameworkError::MissingUserPermissions { ctx, .. } => {
            let reply = poise::CreateReply::default()
                .content(crate::guide::text(
                    crate::guide::Locale::from_discord(ctx.locale().unwrap_or("en-US")),
                    "reply.only_moderators",
                ))
                .ephemeral(true);
            if let Err(e) = ctx.send(reply).await {
                tracing::warn!(error = %describe(&e), "could not answer a permission refusal");
            }
        }
        poise::FrameworkError::GuildOnly { ctx, .. } => {
            let reply = poise::CreateReply::default()
                .content(crate::guide::text(
                    crate::guide::Locale::from_discord(ctx.locale().unwrap_or("en-US")),
                    "reply.guild_only",
                ))
                .ephemeral(true);
            let _ = ctx.send(reply).await;
        }
        poise::FrameworkError::EventHandler { error, .. } => {
            tracing::error!(error = %log_safe(&error), "event handler failed");
        }
        other => {
            // The framework error's own text can embed a serenity error (and so an interaction URL).
            tracing::error!(kind = framework_error_kind(&other), "framework error");
            if let Some(ctx) = other.ctx() {
                let reply = poise::CreateReply::default()
                    .content(crate::guide::text(
                        crate::guide::Locale::from_discord(ctx.locale().unwrap_or("en-US")),
                        "reply.something_went_wrong",
                    ))
                    .ephemeral(true);
                let _ = ctx.send(reply).await;
            }
        }
    }
}
