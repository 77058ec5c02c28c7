//! Starting and stopping the bot: the one `Http` client ([`build_http`]), the poise framework
//! wrapped so every event is counted while it is handled ([`InFlight`]), the serenity client, and
//! the role worker.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use poise::serenity_prelude as serenity;
use tokio::sync::Notify;

use super::awaiting::Awaiting;
use super::budget::Budget;
use super::log_lines::{Ended, LogLine};
use super::ratelimit::{self, Requester};
use super::worker::{Outcome, Pacing, Reporter, Worker, WorkerHandle};
use super::{AppGate, BotError, Data, commands, describe, events, join, reverify, step_up};
use crate::config::{ShardCount, Shards};
use crate::gate::repository::{Cause, RoleAction, RoleChange, ShardSpan};
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
    /// Interactions until their first response, which the role worker makes way for.
    awaiting: Awaiting,
}

#[serenity::async_trait]
impl serenity::Framework for Counted {
    async fn init(&mut self, client: &serenity::Client) {
        self.inner.init(client).await;
    }

    async fn dispatch(&self, ctx: serenity::Context, event: serenity::FullEvent) {
        let _busy = self.in_flight.enter();
        if matches!(event, serenity::FullEvent::InteractionCreate { .. }) {
            self.awaiting.handle(self.inner.dispatch(ctx, event)).await;
        } else {
            self.inner.dispatch(ctx, event).await;
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
    pub pacing: Pacing,
    /// The clock the worker schedules retries with.
    pub clock: Arc<dyn Clock>,
    /// Whether to ask for the privileged Server Members intent (needed to welcome new members with
    /// the guide, and to see a member lose a role at once): `None` asks when the developer portal
    /// allows it (the application's flags say so), `Some` overrides that.
    pub members_intent: Option<bool>,
    /// The gateway shards this process runs.
    pub shards: Shards,
    /// Role requests a second the worker keeps to (`None`: left to a ratelimit proxy).
    pub role_rate: Option<u32>,
    /// Refusals (401/403/429) in ten minutes past which calls pause (see `budget`).
    pub refusal_limits: super::budget::Limits,
    pub join_pacing: join::JoinPacing,
    pub sweep_pacing: reverify::SweepPacing,
    /// The web server (`KEYGATE_HTTP_ADDR`), if any.
    pub web: Option<crate::web::WebSettings>,
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
    budget: Arc<Budget>,
}

impl LogReporter {
    fn poster(&self) -> super::log::Poster<'_> {
        super::log::Poster {
            gate: &self.gate,
            http: &self.http,
            budget: &self.budget,
        }
    }
}

impl Reporter for LogReporter {
    async fn refused(&self, change: &RoleChange, outcome: &Outcome) {
        let line = LogLine::RoleRefused {
            change: change.clone(),
            outcome: outcome.clone(),
        };
        super::log::post(self.poster(), change.member.guild, &line).await;
    }

    async fn applied(&self, change: &RoleChange) {
        if change.action == RoleAction::Remove && change.cause == Cause::Expired {
            let line = LogLine::Ended {
                user: change.member.user,
                role: change.role,
                how: Ended::Expired,
            };
            super::log::post(self.poster(), change.member.guild, &line).await;
        }
    }
}

/// The background tasks (role worker, re-verification sweep), started once.
type Slot = Arc<tokio::sync::Mutex<Vec<tokio::task::JoinHandle<()>>>>;

/// A running bot.
pub struct RunningBot {
    shard_manager: Arc<serenity::ShardManager>,
    /// `None` once [`RunningBot::wait`] saw it end.
    client: Option<tokio::task::JoinHandle<Result<(), serenity::Error>>>,
    stop_worker: tokio::sync::watch::Sender<bool>,
    worker: Slot,
    in_flight: InFlight,
    awaiting: Awaiting,
    web: Option<crate::web::RunningWeb>,
}

impl RunningBot {
    /// Where the web server listens, if it runs.
    pub fn web_addr(&self) -> Option<std::net::SocketAddr> {
        self.web.as_ref().map(crate::web::RunningWeb::addr)
    }

    /// How many interactions are still waiting for their first response.
    pub fn interactions_awaiting(&self) -> usize {
        self.awaiting.count()
    }

    /// Stops taking new events, lets in-flight replies finish (up to Discord's 3-second window and a
    /// little more), stops the worker between role changes. Pending grants stay in the outbox.
    pub async fn shutdown(self) {
        if let Some(web) = self.web {
            web.shutdown().await;
        }
        self.shard_manager.shutdown_all().await;
        self.in_flight.drained(Duration::from_secs(5)).await;
        let _ = self.stop_worker.send(true);
        let tasks: Vec<_> = self.worker.lock().await.drain(..).collect();
        for mut task in tasks {
            // A request in flight (a command registration waiting on Discord) must not hold
            // shutdown up for good; a role change cut off stays claimed and is tried again.
            if tokio::time::timeout(Duration::from_secs(5), &mut task)
                .await
                .is_err()
            {
                task.abort();
            }
        }
        // A shard that never connected keeps being re-queued by serenity; don't wait on it forever.
        let Some(mut client) = self.client else {
            return;
        };
        if tokio::time::timeout(Duration::from_secs(5), &mut client)
            .await
            .is_err()
        {
            client.abort();
        }
    }

    /// Resolves when the client stops by itself (e.g. an invalid token).
    pub async fn wait(&mut self) -> Result<(), String> {
        let Some(client) = &mut self.client else {
            return Ok(());
        };
        let ended = client.await;
        self.client = None;
        match ended {
            Ok(Ok(())) => Ok(()),
            Ok(Err(error)) => Err(describe(&error)),
            Err(join) => Err(join.to_string()),
        }
    }
}

/// Starts the worker and the re-verification sweep once, then registers the commands (in the dev
/// guild, or globally) in the background: a registration Discord refuses, or that must wait,
/// leaves the worker running and the bot answering what it can.
#[allow(clippy::too_many_arguments)]
async fn on_ready(
    ctx: &serenity::Context,
    framework: &poise::Framework<Data, BotError>,
    settings: &BotSettings,
    gate: Arc<AppGate>,
    budget: Arc<Budget>,
    shards: ShardSpan,
    handle: WorkerHandle,
    slot: Slot,
    stop: tokio::sync::watch::Receiver<bool>,
) {
    let mut slot = slot.lock().await;
    if !slot.is_empty() {
        return;
    }
    let sweep = reverify::start(
        gate.clone(),
        ctx.http.clone(),
        ctx.cache.clone(),
        budget.clone(),
        shards,
        handle.clone(),
        settings.sweep_pacing,
        stop.clone(),
    );
    // Joins are only stored with the Server Members intent; without it this finds nothing due.
    super::unverified::start(
        gate.clone(),
        ctx.http.clone(),
        ctx.cache.clone(),
        budget.clone(),
        shards,
        settings.sweep_pacing,
        stop.clone(),
    );
    let lease = crate::gate::repository::Outbox::claim_lease(gate.repo());
    let timeout = ratelimit::request_timeout(lease);
    let requests = Requester::new(ctx.http.clone(), timeout, settings.role_rate);
    let worker = Worker {
        outbox: gate.repo().clone(),
        reporter: LogReporter {
            gate,
            http: ctx.http.clone(),
            budget: budget.clone(),
        },
        http: ctx.http.clone(),
        cache: ctx.cache.clone(),
        handle,
        pacing: settings.pacing,
        clock: settings.clock.clone(),
        budget,
        shards,
        requests,
    };
    slot.push(tokio::spawn(worker.run(stop.clone())));
    slot.push(sweep);
    let commands = poise::builtins::create_application_commands(&framework.options().commands);
    slot.push(tokio::spawn(register(
        ctx.http.clone(),
        commands,
        settings.dev_guild,
        settings.pacing,
        stop,
    )));
}

/// Registers the commands, retrying 429, 5xx and network errors with backoff. A refusal (Discord's
/// 400 with code 50035 and field paths) is logged once with the fields, and not retried: the same
/// body would be refused again.
async fn register(
    http: Arc<serenity::Http>,
    commands: Vec<serenity::CreateCommand>,
    dev_guild: Option<GuildId>,
    pacing: Pacing,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    let mut attempt = 0;
    loop {
        let result = match dev_guild {
            Some(guild) => serenity::GuildId::new(guild.get())
                .set_commands(&http, commands.clone())
                .await
                .map(drop),
            None => serenity::Command::set_global_commands(&http, commands.clone())
                .await
                .map(drop),
        };
        let error = match result {
            Ok(()) => {
                tracing::info!(
                    commands = commands.len(),
                    in_server = ?dev_guild,
                    "slash commands registered"
                );
                return;
            }
            Err(error) => error,
        };
        if !registration_retryable(&error) {
            tracing::error!(
                error = %describe(&error),
                fields = %refused_fields(&error),
                "Discord refused Keygate's slash commands; members cannot run them until this is fixed (the role worker keeps running)"
            );
            return;
        }
        let delay = super::worker::backoff(pacing, attempt);
        attempt += 1;
        tracing::warn!(error = %describe(&error), retry_in = ?delay, "could not register the slash commands; will retry");
        tokio::select! {
            _ = tokio::time::sleep(delay) => {}
            _ = stop.changed() => return,
        }
    }
}

/// 429, 5xx and network errors are worth another try.
fn registration_retryable(error: &serenity::Error) -> bool {
    match error {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e)) => {
            let status = e.status_code.as_u16();
            status == 429 || status >= 500
        }
        serenity::Error::Http(serenity::HttpError::Request(_)) => true,
        _ => false,
    }
}

/// The fields Discord named in a refusal: `0.name: APPLICATION_COMMAND_INVALID_NAME (…)`, `;`-joined.
pub fn refused_fields(error: &serenity::Error) -> String {
    let serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e)) = error else {
        return "none".to_owned();
    };
    if e.error.errors.is_empty() {
        return "none".to_owned();
    }
    e.error
        .errors
        .iter()
        .map(|f| format!("{}: {} ({})", f.path, f.code, f.message))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Whether the developer portal lets this application ask for the Server Members intent.
async fn portal_allows_members_intent(http: &serenity::Http) -> bool {
    let allowed = serenity::ApplicationFlags::GATEWAY_GUILD_MEMBERS
        | serenity::ApplicationFlags::GATEWAY_GUILD_MEMBERS_LIMITED;
    let asked = tokio::time::timeout(Duration::from_secs(15), http.get_current_application_info());
    let why = match asked.await {
        Ok(Ok(app)) => return app.flags.is_some_and(|flags| flags.intersects(allowed)),
        Ok(Err(error)) => describe(&error),
        Err(_) => "no answer within 15 s".to_owned(),
    };
    tracing::warn!(error = %why, "could not read the application's flags; starting without the Server Members intent (set KEYGATE_MEMBERS_INTENT=true to ask for it anyway)");
    false
}

/// Connects to Discord and starts the framework and the role worker.
/// Which shards this process runs, of how many: the count (Discord's recommendation for `auto`),
/// the range checked against it and against the session start limit Discord reports.
/// Discord out of reach: with `auto`, one shard is started (serenity keeps reconnecting, and
/// Discord closes it with 4011 if one is not enough).
async fn plan_shards(http: &serenity::Http, shards: Shards) -> Result<(u32, u32, u32), String> {
    // A range always comes with a fixed count (the configuration refuses `auto` with a range),
    // so without an answer the count is known or one shard is the best guess.
    let asked = tokio::time::timeout(Duration::from_secs(15), http.get_bot_gateway()).await;
    let gateway = match asked {
        Ok(Ok(gateway)) => Some(gateway),
        Ok(Err(error)) => {
            tracing::warn!(error = %describe(&error), "could not ask Discord how many shards to run or how many starts are left");
            None
        }
        Err(_) => {
            tracing::warn!("could not ask Discord how many shards to run: no answer within 15 s");
            None
        }
    };
    let total = match (shards.count, &gateway) {
        (ShardCount::Fixed(total), _) => total,
        (ShardCount::Auto, Some(gateway)) => gateway.shards.max(1),
        (ShardCount::Auto, None) => 1,
    };
    let (first, last) = shards.range(total)?;
    if let Some(gateway) = &gateway {
        let starting = u64::from(last - first + 1);
        let limit = &gateway.session_start_limit;
        if limit.remaining < starting {
            return Err(format!(
                "Discord allows {} more gateway start(s) for now (the limit resets in {} s); this process would start {starting} shard(s)",
                limit.remaining,
                limit.reset_after / 1000
            ));
        }
    }
    Ok((first, last, total))
}

pub async fn start(settings: BotSettings, gate: Arc<AppGate>) -> Result<RunningBot, String> {
    let http = build_http(&settings.token, settings.api_url.as_deref());
    let (first_shard, last_shard, total_shards) = plan_shards(&http, settings.shards).await?;
    let span = ShardSpan {
        first: first_shard,
        last: last_shard,
        total: total_shards,
    };
    tracing::info!(
        first_shard,
        last_shard,
        total_shards,
        "running shard(s) {first_shard}-{last_shard} of {total_shards}"
    );
    let members_intent = match settings.members_intent {
        Some(chosen) => chosen,
        None => portal_allows_members_intent(&http).await,
    };
    tracing::info!(
        members_intent,
        "Server Members intent {}",
        if members_intent {
            "requested"
        } else {
            "not requested"
        }
    );
    let web = match &settings.web {
        Some(web) => Some(crate::web::bind(web).await?),
        None => None,
    };
    let budget = Arc::new(Budget::new(settings.refusal_limits));
    let oauth = match (&settings.web, &web) {
        (Some(web_settings), Some(bound)) => {
            let base = bound.public_base.clone();
            oauth_client(&http, &settings, web_settings, base, budget.clone()).await
        }
        _ => None,
    };
    let worker_handle = WorkerHandle::new();
    let awaiting = worker_handle.awaiting().clone();
    let in_flight = InFlight::default();
    let (stop_worker, stop_rx) = tokio::sync::watch::channel(false);
    let worker_slot: Slot = Arc::default();

    let setup_slot = worker_slot.clone();
    let setup_oauth = oauth.clone();
    let web_gate = gate.clone();
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
                    budget.clone(),
                    span,
                    worker_handle.clone(),
                    setup_slot,
                    stop_rx,
                )
                .await;
                Ok(Data {
                    joins: members_intent.then(|| {
                        join::start(
                            gate.clone(),
                            ctx.http.clone(),
                            budget.clone(),
                            setup_settings.join_pacing,
                        )
                    }),
                    gate,
                    worker: worker_handle,
                    members_intent,
                    step_ups: step_up::Pending::default(),
                    budget,
                    oauth: setup_oauth,
                })
            })
        })
        .build();

    // Only GUILDS (and, when asked for, GUILD_MEMBERS for joins and role changes): the bot reads
    // guild names and roles, never message content.
    let mut intents = serenity::GatewayIntents::GUILDS;
    if members_intent {
        intents |= serenity::GatewayIntents::GUILD_MEMBERS;
    }
    let mut client = serenity::ClientBuilder::new_with_http(http, intents)
        .framework(Counted {
            inner: framework,
            in_flight: in_flight.clone(),
            awaiting: awaiting.clone(),
        })
        .await
        .map_err(|e| describe(&e))?;
    if let Some(url) = &settings.gateway_url {
        *client.ws_url.lock().await = url.clone();
    }
    let shard_manager = client.shard_manager.clone();
    let web = web.map(|bound| crate::web::serve(bound, web_gate, shard_manager.clone(), oauth));
    // serenity starts one shard every 5 s: never faster than one IDENTIFY per bucket
    // (`max_concurrency`) allows. The range's end is inclusive.
    let task = tokio::spawn(async move {
        client
            .start_shard_range(first_shard..last_shard, total_shards)
            .await
    });
    Ok(RunningBot {
        shard_manager,
        client: Some(task),
        stop_worker,
        worker: worker_slot,
        in_flight,
        awaiting,
        web,
    })
}

/// The browser check's OAuth2 client: Keygate's application id (from Discord), the client secret
/// and the public address. Registers the Linked Roles metadata on the way. `None` (with the
/// reason logged) when something is missing.
async fn oauth_client(
    http: &serenity::Http,
    settings: &BotSettings,
    web: &crate::web::WebSettings,
    public_base: Option<String>,
    budget: Arc<Budget>,
) -> Option<crate::web::OAuthClient> {
    let (secret, base) = (web.client_secret.clone()?, public_base?);
    let asked = tokio::time::timeout(Duration::from_secs(15), http.get_current_application_info());
    let app = match asked.await {
        Ok(Ok(app)) => app.id.get(),
        Ok(Err(error)) => {
            tracing::error!(error = %describe(&error), "could not read the application's id: the browser check of Discord 2FA is off");
            return None;
        }
        Err(_) => {
            tracing::error!(
                "Discord did not say the application's id within 15 s: the browser check of Discord 2FA is off"
            );
            return None;
        }
    };
    let client = crate::web::OAuthClient::new(
        settings.api_url.as_deref(),
        &web.authorize_url,
        app,
        secret,
        base,
        budget,
    );
    if let Err(error) = client.register_metadata(&settings.token).await {
        tracing::warn!(%error, "could not register the Linked Roles metadata (the browser check still works)");
    }
    Some(client)
}
