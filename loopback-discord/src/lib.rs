//! A loopback Discord for tests: REST (HTTP/1.1) and the gateway (WebSocket) on 127.0.0.1.
//!
//! Point serenity at it with `HttpBuilder::new(token).proxy(fake.api_url()).ratelimiter_disabled(true)`
//! (the proxy is ignored unless the ratelimiter is disabled) and overwrite `client.ws_url` with
//! [`FakeDiscord::gateway_url`] before starting the client. Tests then act as guild members
//! ([`FakeDiscord::slash`], [`FakeDiscord::click`], [`FakeDiscord::submit_modal`]) and read what
//! the bot did ([`FakeDiscord::responses`], [`FakeDiscord::requests`],
//! [`FakeDiscord::channel_messages`], [`FakeDiscord::member_roles`]).
//!
//! Every payload mirrors what Discord sends, down to the fields serenity 0.12.5 requires;
//! `tests/fake_discord.rs` deserializes each kind with serenity's own model types so that a serenity
//! upgrade that adds a required field fails there first.
//!
//! Like Discord, the fake refuses what Discord refuses, so tests catch it: a second initial
//! response to one interaction (400, code 40060), a follow-up before the initial response (404,
//! 10015), a modal answering a modal submit, over-long content or too many components (400,
//! 50035), adding a role above the bot's highest role or without Manage Roles (403, 50013), a DM to
//! a member who closed DMs (403, 50007). Test misuse (an unknown command, option or button, a
//! member not added) panics with an explanation instead of producing a payload Discord never sends.
//!
//! Benchmarks take a [`Mark`] before a burst and read what followed: when each request was
//! answered ([`FakeDiscord::requests_since`]), how long interactions waited for their first
//! callback ([`FakeDiscord::ack_latencies`]), and missed heartbeats and reconnects
//! ([`FakeDiscord::missed_heartbeats`], [`FakeDiscord::sessions_started`]).
mod fixtures;
mod gateway;
mod http;
mod interactions;
mod messages;
mod metrics;
mod oauth2;
mod options;
mod payloads;
mod ratelimits;
mod rest;
mod schema;
mod state;
mod validation;

pub use fixtures::{
    FakeChannel, FakeGuild, FakeRole, FakeUser, Interaction, Recorded, Response, ResumePolicy,
    callback,
};
pub use metrics::Mark;
pub use oauth2::CLIENT_SECRET;
pub use ratelimits::RateLimits;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde_json::Value;
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message as WsMessage;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

use crate::gateway::accept_gateway;
use crate::payloads::{application_json, bot_user_json, id};
use crate::state::{Failure, State};

/// The bot's user id (READY `user.id`, message authors).
pub const BOT_USER_ID: u64 = 1_400_000_000_000_000_001;
/// The application id (READY `application.id`, the `{app}` in command and webhook routes). Discord
/// makes it equal to the bot user id for modern bots; it differs here so that tests notice a mix-up.
pub const APPLICATION_ID: u64 = 1_400_000_000_000_000_002;
/// The owner of the application (`GET /oauth2/applications/@me`), which poise treats as a bot owner.
pub const APP_OWNER_ID: u64 = 1_400_000_000_000_000_003;
pub const BOT_NAME: &str = "Keygate";

/// Permission bits used by the fake.
pub const KICK_MEMBERS: u64 = 1 << 1;
pub const BAN_MEMBERS: u64 = 1 << 2;
pub const ADMINISTRATOR: u64 = 1 << 3;
pub const MANAGE_CHANNELS: u64 = 1 << 4;
pub const MANAGE_MESSAGES: u64 = 1 << 13;
pub const MENTION_EVERYONE: u64 = 1 << 17;
pub const MANAGE_WEBHOOKS: u64 = 1 << 29;
pub const MODERATE_MEMBERS: u64 = 1 << 40;
pub const MANAGE_GUILD: u64 = 1 << 5;
pub const MANAGE_ROLES: u64 = 1 << 28;
/// What `@everyone` may do when a [`FakeGuild`] does not define the role itself: view channels,
/// send messages, embed links, attach files, read history, add reactions, use application commands.
pub const EVERYONE_DEFAULT: u64 =
    (1 << 6) | (1 << 10) | (1 << 11) | (1 << 14) | (1 << 15) | (1 << 16) | (1 << 31);
/// Message flags.
pub const EPHEMERAL: u64 = 1 << 6;
const LOADING: u64 = 1 << 7;

/// Gateway intents the fake honours.
pub const GUILDS_INTENT: u64 = 1;
pub const GUILD_MEMBERS_INTENT: u64 = 1 << 1;
/// Application flags: the Server Members intent is allowed (approved apps in 100+ servers, or the
/// portal switch for smaller ones).
pub const GATEWAY_GUILD_MEMBERS: u64 = 1 << 14;
pub const GATEWAY_GUILD_MEMBERS_LIMITED: u64 = 1 << 15;

/// A request the fake holds until the test releases it (see [`FakeDiscord::hold_next`]).
pub(crate) struct Hold {
    pub(crate) method: String,
    pub(crate) path_contains: String,
    pub(crate) arrived: tokio::sync::watch::Sender<bool>,
    pub(crate) released: tokio::sync::watch::Receiver<bool>,
    pub(crate) taken: bool,
}

/// A held request: released by [`HeldRequest::release`] (or when dropped).
pub struct HeldRequest {
    arrived: tokio::sync::watch::Receiver<bool>,
    release: tokio::sync::watch::Sender<bool>,
}

impl HeldRequest {
    /// Resolves once the bot has sent the held request (it is waiting for its answer).
    pub async fn arrived(&mut self, timeout: Duration) {
        tokio::time::timeout(timeout, self.arrived.wait_for(|a| *a))
            .await
            .expect("the held request arrives in time")
            .expect("the fake is alive");
    }

    /// Lets the held request through: the fake handles it now.
    pub fn release(&self) {
        let _ = self.release.send(true);
    }
}

impl Drop for HeldRequest {
    fn drop(&mut self) {
        self.release();
    }
}

const HEARTBEAT_INTERVAL_MS: u64 = 41_250;
const API_PREFIX: &str = "/api/v10";
const JOINED_AT: &str = "2026-01-01T00:00:00.000000+00:00";
const ATTACHMENT_SIZE_LIMIT: u64 = 10 * 1024 * 1024;
/// How long acting as a member waits for a live gateway session (a reconnect after an invalid
/// session can take serenity five seconds).
const SESSION_WAIT: Duration = Duration::from_secs(20);

/// The handle tests hold. Cloning shares the same fake.
#[derive(Clone)]
pub struct FakeDiscord {
    shared: Arc<Shared>,
}

struct Shared {
    state: Mutex<State>,
    notify: Notify,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panicking test thread must not make every later call panic too.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn changed(&self) {
        // Called after each REST answer, among others: see `metrics`.
        self.lock().wake_interaction_waiters();
        self.notify.notify_waiters();
    }
}

impl FakeDiscord {
    /// Starts the REST and gateway listeners on 127.0.0.1 (two free ports). `bot_roles` lists the
    /// bot member's roles per guild; every role must exist in that guild.
    pub async fn start(guilds: Vec<FakeGuild>, bot_roles: HashMap<u64, Vec<u64>>) -> Self {
        let http = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the fake REST listener");
        let gateway = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the fake gateway listener");
        let api_url = format!("http://{}", http.local_addr().expect("REST address"));
        let gateway_url = format!("ws://{}", gateway.local_addr().expect("gateway address"));
        let mut state = State::new(api_url, gateway_url);
        for guild in guilds {
            state.add_guild(guild);
        }
        for (guild, roles) in &bot_roles {
            let g = state
                .guilds
                .get(guild)
                .unwrap_or_else(|| panic!("bot_roles names unknown guild {guild}"));
            for role in roles {
                assert!(
                    g.role(*role).is_some(),
                    "bot role {role} does not exist in guild {guild}"
                );
            }
        }
        state.bot_roles = bot_roles;
        let shared = Arc::new(Shared {
            state: Mutex::new(state),
            notify: Notify::new(),
        });
        tokio::spawn(http::serve(shared.clone(), http));
        tokio::spawn(accept_gateway(shared.clone(), gateway));
        Self { shared }
    }

    /// Adds a guild with the bot's roles in it (before the bot connects, to have it in READY and
    /// GUILD_CREATE).
    pub fn add_guild(&self, guild: FakeGuild, bot_roles: Vec<u64>) {
        let mut state = self.shared.lock();
        let id = guild.id;
        state.add_guild(guild);
        let g = &state.guilds[&id];
        for role in &bot_roles {
            assert!(
                g.role(*role).is_some(),
                "bot role {role} does not exist in guild {id}"
            );
        }
        state.bot_roles.insert(id, bot_roles);
    }

    /// `http://127.0.0.1:PORT`: what `HttpBuilder::proxy` (or `DISCORD_API_URL`) gets.
    pub fn api_url(&self) -> String {
        self.shared.lock().api_url.clone()
    }

    /// `ws://127.0.0.1:PORT` without a query (serenity appends `?v=10`).
    pub fn gateway_url(&self) -> String {
        self.shared.lock().gateway_url.clone()
    }

    /// Makes `user` a member of `guild` (state only; see [`Self::join`] for the gateway event).
    pub fn add_user(&self, guild: u64, user: FakeUser) {
        self.shared
            .lock()
            .add_member(guild, user)
            .unwrap_or_else(|e| panic!("{e}"));
        self.shared.changed();
    }

    /// Adds `user` to `guild` and, as Discord does when someone joins, dispatches
    /// GUILD_MEMBER_ADD, but only when the bot identified with the (privileged) GUILD_MEMBERS
    /// intent. Returns whether the event was dispatched.
    pub async fn join(&self, guild: u64, user: FakeUser) -> bool {
        self.wait_live_session(Some(guild)).await;
        let mut state = self.shared.lock();
        state
            .add_member(guild, user.clone())
            .unwrap_or_else(|e| panic!("{e}"));
        let mut member = state.member_json(&user, false);
        member["guild_id"] = id(guild);
        let dispatched = state.intents & GUILD_MEMBERS_INTENT != 0
            && state.dispatch_live("GUILD_MEMBER_ADD", member);
        drop(state);
        self.shared.changed();
        dispatched
    }

    /// Sets a member's roles, as a moderator (or another bot) does in Discord, and dispatches
    /// GUILD_MEMBER_UPDATE, but only when the bot identified with the GUILD_MEMBERS intent.
    /// Returns whether the event was dispatched.
    pub async fn set_member_roles(&self, guild: u64, user: u64, roles: &[u64]) -> bool {
        self.wait_live_session(Some(guild)).await;
        let mut state = self.shared.lock();
        let g = state
            .guilds
            .get_mut(&guild)
            .unwrap_or_else(|| panic!("unknown guild {guild}"));
        for role in roles {
            assert!(
                g.role(*role).is_some(),
                "role {role} does not exist in guild {guild}"
            );
        }
        let member = g
            .members
            .get_mut(&user)
            .unwrap_or_else(|| panic!("user {user} is not a member of guild {guild}"));
        member.roles = roles.to_vec();
        let updated = member.clone();
        state.users.insert(user, updated.clone());
        let mut event = state.member_json(&updated, false);
        event["guild_id"] = id(guild);
        let dispatched = state.intents & GUILD_MEMBERS_INTENT != 0
            && state.dispatch_live("GUILD_MEMBER_UPDATE", event);
        drop(state);
        self.shared.changed();
        dispatched
    }

    /// Changes a role's permissions, as a server admin does in Server Settings, and dispatches
    /// GUILD_ROLE_UPDATE (a GUILDS intent event, so the bot's cache follows).
    pub async fn set_role_permissions(&self, guild: u64, role: u64, permissions: u64) {
        self.wait_live_session(Some(guild)).await;
        let mut state = self.shared.lock();
        let g = state
            .guilds
            .get_mut(&guild)
            .unwrap_or_else(|| panic!("unknown guild {guild}"));
        let found = g
            .guild
            .roles
            .iter_mut()
            .find(|r| r.id == role)
            .unwrap_or_else(|| panic!("role {role} does not exist in guild {guild}"));
        found.permissions = permissions;
        let updated = found.clone();
        let event =
            serde_json::json!({"guild_id": id(guild), "role": state.role_json(guild, &updated)});
        state.dispatch_live("GUILD_ROLE_UPDATE", event);
        drop(state);
        self.shared.changed();
    }

    /// Makes `user` the owner of `guild` (Discord's ownership transfer), with its `GUILD_UPDATE`.
    pub async fn transfer_ownership(&self, guild: u64, user: u64) {
        self.wait_live_session(Some(guild)).await;
        let mut state = self.shared.lock();
        let g = state
            .guilds
            .get_mut(&guild)
            .unwrap_or_else(|| panic!("unknown guild {guild}"));
        assert!(
            g.members.contains_key(&user),
            "only a member can become the owner of {guild}"
        );
        g.guild.owner_id = user;
        let event = state.guild_json(guild, false).expect("checked above");
        // A guild object names its guild in `id`, not `guild_id`.
        let shard = state.shard_of(Some(guild));
        state.dispatch_to(shard, "GUILD_UPDATE", event);
        drop(state);
        self.shared.changed();
    }

    /// Whether the account that owns the application has 2FA (default yes). Without it, role
    /// changes in servers that require 2FA for moderation are refused with 403 code 60003.
    pub fn set_owner_2fa(&self, on: bool) {
        self.shared.lock().owner_2fa = on;
    }

    /// The application's flags, as the developer portal sets them (default none): without
    /// [`GATEWAY_GUILD_MEMBERS`] or [`GATEWAY_GUILD_MEMBERS_LIMITED`], an IDENTIFY asking for the
    /// Server Members intent is closed with 4014.
    pub fn set_application_flags(&self, flags: u64) {
        self.shared.lock().application_flags = flags;
    }

    /// Sets a guild's `mfa_level` (1: 2FA required for moderation actions), as its next
    /// GUILD_CREATE and its role changes see it.
    pub fn set_guild_mfa_level(&self, guild: u64, level: u64) {
        let mut state = self.shared.lock();
        let g = state
            .guilds
            .get_mut(&guild)
            .unwrap_or_else(|| panic!("unknown guild {guild}"));
        g.guild.mfa_level = level;
    }

    /// Resolves once a gateway session is live (READY or RESUMED sent), whether or not the bot
    /// registered its commands. Panics after 30 s.
    pub async fn wait_connected(&self) {
        self.wait_until(Duration::from_secs(30), "READY sent", |s| {
            (s.readies > 0 && s.any_live()).then_some(())
        })
        .await;
    }

    /// IDENTIFYs closed with 4014 so far.
    pub fn refused_identifies(&self) -> usize {
        self.shared.lock().refused_identifies
    }

    /// Holds the next request matching `method` and a path fragment: the bot waits for its answer
    /// until the test releases it, and the fake handles it then.
    pub fn hold_next(&self, method: &str, path_contains: &str) -> HeldRequest {
        let (arrived_tx, arrived_rx) = tokio::sync::watch::channel(false);
        let (release_tx, release_rx) = tokio::sync::watch::channel(false);
        self.shared.lock().holds.push(Hold {
            method: method.to_ascii_uppercase(),
            path_contains: path_contains.to_owned(),
            arrived: arrived_tx,
            released: release_rx,
            taken: false,
        });
        HeldRequest {
            arrived: arrived_rx,
            release: release_tx,
        }
    }

    /// Sends `text` as one gateway frame on the live session, as it is: a frame cut short or
    /// otherwise broken (for tests of what the bot does with a frame it cannot parse).
    pub async fn send_raw_frame(&self, text: &str) {
        self.wait_live_session(None).await;
        let state = self.shared.lock();
        if let Some(live) = state.live_for(None) {
            let _ = live.tx.send(WsMessage::Text(text.to_owned()));
        }
        drop(state);
        self.shared.changed();
    }

    /// Moves the fake's clock for interaction tokens ahead (they work for 15 minutes).
    pub fn advance_interaction_clock(&self, by: Duration) {
        self.shared.lock().clock_ahead += by;
    }

    /// The shard count `GET /gateway/bot` recommends (default 1).
    pub fn set_recommended_shards(&self, shards: u32) {
        self.shared.lock().sharding.recommended = shards.max(1);
    }

    /// How many servers one shard may hold (Discord: 2,500); an IDENTIFY for a shard that would
    /// hold more is closed with 4011.
    pub fn set_max_guilds_per_shard(&self, guilds: usize) {
        self.shared.lock().sharding.max_guilds_per_shard = guilds;
    }

    /// `max_concurrency` in `GET /gateway/bot`'s session start limit (default 1).
    pub fn set_max_concurrency(&self, concurrency: u64) {
        self.shared.lock().sharding.max_concurrency = concurrency.max(1);
    }

    /// Every IDENTIFY answered with READY, as `[shard, total]`, in order.
    pub fn identified_shards(&self) -> Vec<[u32; 2]> {
        self.shared.lock().sharding.identified.clone()
    }

    /// The shards with a live session now.
    pub fn live_shards(&self) -> Vec<u32> {
        let state = self.shared.lock();
        state
            .shards
            .iter()
            .filter(|(_, s)| s.conn.is_some())
            .map(|(id, _)| *id)
            .collect()
    }

    /// The shard that gets `guild`'s events, by the shard count identified with.
    pub fn shard_of(&self, guild: u64) -> u32 {
        self.shared.lock().shard_of(Some(guild))
    }

    /// Waits until each of `shards` has a live session.
    pub async fn wait_shards_live(&self, shards: &[u32], timeout: Duration) {
        self.wait_until(
            timeout,
            &format!("live sessions on shards {shards:?}"),
            |s| {
                shards
                    .iter()
                    .all(|id| s.shards.get(id).is_some_and(|x| x.conn.is_some()))
                    .then_some(())
            },
        )
        .await;
    }

    /// The intents of the last IDENTIFY.
    pub fn identify_intents(&self) -> u64 {
        self.shared.lock().intents
    }

    /// How many TCP connections the REST server accepted (fewer than requests: keep-alive).
    pub fn http_connections(&self) -> usize {
        self.shared.lock().http_connections
    }

    /// Adds a channel to `guild` (before the bot connects, to have it in GUILD_CREATE). Every
    /// guild already has a text channel `general` whose id is the guild id.
    pub fn add_channel(&self, guild: u64, channel: FakeChannel) {
        let mut state = self.shared.lock();
        let g = state
            .guilds
            .get_mut(&guild)
            .unwrap_or_else(|| panic!("unknown guild {guild}"));
        g.channels.retain(|c| c.id != channel.id);
        g.channels.push(channel);
    }

    /// The id of a guild's default text channel `general` (equal to the guild id, as in old guilds).
    /// A guild's name, as the bot's cache (and the member's authenticator app label) sees it.
    pub fn guild_name(&self, guild: u64) -> String {
        let state = self.shared.lock();
        let guild = state.guilds.get(&guild).expect("a guild the fake holds");
        guild.guild.name.clone()
    }

    /// A user's name as Discord shows it (the fake's users have no nickname and no display name of
    /// their own, so it is their username).
    pub fn user_name(&self, user: u64) -> String {
        let state = self.shared.lock();
        let user = state.users.get(&user).expect("a user the fake holds");
        user.name.clone()
    }

    pub fn general_channel(guild: u64) -> u64 {
        guild
    }

    /// Chooses how a RESUME is answered (default [`ResumePolicy::Resume`]).
    pub fn set_resume_policy(&self, policy: ResumePolicy) {
        self.shared.lock().resume_policy = policy;
    }

    /// Enforces Discord's rate limits (`None`, the default: answers every request at once).
    pub fn enforce_rate_limits(&self, limits: Option<RateLimits>) {
        self.shared.lock().rate_limiter.limits = limits;
    }

    /// Discord only accepts the initial response within 3 s of the interaction; later callbacks
    /// get 404 "Unknown interaction" (10062). On by default, as on Discord; `None` turns it off
    /// (for a test that stalls on purpose).
    pub fn set_callback_deadline(&self, deadline: Option<Duration>) {
        self.shared.lock().callback_deadline = deadline;
    }

    /// Lets members invoke commands whose `default_member_permissions` they lack or whose
    /// `contexts` exclude the place (a server admin can override those). Refused by default.
    pub fn allow_hidden_commands(&self, allow: bool) {
        self.shared.lock().allow_hidden_commands = allow;
    }

    /// Resolves once IDENTIFY was answered with READY and GUILD_CREATE and the bot registered its
    /// commands (a PUT of global or guild commands). Panics after 30 s.
    pub async fn wait_ready(&self) {
        self.wait_until(
            Duration::from_secs(30),
            "READY sent and commands registered",
            |s| (s.readies > 0 && s.commands_put > 0 && s.any_live()).then_some(()),
        )
        .await;
    }

    /// The body of the last PUT of commands (global or guild).
    pub fn registered_commands(&self) -> Value {
        self.shared.lock().last_commands_put.clone()
    }

    /// The commands as stored (with ids): global ones, then per guild.
    pub fn commands(&self, guild: Option<u64>) -> Vec<Value> {
        let state = self.shared.lock();
        match guild {
            None => state.global_commands.clone(),
            Some(g) => state.guild_commands.get(&g).cloned().unwrap_or_default(),
        }
    }

    /// Invokes a slash command as `user` in `guild`'s `general` channel. `command` is the full
    /// name ("verify", "gate setup", "admin gate setup" for groups); `options` is a JSON object of
    /// option name to value (ids of roles, users and channels as strings or numbers). Option types
    /// come from the commands the bot registered; role, user and channel options carry `resolved`
    /// entries.
    pub async fn slash(&self, guild: u64, user: u64, command: &str, options: Value) -> Interaction {
        self.slash_in(guild, Self::general_channel(guild), user, command, options)
            .await
    }

    /// [`Self::slash`] in a given channel of the guild.
    pub async fn slash_in(
        &self,
        guild: u64,
        channel: u64,
        user: u64,
        command: &str,
        options: Value,
    ) -> Interaction {
        self.wait_live_session(Some(guild)).await;
        let result = self
            .shared
            .lock()
            .send_slash(guild, channel, user, command, &options);
        self.shared.changed();
        result.unwrap_or_else(|e| panic!("slash /{command}: {e}"))
    }

    /// Clicks the button `custom_id` of `message` (a message object the bot sent) as `user`. A
    /// message in a DM channel produces a DM interaction (no guild, `user` instead of `member`).
    pub async fn click(
        &self,
        guild: u64,
        user: u64,
        message: &Value,
        custom_id: &str,
    ) -> Interaction {
        self.wait_live_session(Some(guild)).await;
        let result = self
            .shared
            .lock()
            .send_component(guild, user, message, custom_id, None);
        self.shared.changed();
        result.unwrap_or_else(|e| panic!("click {custom_id}: {e}"))
    }

    /// Picks `values` in the string select menu `custom_id` of `message`.
    pub async fn select(
        &self,
        guild: u64,
        user: u64,
        message: &Value,
        custom_id: &str,
        values: &[&str],
    ) -> Interaction {
        self.wait_live_session(Some(guild)).await;
        let values: Vec<String> = values.iter().map(|v| (*v).to_owned()).collect();
        let result =
            self.shared
                .lock()
                .send_component(guild, user, message, custom_id, Some(values));
        self.shared.changed();
        result.unwrap_or_else(|e| panic!("select {custom_id}: {e}"))
    }

    /// Submits the modal `custom_id` that the bot last opened for `user` (callback type 9), with
    /// the given text input values. Inputs not listed are sent empty; Discord's client rules
    /// (required, min/max length) are enforced.
    pub async fn submit_modal(
        &self,
        guild: u64,
        user: u64,
        custom_id: &str,
        fields: &[(&str, &str)],
    ) -> Interaction {
        self.wait_live_session(Some(guild)).await;
        let result = self
            .shared
            .lock()
            .send_modal_submit(guild, user, custom_id, fields);
        self.shared.changed();
        result.unwrap_or_else(|e| panic!("submit modal {custom_id}: {e}"))
    }

    /// Waits until at least `at_least` responses arrived for `interaction` and returns them all,
    /// in arrival order. Panics (listing recent requests) on timeout.
    pub async fn responses(
        &self,
        interaction: &Interaction,
        at_least: usize,
        timeout: Duration,
    ) -> Vec<Response> {
        let what = format!("{at_least} response(s) to interaction {}", interaction.id);
        self.wait_until(timeout, &what, |s| {
            let responses = &s.interactions.get(&interaction.id)?.responses;
            (responses.len() >= at_least).then(|| responses.clone())
        })
        .await
    }

    /// The responses to `interaction` so far, without waiting.
    pub fn responses_now(&self, interaction: &Interaction) -> Vec<Response> {
        self.shared
            .lock()
            .interactions
            .get(&interaction.id)
            .map(|i| i.responses.clone())
            .unwrap_or_default()
    }

    /// The interaction's original response message as stored (after callbacks and edits).
    pub fn original_message(&self, interaction: &Interaction) -> Option<Value> {
        self.shared
            .lock()
            .interactions
            .get(&interaction.id)
            .and_then(|i| i.original.clone())
    }

    /// Every REST call so far, in order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.shared.lock().requests.clone()
    }

    /// Waits for the first request (already made or future) that matches `pred`.
    pub async fn wait_for_request(
        &self,
        pred: impl Fn(&Recorded) -> bool,
        timeout: Duration,
    ) -> Recorded {
        self.wait_until(timeout, "a matching request", |s| {
            s.requests.iter().find(|r| pred(r)).cloned()
        })
        .await
    }

    /// Waits until the bot has made at least `count` requests matching `pred`; returns them all.
    pub async fn wait_for_requests(
        &self,
        pred: impl Fn(&Recorded) -> bool,
        count: usize,
        timeout: Duration,
    ) -> Vec<Recorded> {
        self.wait_until(timeout, &format!("{count} matching requests"), |s| {
            let found: Vec<Recorded> = s.requests.iter().filter(|r| pred(r)).cloned().collect();
            (found.len() >= count).then_some(found)
        })
        .await
    }

    /// Like [`Self::wait_for_request`], but `None` instead of a panic when none came in time.
    pub async fn next_request_within(
        &self,
        pred: impl Fn(&Recorded) -> bool,
        timeout: Duration,
    ) -> Option<Recorded> {
        tokio::time::timeout(timeout, self.wait_for_request(pred, timeout + timeout))
            .await
            .ok()
    }

    /// Messages the bot posted in a channel (POST /channels/{id}/messages), as stored (edits
    /// applied, deleted ones removed).
    pub fn channel_messages(&self, channel: u64) -> Vec<Value> {
        self.shared
            .lock()
            .messages
            .get(&channel)
            .cloned()
            .unwrap_or_default()
    }

    /// Messages the bot sent to `user` in DMs.
    pub fn dm_messages(&self, user: u64) -> Vec<Value> {
        let state = self.shared.lock();
        state
            .dm_channels
            .get(&user)
            .and_then(|c| state.messages.get(c))
            .cloned()
            .unwrap_or_default()
    }

    /// The DM channel the bot opened with `user`, if any.
    pub fn dm_channel(&self, user: u64) -> Option<u64> {
        self.shared.lock().dm_channels.get(&user).copied()
    }

    /// Waits until the bot has posted at least `at_least` messages in `channel`.
    pub async fn wait_channel_messages(
        &self,
        channel: u64,
        at_least: usize,
        timeout: Duration,
    ) -> Vec<Value> {
        let what = format!("{at_least} message(s) in channel {channel}");
        self.wait_until(timeout, &what, |s| {
            let messages = s.messages.get(&channel)?;
            (messages.len() >= at_least).then(|| messages.clone())
        })
        .await
    }

    /// Waits until the bot has sent at least `at_least` DMs to `user`.
    pub async fn wait_dm_messages(
        &self,
        user: u64,
        at_least: usize,
        timeout: Duration,
    ) -> Vec<Value> {
        let what = format!("{at_least} DM(s) to user {user}");
        self.wait_until(timeout, &what, |s| {
            let messages = s.messages.get(s.dm_channels.get(&user)?)?;
            (messages.len() >= at_least).then(|| messages.clone())
        })
        .await
    }

    /// The member's roles (changed by PUT/DELETE /guilds/{g}/members/{u}/roles/{r}).
    pub fn member_roles(&self, guild: u64, user: u64) -> Vec<u64> {
        let state = self.shared.lock();
        if user == BOT_USER_ID {
            return state.bot_roles.get(&guild).cloned().unwrap_or_default();
        }
        state
            .guilds
            .get(&guild)
            .and_then(|g| g.members.get(&user))
            .map(|m| m.roles.clone())
            .unwrap_or_default()
    }

    /// Forgets every injected failure not yet used: Discord is healthy again.
    pub fn clear_failures(&self) {
        self.shared.lock().failures.clear();
    }

    /// The next `times` requests whose method is `method` (or `"*"`) and whose path (without
    /// `/api/v10`) contains `path_contains` fail with `status` and `body`. A 429 also carries
    /// `Retry-After` and `X-RateLimit-*` headers computed from `body.retry_after`.
    pub fn fail_next(
        &self,
        method: &str,
        path_contains: &str,
        status: u16,
        body: Value,
        times: usize,
    ) {
        self.shared.lock().failures.push(Failure {
            method: method.to_ascii_uppercase(),
            path_contains: path_contains.to_owned(),
            status,
            body,
            remaining: times,
        });
    }

    /// Closes the live gateway connection with close code 4000 ("unknown error, reconnect").
    /// Serenity reconnects and sends RESUME, answered per [`Self::set_resume_policy`]. Acting as a
    /// member afterwards waits for the new session.
    pub fn drop_gateway(&self) {
        let mut state = self.shared.lock();
        for session in state.shards.values_mut() {
            if let Some(conn) = session.conn.take() {
                let frame = CloseFrame {
                    code: CloseCode::Library(4000),
                    reason: "fake discord: connection dropped".into(),
                };
                let _ = conn.tx.send(WsMessage::Close(Some(frame)));
            }
        }
        drop(state);
        self.shared.changed();
    }

    /// How many WebSocket connections the gateway accepted so far.
    pub fn gateway_connections(&self) -> usize {
        self.shared.lock().connections
    }

    /// Waits until the gateway accepted `at_least` connections and a session is live on the last.
    pub async fn wait_gateway_connections(&self, at_least: usize, timeout: Duration) {
        self.wait_until(timeout, &format!("{at_least} gateway connections"), |s| {
            (s.connections >= at_least && s.any_live()).then_some(())
        })
        .await;
    }

    /// Every frame the gateway sent, in order (HELLO, READY, GUILD_CREATE, acks, interactions...).
    pub fn gateway_frames(&self) -> Vec<Value> {
        self.shared.lock().sent_frames.clone()
    }

    /// Every frame the bot sent over the gateway (IDENTIFY, heartbeats, RESUME...).
    pub fn gateway_received(&self) -> Vec<Value> {
        self.shared.lock().received_frames.clone()
    }

    /// The application object served at GET /oauth2/applications/@me.
    pub fn application_json() -> Value {
        application_json()
    }

    /// The bot user object (GET /users/@me, READY `user`).
    pub fn bot_user_json() -> Value {
        bot_user_json()
    }

    /// Waits for a live session on the shard that gets `guild`'s events (shard 0 for `None`).
    async fn wait_live_session(&self, guild: Option<u64>) {
        self.wait_until(
            SESSION_WAIT,
            "a live gateway session (IDENTIFY or RESUME answered)",
            |s| s.live_for(guild).is_some().then_some(()),
        )
        .await;
    }

    async fn wait_until<T>(
        &self,
        timeout: Duration,
        what: &str,
        mut check: impl FnMut(&State) -> Option<T>,
    ) -> T {
        let deadline = Instant::now() + timeout;
        loop {
            let notified = self.shared.notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            let found = {
                let state = self.shared.lock();
                check(&state)
            };
            if let Some(value) = found {
                return value;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                let state = self.shared.lock();
                if let Some(value) = check(&state) {
                    return value;
                }
                let summary = state.summary();
                drop(state);
                panic!("fake discord: timed out after {timeout:?} waiting for {what}\n{summary}");
            }
        }
    }
}
