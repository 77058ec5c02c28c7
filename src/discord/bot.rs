//! Starting and stopping the bot: the one `Http` client ([`build_http`]), the poise framework
//! wrapped so every event is counted while it is handled ([`InFlight`]), the serenity client, and
//! the role worker.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use poise::serenity_prelude as serenity;
use tokio::sync::Notify;

use super::log_lines::{Ended, LogLine};
use super::worker::{Outcome, Pacing, Reporter, Worker, WorkerHandle};
use super::{AppGate, BotError, Data, commands, describe, events, join, reverify, step_up};
use crate::gate::repository::{Cause, RoleAction, RoleChange};
use crate::gate::{Clock, GuildId};

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

/// The poise framework, with every event it handles (commands, buttons, modals) counted in
/// flight: one place, so no command can forget it.
struct Counted {
    inner: poise::Framework<Data, BotError>,
    in_flight: InFlight,
}

#[serenity::async_trait]
impl serenity::Framework for Counted {
    async fn init(&mut self, client: &serenity::Client) {
        self.inner.init(client).await;
    }

    async fn dispatch(&self, ctx: serenity::Context, event: serenity::FullEvent) {
        let _busy = self.in_flight.enter();
        self.inner.dispatch(ctx, event).await;
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
    pub pacing: Pacing,
    /// The clock the worker schedules retries with.
    pub clock: Arc<dyn Clock>,
    /// Ask for the privileged Server Members intent (needed to welcome new members with the guide).
    pub members_intent: bool,
    pub join_pacing: join::JoinPacing,
    pub sweep_pacing: reverify::SweepPacing,
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

/// Tells a server's log channel about role changes Discord refused for good.
struct LogReporter {
    gate: Arc<AppGate>,
    http: Arc<serenity::Http>,
}

impl Reporter for LogReporter {
    async fn refused(&self, change: &RoleChange, outcome: &Outcome) {
        let line = LogLine::RoleRefused {
            change: change.clone(),
            outcome: outcome.clone(),
        };
        super::log::post(&self.gate, &self.http, change.member.guild, &line).await;
    }

    async fn applied(&self, change: &RoleChange) {
        if change.action == RoleAction::Remove && change.cause == Cause::Expired {
            let line = LogLine::Ended {
                user: change.member.user,
                role: change.role,
                how: Ended::Expired,
            };
            super::log::post(&self.gate, &self.http, change.member.guild, &line).await;
        }
    }
}

/// The background tasks (role worker, re-verification sweep), started once.
type Slot = Arc<tokio::sync::Mutex<Vec<tokio::task::JoinHandle<()>>>>;

/// A running bot.
pub struct RunningBot {
    shard_manager: Arc<serenity::ShardManager>,
    client: tokio::task::JoinHandle<Result<(), serenity::Error>>,
    stop_worker: tokio::sync::watch::Sender<bool>,
    worker: Slot,
    in_flight: InFlight,
}

impl RunningBot {
    /// Stops taking new events, lets in-flight replies finish (up to Discord's 3-second window and a
    /// little more), stops the worker between role changes. Pending grants stay in the outbox.
    pub async fn shutdown(self) {
        self.shard_manager.shutdown_all().await;
        self.in_flight.drained(Duration::from_secs(5)).await;
        let _ = self.stop_worker.send(true);
        let tasks: Vec<_> = self.worker.lock().await.drain(..).collect();
        for task in tasks {
            let _ = task.await;
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
            Ok(Err(error)) => Err(describe(&error)),
            Err(join) => Err(join.to_string()),
        }
    }
}

/// Registers the commands (in the dev guild, or globally) and starts the worker and the
/// re-verification sweep once.
async fn on_ready(
    ctx: &serenity::Context,
    framework: &poise::Framework<Data, BotError>,
    settings: &BotSettings,
    gate: Arc<AppGate>,
    handle: WorkerHandle,
    slot: Slot,
    stop: tokio::sync::watch::Receiver<bool>,
) -> Result<(), BotError> {
    match settings.dev_guild {
        Some(guild) => {
            poise::builtins::register_in_guild(
                ctx,
                &framework.options().commands,
                serenity::GuildId::new(guild.get()),
            )
            .await?
        }
        None => poise::builtins::register_globally(ctx, &framework.options().commands).await?,
    }
    let mut slot = slot.lock().await;
    if slot.is_empty() {
        let sweep = reverify::start(
            gate.clone(),
            ctx.http.clone(),
            ctx.cache.clone(),
            handle.clone(),
            settings.sweep_pacing,
            stop.clone(),
        );
        let worker = Worker {
            outbox: gate.repo().clone(),
            reporter: LogReporter {
                gate,
                http: ctx.http.clone(),
            },
            http: ctx.http.clone(),
            cache: ctx.cache.clone(),
            handle,
            pacing: settings.pacing,
            clock: settings.clock.clone(),
        };
        slot.push(tokio::spawn(worker.run(stop)));
        slot.push(sweep);
    }
    Ok(())
}

/// Connects to Discord and starts the framework and the role worker.
pub async fn start(
    settings: BotSettings,
    gate: Arc<AppGate>,
) -> Result<RunningBot, serenity::Error> {
    let http = build_http(&settings.token, settings.api_url.as_deref());
    let worker_handle = WorkerHandle::new();
    let in_flight = InFlight::default();
    let (stop_worker, stop_rx) = tokio::sync::watch::channel(false);
    let worker_slot: Slot = Arc::default();

    let setup_slot = worker_slot.clone();
    let setup_settings = settings.clone();
    let framework = poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: commands::all(),
            event_handler: |framework, event| Box::pin(events::on_event(framework, event)),
            on_error: |error| Box::pin(events::on_error(error)),
            initialize_owners: false,
            ..Default::default()
        })
        .setup(move |ctx, _ready, framework| {
            Box::pin(async move {
                on_ready(
                    ctx,
                    framework,
                    &setup_settings,
                    gate.clone(),
                    worker_handle.clone(),
                    setup_slot,
                    stop_rx,
                )
                .await?;
                Ok(Data {
                    joins: setup_settings.members_intent.then(|| {
                        join::start(gate.clone(), ctx.http.clone(), setup_settings.join_pacing)
                    }),
                    gate,
                    worker: worker_handle,
                    members_intent: setup_settings.members_intent,
                    step_ups: step_up::Pending::default(),
                })
            })
        })
        .build();

    // Only GUILDS (and, when asked for, GUILD_MEMBERS for joins and role changes): the bot reads
    // guild names and roles, never message content.
    let mut intents = serenity::GatewayIntents::GUILDS;
    if settings.members_intent {
        intents |= serenity::GatewayIntents::GUILD_MEMBERS;
    }
    let mut client = serenity::ClientBuilder::new_with_http(http, intents)
        .framework(Counted {
            inner: framework,
            in_flight: in_flight.clone(),
        })
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
