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

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Map, Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, mpsc};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message as WsMessage;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

/// The bot's user id (READY `user.id`, message authors).
pub const BOT_USER_ID: u64 = 1_400_000_000_000_000_001;
/// The application id (READY `application.id`, the `{app}` in command and webhook routes). Discord
/// makes it equal to the bot user id for modern bots; it differs here so that tests notice a mix-up.
pub const APPLICATION_ID: u64 = 1_400_000_000_000_000_002;
/// The owner of the application (`GET /oauth2/applications/@me`), which poise treats as a bot owner.
pub const APP_OWNER_ID: u64 = 1_400_000_000_000_000_003;
pub const BOT_NAME: &str = "Keygate";

/// Permission bits used by the fake.
pub const ADMINISTRATOR: u64 = 1 << 3;
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

const HEARTBEAT_INTERVAL_MS: u64 = 41_250;
const API_PREFIX: &str = "/api/v10";
const JOINED_AT: &str = "2026-01-01T00:00:00.000000+00:00";
const ATTACHMENT_SIZE_LIMIT: u64 = 10 * 1024 * 1024;
/// How long acting as a member waits for a live gateway session (a reconnect after an invalid
/// session can take serenity five seconds).
const SESSION_WAIT: Duration = Duration::from_secs(20);

#[derive(Clone, Debug)]
pub struct FakeGuild {
    pub id: u64,
    pub name: String,
    pub owner_id: u64,
    pub roles: Vec<FakeRole>,
    pub preferred_locale: String,
}

impl FakeGuild {
    /// A guild with no roles but `@everyone` (added by the fake) and the locale `en-US`.
    pub fn new(id: u64, name: &str, owner_id: u64) -> Self {
        Self {
            id,
            name: name.into(),
            owner_id,
            roles: Vec::new(),
            preferred_locale: "en-US".into(),
        }
    }

    pub fn with_role(mut self, role: FakeRole) -> Self {
        self.roles.push(role);
        self
    }
}

#[derive(Clone, Debug)]
pub struct FakeRole {
    pub id: u64,
    pub name: String,
    pub position: i64,
    pub permissions: u64,
    pub managed: bool,
}

impl FakeRole {
    pub fn new(id: u64, name: &str, position: i64) -> Self {
        Self {
            id,
            name: name.into(),
            position,
            permissions: 0,
            managed: false,
        }
    }

    pub fn with_permissions(mut self, permissions: u64) -> Self {
        self.permissions = permissions;
        self
    }

    /// A role managed by an integration, like the role Discord creates for a bot.
    pub fn managed(mut self) -> Self {
        self.managed = true;
        self
    }
}

#[derive(Clone, Debug)]
pub struct FakeUser {
    pub id: u64,
    pub name: String,
    pub roles: Vec<u64>,
    /// The member's computed guild permissions, sent as `member.permissions` in interactions.
    pub permissions: u64,
    pub locale: String,
    pub dms_open: bool,
    pub bot: bool,
}

impl FakeUser {
    /// A member without roles, with `@everyone`'s default permissions, locale `en-US`, DMs open.
    pub fn new(id: u64, name: &str) -> Self {
        Self {
            id,
            name: name.into(),
            roles: Vec::new(),
            permissions: EVERYONE_DEFAULT,
            locale: "en-US".into(),
            dms_open: true,
            bot: false,
        }
    }

    pub fn with_roles(mut self, roles: &[u64]) -> Self {
        self.roles = roles.to_vec();
        self
    }

    pub fn with_permissions(mut self, permissions: u64) -> Self {
        self.permissions = permissions;
        self
    }

    pub fn with_locale(mut self, locale: &str) -> Self {
        self.locale = locale.into();
        self
    }

    pub fn dms_closed(mut self) -> Self {
        self.dms_open = false;
        self
    }
}

/// A guild channel (type 0 text, 2 voice, 4 category, 5 announcement, ...).
#[derive(Clone, Debug)]
pub struct FakeChannel {
    pub id: u64,
    pub name: String,
    pub kind: u64,
}

/// How the fake answers a RESUME (op 6) after [`FakeDiscord::drop_gateway`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResumePolicy {
    /// Dispatch RESUMED and continue the session on the new connection (the default). Serenity
    /// then has made two connections in all.
    Resume,
    /// Answer op 9 INVALID_SESSION with `d: false`. Serenity restarts the shard on a third
    /// connection (after up to five seconds) and IDENTIFYs again: READY and GUILD_CREATE follow.
    InvalidSession,
}

/// An interaction the fake sent to the bot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interaction {
    pub id: u64,
    pub token: String,
}

/// What the bot answered to an interaction.
#[derive(Clone, Debug)]
pub struct Response {
    /// `"callback"` (POST /interactions/{id}/{token}/callback), `"followup"` (POST
    /// /webhooks/{app}/{token}), `"edit"` (PATCH /webhooks/{app}/{token}/messages/{@original|id})
    /// or `"delete"` (DELETE of the same).
    pub kind: &'static str,
    /// The callback's `type` (4 message, 5 deferred, 6 deferred update, 7 update, 9 modal).
    pub callback_type: Option<u64>,
    /// The callback's `data`, or the follow-up / edit body (`payload_json` for multipart).
    pub data: Value,
    pub files: Vec<(String, Vec<u8>)>,
    /// The message as the fake stores it after this response (callback types 4, 5, 6, 7,
    /// follow-ups and edits): a full Discord message object, which [`FakeDiscord::click`] accepts.
    pub message: Option<Value>,
}

impl Response {
    /// The text of the response: `data.content`, else the stored message's content.
    pub fn content(&self) -> String {
        self.data["content"]
            .as_str()
            .or_else(|| self.message.as_ref().and_then(|m| m["content"].as_str()))
            .unwrap_or_default()
            .to_owned()
    }

    /// Whether the response carries the ephemeral flag (64).
    pub fn is_ephemeral(&self) -> bool {
        let flags = self.data["flags"]
            .as_u64()
            .or_else(|| self.message.as_ref().and_then(|m| m["flags"].as_u64()))
            .unwrap_or(0);
        flags & EPHEMERAL != 0
    }
}

/// One REST call the bot made.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    /// The path without the `/api/v10` prefix and without the query.
    pub path: String,
    pub query: Vec<(String, String)>,
    /// Header names are lowercase.
    pub headers: HashMap<String, String>,
    /// The JSON body, the `payload_json` part of a multipart body, or `Null`.
    pub body: Value,
    /// Multipart file parts: file name and bytes.
    pub files: Vec<(String, Vec<u8>)>,
    /// Multipart text parts other than `payload_json`.
    pub fields: Vec<(String, String)>,
    pub raw_body: Vec<u8>,
    pub status: u16,
    /// The JSON the fake answered with (`Null` for 204).
    pub response: Value,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(&name.to_ascii_lowercase())
            .map(String::as_str)
    }

    /// The `X-Audit-Log-Reason` header, percent-decoded.
    pub fn audit_reason(&self) -> Option<String> {
        self.header("x-audit-log-reason").map(percent_decode)
    }
}

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
        tokio::spawn(accept_http(shared.clone(), http));
        tokio::spawn(accept_gateway(shared.clone(), gateway));
        Self { shared }
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
        self.wait_live_session().await;
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
    pub fn general_channel(guild: u64) -> u64 {
        guild
    }

    /// Chooses how a RESUME is answered (default [`ResumePolicy::Resume`]).
    pub fn set_resume_policy(&self, policy: ResumePolicy) {
        self.shared.lock().resume_policy = policy;
    }

    /// Discord only accepts the initial response within 3 s of the interaction; with a deadline
    /// set, later callbacks get 404 "Unknown interaction" (10062). Off by default: debug builds
    /// on a loaded machine are slow.
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
            |s| (s.readies > 0 && s.commands_put > 0 && s.live.is_some()).then_some(()),
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
        self.wait_live_session().await;
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
        self.wait_live_session().await;
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
        self.wait_live_session().await;
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
        self.wait_live_session().await;
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
        if let Some(conn) = state.live.take() {
            let frame = CloseFrame {
                code: CloseCode::Library(4000),
                reason: "fake discord: connection dropped".into(),
            };
            let _ = conn.tx.send(WsMessage::Close(Some(frame)));
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
            (s.connections >= at_least && s.live.is_some()).then_some(())
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

    async fn wait_live_session(&self) {
        self.wait_until(
            SESSION_WAIT,
            "a live gateway session (IDENTIFY or RESUME answered)",
            |s| s.live.is_some().then_some(()),
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

// ---------------------------------------------------------------------------------------------
// State

struct GuildState {
    guild: FakeGuild,
    members: BTreeMap<u64, FakeUser>,
    channels: Vec<FakeChannel>,
}

impl GuildState {
    fn role(&self, role: u64) -> Option<&FakeRole> {
        self.guild.roles.iter().find(|r| r.id == role)
    }

    fn everyone(&self) -> u64 {
        self.role(self.guild.id)
            .map_or(EVERYONE_DEFAULT, |r| r.permissions)
    }
}

struct InteractionState {
    token: String,
    kind: u64,
    guild_id: Option<u64>,
    channel_id: u64,
    user_id: u64,
    /// The message a component interaction came from (id).
    source_message: Option<u64>,
    created: Instant,
    acknowledged: bool,
    responses: Vec<Response>,
    original: Option<Value>,
    followups: Vec<Value>,
    /// The modal the bot opened in answer (callback type 9 data).
    modal: Option<Value>,
}

struct Failure {
    method: String,
    path_contains: String,
    status: u16,
    body: Value,
    remaining: usize,
}

struct Conn {
    id: usize,
    tx: mpsc::UnboundedSender<WsMessage>,
}

struct State {
    api_url: String,
    gateway_url: String,
    guilds: BTreeMap<u64, GuildState>,
    bot_roles: HashMap<u64, Vec<u64>>,
    users: HashMap<u64, FakeUser>,
    global_commands: Vec<Value>,
    guild_commands: HashMap<u64, Vec<Value>>,
    last_commands_put: Value,
    commands_put: usize,
    requests: Vec<Recorded>,
    interactions: BTreeMap<u64, InteractionState>,
    tokens: HashMap<String, u64>,
    messages: BTreeMap<u64, Vec<Value>>,
    /// user -> DM channel
    dm_channels: BTreeMap<u64, u64>,
    failures: Vec<Failure>,
    next_id: u64,
    connections: usize,
    http_connections: usize,
    intents: u64,
    live: Option<Conn>,
    session_id: Option<String>,
    sessions: u64,
    seq: u64,
    readies: usize,
    resume_policy: ResumePolicy,
    callback_deadline: Option<Duration>,
    allow_hidden_commands: bool,
    sent_frames: Vec<Value>,
    received_frames: Vec<Value>,
}

/// A JSON snowflake.
fn id(value: u64) -> Value {
    Value::String(value.to_string())
}

fn parse_id(value: &Value) -> Option<u64> {
    match value {
        Value::String(s) => s.parse().ok(),
        Value::Number(n) => n.as_u64(),
        _ => None,
    }
}

fn now() -> String {
    serenity::model::Timestamp::now().to_string()
}

fn user_json(user: &FakeUser) -> Value {
    json!({
        "id": id(user.id),
        "username": user.name,
        "discriminator": "0",
        "global_name": user.name,
        "avatar": null,
        "banner": null,
        "accent_color": null,
        "bot": user.bot,
        "system": false,
        "public_flags": 0,
        "flags": 0,
        "avatar_decoration_data": null,
        "collectibles": null,
        "primary_guild": null,
    })
}

fn bot_user_json() -> Value {
    json!({
        "id": id(BOT_USER_ID),
        "username": BOT_NAME,
        "discriminator": "0",
        "global_name": null,
        "avatar": null,
        "banner": null,
        "accent_color": null,
        "bot": true,
        "system": false,
        "mfa_enabled": true,
        "verified": true,
        "email": null,
        "locale": "en-US",
        "premium_type": 0,
        "public_flags": 0,
        "flags": 0,
        "avatar_decoration_data": null,
    })
}

fn application_json() -> Value {
    let owner = FakeUser::new(APP_OWNER_ID, "keygate-owner");
    json!({
        "id": id(APPLICATION_ID),
        "name": BOT_NAME,
        "icon": null,
        "description": "A two-factor verification gate for Discord servers",
        "summary": "",
        "type": null,
        "bot": bot_user_json(),
        "rpc_origins": [],
        "bot_public": false,
        "bot_require_code_grant": false,
        "terms_of_service_url": null,
        "privacy_policy_url": null,
        "owner": user_json(&owner),
        "verify_key": "0000000000000000000000000000000000000000000000000000000000000000",
        "team": null,
        "guild_id": null,
        "flags": 0,
        "tags": [],
        "install_params": {"scopes": ["bot", "applications.commands"], "permissions": "268435456"},
        "integration_types_config": {"0": {"oauth2_install_params": {"scopes": ["bot", "applications.commands"], "permissions": "268435456"}}},
        "custom_install_url": null,
        "role_connections_verification_url": null,
        "approximate_guild_count": 1,
        "redirect_uris": [],
        "interactions_endpoint_url": null,
        "hook": true,
        "is_monetized": false,
    })
}

/// A Discord error body; `errors` maps a dotted path to one error.
fn discord_error(code: u64, message: &str) -> Value {
    json!({"message": message, "code": code})
}

fn form_error(path: &str, code: &str, message: &str) -> Value {
    let mut errors = json!({"_errors": [{"code": code, "message": message}]});
    for segment in path.rsplit('.') {
        let mut level = Map::new();
        level.insert(segment.to_owned(), errors);
        errors = Value::Object(level);
    }
    json!({"message": "Invalid Form Body", "code": 50035, "errors": errors})
}

struct Reply {
    status: u16,
    body: Option<Value>,
    headers: Vec<(String, String)>,
}

impl Reply {
    fn json(status: u16, body: Value) -> Self {
        Self {
            status,
            body: Some(body),
            headers: Vec::new(),
        }
    }

    fn ok(body: Value) -> Self {
        Self::json(200, body)
    }

    fn no_content() -> Self {
        Self {
            status: 204,
            body: None,
            headers: Vec::new(),
        }
    }

    fn error(status: u16, code: u64, message: &str) -> Self {
        Self::json(status, discord_error(code, message))
    }

    fn not_found() -> Self {
        Self::error(404, 0, "404: Not Found")
    }
}

struct Req {
    method: String,
    path: String,
    query: Vec<(String, String)>,
    headers: HashMap<String, String>,
    body: Value,
    files: Vec<(String, Vec<u8>)>,
    fields: Vec<(String, String)>,
    raw_body: Vec<u8>,
}

impl Req {
    fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

impl State {
    fn new(api_url: String, gateway_url: String) -> Self {
        Self {
            api_url,
            gateway_url,
            guilds: BTreeMap::new(),
            bot_roles: HashMap::new(),
            users: HashMap::new(),
            global_commands: Vec::new(),
            guild_commands: HashMap::new(),
            last_commands_put: Value::Null,
            commands_put: 0,
            requests: Vec::new(),
            interactions: BTreeMap::new(),
            tokens: HashMap::new(),
            messages: BTreeMap::new(),
            dm_channels: BTreeMap::new(),
            failures: Vec::new(),
            next_id: 1_700_000_000_000_000_000,
            connections: 0,
            http_connections: 0,
            intents: 0,
            live: None,
            session_id: None,
            sessions: 0,
            seq: 0,
            readies: 0,
            resume_policy: ResumePolicy::Resume,
            callback_deadline: None,
            allow_hidden_commands: false,
            sent_frames: Vec::new(),
            received_frames: Vec::new(),
        }
    }

    fn alloc_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    fn add_guild(&mut self, mut guild: FakeGuild) {
        if !guild.roles.iter().any(|r| r.id == guild.id) {
            guild.roles.insert(
                0,
                FakeRole::new(guild.id, "@everyone", 0).with_permissions(EVERYONE_DEFAULT),
            );
        }
        let channels = vec![FakeChannel {
            id: guild.id,
            name: "general".into(),
            kind: 0,
        }];
        self.guilds.insert(
            guild.id,
            GuildState {
                guild,
                members: BTreeMap::new(),
                channels,
            },
        );
    }

    fn add_member(&mut self, guild: u64, user: FakeUser) -> Result<(), String> {
        let g = self
            .guilds
            .get_mut(&guild)
            .ok_or_else(|| format!("add_user: unknown guild {guild}"))?;
        for role in &user.roles {
            if g.role(*role).is_none() {
                return Err(format!(
                    "add_user: role {role} does not exist in guild {guild}"
                ));
            }
        }
        g.members.insert(user.id, user.clone());
        self.users.insert(user.id, user);
        Ok(())
    }

    fn bot_permissions(&self, guild: u64) -> u64 {
        let Some(g) = self.guilds.get(&guild) else {
            return 0;
        };
        let mut permissions = g.everyone();
        for role in self.bot_roles.get(&guild).into_iter().flatten() {
            permissions |= g.role(*role).map_or(0, |r| r.permissions);
        }
        if permissions & ADMINISTRATOR != 0 {
            serenity::model::Permissions::all().bits()
        } else {
            permissions
        }
    }

    fn bot_top_position(&self, guild: u64) -> i64 {
        let Some(g) = self.guilds.get(&guild) else {
            return 0;
        };
        self.bot_roles
            .get(&guild)
            .into_iter()
            .flatten()
            .filter_map(|r| g.role(*r))
            .map(|r| r.position)
            .max()
            .unwrap_or(0)
    }

    fn summary(&self) -> String {
        let mut out = format!(
            "gateway: {} connection(s), session live: {}, READY sent {} time(s), commands PUT {} time(s)\nlast requests:\n",
            self.connections,
            self.live.is_some(),
            self.readies,
            self.commands_put
        );
        for r in self.requests.iter().rev().take(25).rev() {
            let body = r.body.to_string();
            let body: String = body.chars().take(300).collect();
            let _ = writeln!(out, "  {} {} -> {} {}", r.method, r.path, r.status, body);
        }
        out
    }

    // ---- JSON builders

    fn role_json(&self, guild: u64, role: &FakeRole) -> Value {
        let bot_role = self
            .bot_roles
            .get(&guild)
            .is_some_and(|roles| roles.contains(&role.id));
        let tags = if role.managed && bot_role {
            json!({"bot_id": id(BOT_USER_ID)})
        } else {
            json!({})
        };
        json!({
            "id": id(role.id),
            "name": role.name,
            "description": null,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": null, "tertiary_color": null},
            "hoist": false,
            "icon": null,
            "unicode_emoji": null,
            "position": role.position,
            "permissions": role.permissions.to_string(),
            "managed": role.managed,
            "mentionable": false,
            "flags": 0,
            "tags": tags,
        })
    }

    fn roles_json(&self, guild: u64) -> Vec<Value> {
        let Some(g) = self.guilds.get(&guild) else {
            return Vec::new();
        };
        g.guild
            .roles
            .iter()
            .map(|r| self.role_json(guild, r))
            .collect()
    }

    /// A guild member; `interaction` adds the `permissions` field that only interactions carry.
    fn member_json(&self, user: &FakeUser, interaction: bool) -> Value {
        let mut member = json!({
            "user": user_json(user),
            "nick": null,
            "avatar": null,
            "banner": null,
            "roles": user.roles.iter().map(|r| id(*r)).collect::<Vec<_>>(),
            "joined_at": JOINED_AT,
            "premium_since": null,
            "deaf": false,
            "mute": false,
            "flags": 0,
            "pending": false,
            "communication_disabled_until": null,
            "unusual_dm_activity_until": null,
            "avatar_decoration_data": null,
        });
        if interaction {
            member["permissions"] = Value::String(user.permissions.to_string());
        }
        member
    }

    fn bot_member_json(&self, guild: u64) -> Value {
        let mut bot = FakeUser::new(BOT_USER_ID, BOT_NAME);
        bot.bot = true;
        bot.roles = self.bot_roles.get(&guild).cloned().unwrap_or_default();
        let mut member = self.member_json(&bot, false);
        member["user"] = bot_user_json();
        member
    }

    fn channel_json(guild: u64, channel: &FakeChannel, position: usize) -> Value {
        json!({
            "id": id(channel.id),
            "type": channel.kind,
            "guild_id": id(guild),
            "name": channel.name,
            "position": position,
            "permission_overwrites": [],
            "parent_id": null,
            "nsfw": false,
            "topic": null,
            "last_message_id": null,
            "rate_limit_per_user": 0,
            "flags": 0,
        })
    }

    fn dm_channel_json(&self, channel: u64, user: &FakeUser) -> Value {
        json!({
            "id": id(channel),
            "type": 1,
            "last_message_id": self.messages.get(&channel).and_then(|m| m.last()).map(|m| m["id"].clone()),
            "flags": 0,
            "recipients": [user_json(user)],
        })
    }

    fn guild_json(&self, guild: u64, create: bool) -> Option<Value> {
        let g = self.guilds.get(&guild)?;
        let mut out = json!({
            "id": id(guild),
            "name": g.guild.name,
            "icon": null,
            "icon_hash": null,
            "splash": null,
            "discovery_splash": null,
            "owner_id": id(g.guild.owner_id),
            "afk_channel_id": null,
            "afk_timeout": 300,
            "widget_enabled": false,
            "widget_channel_id": null,
            "verification_level": 1,
            "default_message_notifications": 1,
            "explicit_content_filter": 2,
            "roles": self.roles_json(guild),
            "emojis": [],
            "features": [],
            "mfa_level": 0,
            "application_id": null,
            "system_channel_id": id(guild),
            "system_channel_flags": 0,
            "rules_channel_id": null,
            "max_presences": null,
        });
        let rest = json!({
            "max_members": 500_000,
            "vanity_url_code": null,
            "description": null,
            "banner": null,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": g.guild.preferred_locale,
            "public_updates_channel_id": null,
            "max_video_channel_users": 25,
            "max_stage_video_channel_users": 50,
            "approximate_member_count": null,
            "approximate_presence_count": null,
            "welcome_screen": null,
            "nsfw_level": 0,
            "nsfw": false,
            "stickers": [],
            "premium_progress_bar_enabled": false,
            "safety_alerts_channel_id": null,
            "incidents_data": null,
            "hub_type": null,
            "latest_onboarding_question_id": null,
        });
        merge_into(&mut out, rest);
        if create {
            let mut members = vec![self.bot_member_json(guild)];
            members.extend(g.members.values().map(|u| self.member_json(u, false)));
            let extra = json!({
                "joined_at": JOINED_AT,
                "large": false,
                "unavailable": false,
                "member_count": members.len(),
                "voice_states": [],
                "members": members,
                "channels": g.channels.iter().enumerate().map(|(i, c)| Self::channel_json(guild, c, i)).collect::<Vec<_>>(),
                "threads": [],
                "presences": [],
                "stage_instances": [],
                "guild_scheduled_events": [],
                "soundboard_sounds": [],
                "embedded_activities": [],
                "application_command_counts": {},
                "lazy": true,
            });
            merge_into(&mut out, extra);
        }
        Some(out)
    }

    fn ready_json(&mut self, shard: Value) -> Value {
        self.sessions += 1;
        let session_id = format!("fake-session-{}", self.sessions);
        self.session_id = Some(session_id.clone());
        json!({
            "v": 10,
            "user": bot_user_json(),
            "user_settings": {},
            "private_channels": [],
            "relationships": [],
            "guilds": self.guilds.keys().map(|g| json!({"id": id(*g), "unavailable": true})).collect::<Vec<_>>(),
            "guild_join_requests": [],
            "presences": [],
            "session_id": session_id,
            "session_type": "normal",
            "resume_gateway_url": self.gateway_url,
            "shard": if shard.is_array() { shard } else { json!([0, 1]) },
            "application": {"id": id(APPLICATION_ID), "flags": 0},
            "geo_ordered_rtc_regions": [],
            "auth_session_id_hash": "",
            "_trace": ["fake-discord"],
        })
    }

    // ---- gateway

    fn send_frame(&mut self, tx: &mpsc::UnboundedSender<WsMessage>, frame: Value) {
        let text = frame.to_string();
        self.sent_frames.push(frame);
        let _ = tx.send(WsMessage::Text(text));
    }

    fn dispatch_to(&mut self, tx: &mpsc::UnboundedSender<WsMessage>, event: &str, data: Value) {
        self.seq += 1;
        let frame = json!({"op": 0, "s": self.seq, "t": event, "d": data});
        self.send_frame(tx, frame);
    }

    /// Dispatches on the live session; false when there is none.
    fn dispatch_live(&mut self, event: &str, data: Value) -> bool {
        let Some(tx) = self.live.as_ref().map(|c| c.tx.clone()) else {
            return false;
        };
        self.dispatch_to(&tx, event, data);
        true
    }

    fn on_gateway_frame(
        &mut self,
        conn: usize,
        tx: &mpsc::UnboundedSender<WsMessage>,
        frame: Value,
    ) {
        self.received_frames.push(frame.clone());
        match frame["op"].as_u64() {
            Some(1) => self.send_frame(tx, json!({"op": 11, "d": null, "s": null, "t": null})),
            Some(2) => {
                self.seq = 0;
                self.intents = frame["d"]["intents"].as_u64().unwrap_or(0);
                let ready = self.ready_json(frame["d"]["shard"].clone());
                self.live = Some(Conn {
                    id: conn,
                    tx: tx.clone(),
                });
                self.dispatch_to(tx, "READY", ready);
                // Without the GUILDS intent Discord sends no GUILD_CREATE.
                let guilds: Vec<u64> = if self.intents & GUILDS_INTENT != 0 {
                    self.guilds.keys().copied().collect()
                } else {
                    Vec::new()
                };
                for guild in guilds {
                    if let Some(payload) = self.guild_json(guild, true) {
                        self.dispatch_to(tx, "GUILD_CREATE", payload);
                    }
                }
                self.readies += 1;
            }
            Some(6) => {
                let matches = frame["d"]["session_id"].as_str().is_some()
                    && frame["d"]["session_id"].as_str() == self.session_id.as_deref();
                if self.resume_policy == ResumePolicy::Resume && matches {
                    self.live = Some(Conn {
                        id: conn,
                        tx: tx.clone(),
                    });
                    self.dispatch_to(tx, "RESUMED", json!({"_trace": ["fake-discord"]}));
                } else {
                    self.session_id = None;
                    self.send_frame(tx, json!({"op": 9, "d": false, "s": null, "t": null}));
                }
            }
            _ => {}
        }
    }

    // ---- interactions sent to the bot

    fn new_interaction(
        &mut self,
        kind: u64,
        guild: Option<u64>,
        channel: u64,
        user: u64,
        source_message: Option<u64>,
    ) -> (u64, String) {
        let interaction = self.alloc_id();
        let token = format!("fake-interaction-token-{interaction}");
        self.tokens.insert(token.clone(), interaction);
        self.interactions.insert(
            interaction,
            InteractionState {
                token: token.clone(),
                kind,
                guild_id: guild,
                channel_id: channel,
                user_id: user,
                source_message,
                created: Instant::now(),
                acknowledged: false,
                responses: Vec::new(),
                original: None,
                followups: Vec::new(),
                modal: None,
            },
        );
        (interaction, token)
    }

    /// The fields every interaction carries, for a guild (member) or a DM (user).
    fn interaction_envelope(
        &self,
        interaction: u64,
        token: &str,
        kind: u64,
        place: Place,
        user: &FakeUser,
    ) -> Map<String, Value> {
        let mut out = Map::new();
        out.insert("id".into(), id(interaction));
        out.insert("application_id".into(), id(APPLICATION_ID));
        out.insert("type".into(), json!(kind));
        out.insert("token".into(), json!(token));
        out.insert("version".into(), json!(1));
        out.insert("locale".into(), json!(user.locale));
        out.insert("entitlements".into(), json!([]));
        out.insert("entitlement_sku_ids".into(), json!([]));
        out.insert("attachment_size_limit".into(), json!(ATTACHMENT_SIZE_LIMIT));
        match place {
            Place::Guild { guild, channel } => {
                let g = &self.guilds[&guild];
                let position = g
                    .channels
                    .iter()
                    .position(|c| c.id == channel.id)
                    .unwrap_or(0);
                let mut channel_json = Self::channel_json(guild, &channel, position);
                channel_json["permissions"] = json!(user.permissions.to_string());
                out.insert("guild_id".into(), id(guild));
                out.insert(
                    "guild".into(),
                    json!({"id": id(guild), "locale": g.guild.preferred_locale, "features": []}),
                );
                out.insert("guild_locale".into(), json!(g.guild.preferred_locale));
                out.insert("channel_id".into(), id(channel.id));
                out.insert("channel".into(), channel_json);
                out.insert("member".into(), self.member_json(user, true));
                out.insert(
                    "app_permissions".into(),
                    json!(self.bot_permissions(guild).to_string()),
                );
                out.insert(
                    "authorizing_integration_owners".into(),
                    json!({"0": id(guild)}),
                );
                out.insert("context".into(), json!(0));
            }
            Place::Dm { channel } => {
                let dm_permissions = serenity::model::Permissions::dm_permissions().bits();
                out.insert("channel_id".into(), id(channel));
                out.insert("channel".into(), self.dm_channel_json(channel, user));
                out.insert("user".into(), user_json(user));
                out.insert("app_permissions".into(), json!(dm_permissions.to_string()));
                out.insert("authorizing_integration_owners".into(), json!({"0": "0"}));
                out.insert("context".into(), json!(1));
            }
        }
        out
    }

    fn find_command(&self, guild: u64, name: &str) -> Option<(Value, bool)> {
        let is_slash = |c: &&Value| c["name"] == name && c["type"].as_u64().unwrap_or(1) == 1;
        if let Some(c) = self
            .guild_commands
            .get(&guild)
            .and_then(|cs| cs.iter().find(is_slash))
        {
            return Some((c.clone(), true));
        }
        self.global_commands
            .iter()
            .find(is_slash)
            .map(|c| (c.clone(), false))
    }

    fn send_slash(
        &mut self,
        guild: u64,
        channel: u64,
        user: u64,
        command: &str,
        options: &Value,
    ) -> Result<Interaction, String> {
        let g = self
            .guilds
            .get(&guild)
            .ok_or_else(|| format!("unknown guild {guild}"))?;
        let member = g.members.get(&user).cloned().ok_or_else(|| {
            format!("user {user} is not a member of guild {guild}; call add_user first")
        })?;
        let channel = g
            .channels
            .iter()
            .find(|c| c.id == channel)
            .cloned()
            .ok_or_else(|| format!("unknown channel {channel} in guild {guild}"))?;
        let is_owner = g.guild.owner_id == user;
        let parts: Vec<&str> = command.trim_start_matches('/').split_whitespace().collect();
        let Some((root, rest)) = parts.split_first() else {
            return Err("empty command name".into());
        };
        let Some((definition, is_guild_command)) = self.find_command(guild, root) else {
            let known: Vec<String> = self
                .global_commands
                .iter()
                .chain(self.guild_commands.get(&guild).into_iter().flatten())
                .map(|c| c["name"].as_str().unwrap_or_default().to_owned())
                .collect();
            return Err(format!(
                "no registered command /{root} (registered: {known:?}); has the bot PUT its commands? (wait_ready)"
            ));
        };
        if !self.allow_hidden_commands {
            if let Some(contexts) = definition["contexts"].as_array()
                && !contexts.iter().any(|c| c.as_u64() == Some(0))
            {
                return Err(format!(
                    "/{root} is not available in guilds (contexts {contexts:?})"
                ));
            }
            if let Some(required) = definition["default_member_permissions"]
                .as_str()
                .and_then(|p| p.parse::<u64>().ok())
                && !is_owner
                && member.permissions & ADMINISTRATOR == 0
                && member.permissions & required != required
            {
                return Err(format!(
                    "Discord hides /{root} from user {user}: default_member_permissions {required} but the member has {} \
                     (call allow_hidden_commands(true) to invoke it anyway)",
                    member.permissions
                ));
            }
        }
        let mut definitions = definition["options"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let mut path: Vec<(String, u64)> = Vec::new();
        for part in rest {
            let sub = definitions
                .iter()
                .find(|o| o["name"] == *part && matches!(o["type"].as_u64(), Some(1 | 2)))
                .cloned()
                .ok_or_else(|| {
                    format!("/{root} has no subcommand or group {part:?} on path {command:?}")
                })?;
            path.push(((*part).to_owned(), sub["type"].as_u64().unwrap_or(1)));
            definitions = sub["options"].as_array().cloned().unwrap_or_default();
        }
        if definitions
            .iter()
            .any(|o| matches!(o["type"].as_u64(), Some(1 | 2)))
        {
            let names: Vec<&str> = definitions
                .iter()
                .filter_map(|o| o["name"].as_str())
                .collect();
            return Err(format!("{command:?} needs a subcommand, one of {names:?}"));
        }
        let given = match options {
            Value::Null => Map::new(),
            Value::Object(map) => map.clone(),
            other => return Err(format!("options must be a JSON object, got {other}")),
        };
        let mut resolved = Resolved::default();
        let mut values = self.option_values(guild, &definitions, &given, &mut resolved)?;
        for (name, kind) in path.iter().rev() {
            values = vec![json!({"name": name, "type": kind, "options": values})];
        }
        let mut data = json!({
            "id": definition["id"].clone(),
            "name": root,
            "type": 1,
            "options": values,
        });
        if is_guild_command {
            data["guild_id"] = id(guild);
        }
        if let Some(resolved) = resolved.into_json() {
            data["resolved"] = resolved;
        }
        let (interaction, token) = self.new_interaction(2, Some(guild), channel.id, user, None);
        let mut payload = self.interaction_envelope(
            interaction,
            &token,
            2,
            Place::Guild { guild, channel },
            &member,
        );
        payload.insert("data".into(), data);
        self.dispatch_live("INTERACTION_CREATE", Value::Object(payload));
        Ok(Interaction {
            id: interaction,
            token,
        })
    }

    fn option_values(
        &mut self,
        guild: u64,
        definitions: &[Value],
        given: &Map<String, Value>,
        resolved: &mut Resolved,
    ) -> Result<Vec<Value>, String> {
        let names: Vec<&str> = definitions
            .iter()
            .filter_map(|o| o["name"].as_str())
            .collect();
        for key in given.keys() {
            if !names.contains(&key.as_str()) {
                return Err(format!(
                    "no option {key:?}; the command's options are {names:?}"
                ));
            }
        }
        let mut out = Vec::new();
        for definition in definitions {
            let name = definition["name"].as_str().unwrap_or_default();
            let kind = definition["type"].as_u64().unwrap_or(3);
            let Some(raw) = given.get(name) else {
                if definition["required"].as_bool().unwrap_or(false) {
                    return Err(format!("required option {name:?} is missing"));
                }
                continue;
            };
            let value = self.option_value(guild, name, kind, raw, resolved)?;
            if let Some(choices) = definition["choices"].as_array()
                && !choices.is_empty()
                && !choices.iter().any(|c| c["value"] == value)
            {
                return Err(format!(
                    "option {name:?} must be one of the choices {choices:?}, got {value}"
                ));
            }
            out.push(json!({"name": name, "type": kind, "value": value}));
        }
        Ok(out)
    }

    fn option_value(
        &mut self,
        guild: u64,
        name: &str,
        kind: u64,
        raw: &Value,
        resolved: &mut Resolved,
    ) -> Result<Value, String> {
        let wrong = || format!("option {name:?} (type {kind}) cannot take {raw}");
        match kind {
            3 => match raw {
                Value::String(_) => Ok(raw.clone()),
                Value::Number(n) => Ok(json!(n.to_string())),
                _ => Err(wrong()),
            },
            4 => raw.as_i64().map(|v| json!(v)).ok_or_else(wrong),
            5 => raw.as_bool().map(|v| json!(v)).ok_or_else(wrong),
            10 => raw.as_f64().map(|v| json!(v)).ok_or_else(wrong),
            6 => {
                let user = parse_id(raw).ok_or_else(wrong)?;
                self.resolve_user(guild, user, resolved)?;
                Ok(id(user))
            }
            7 => {
                let channel = parse_id(raw).ok_or_else(wrong)?;
                self.resolve_channel(guild, channel, resolved);
                Ok(id(channel))
            }
            8 => {
                let role = parse_id(raw).ok_or_else(wrong)?;
                self.resolve_role(guild, role, resolved)?;
                Ok(id(role))
            }
            9 => {
                let target = parse_id(raw).ok_or_else(wrong)?;
                if self.resolve_role(guild, target, resolved).is_err() {
                    self.resolve_user(guild, target, resolved)?;
                }
                Ok(id(target))
            }
            other => Err(format!(
                "option {name:?} has type {other}, which the fake does not support"
            )),
        }
    }

    fn resolve_user(&self, guild: u64, user: u64, resolved: &mut Resolved) -> Result<(), String> {
        let g = &self.guilds[&guild];
        let found = g
            .members
            .get(&user)
            .or_else(|| self.users.get(&user))
            .cloned();
        let found = match (found, user == BOT_USER_ID) {
            (Some(u), _) => u,
            (None, true) => {
                let mut bot = FakeUser::new(BOT_USER_ID, BOT_NAME);
                bot.bot = true;
                bot.roles = self.bot_roles.get(&guild).cloned().unwrap_or_default();
                bot
            }
            (None, false) => {
                return Err(format!(
                    "user {user} is unknown; add_user it to some guild first"
                ));
            }
        };
        resolved.users.insert(user.to_string(), user_json(&found));
        if g.members.contains_key(&user) || user == BOT_USER_ID {
            let mut member = self.member_json(&found, true);
            if let Some(m) = member.as_object_mut() {
                m.remove("user");
            }
            resolved.members.insert(user.to_string(), member);
        }
        Ok(())
    }

    fn resolve_role(&self, guild: u64, role: u64, resolved: &mut Resolved) -> Result<(), String> {
        let g = &self.guilds[&guild];
        let found = g
            .role(role)
            .ok_or_else(|| format!("role {role} does not exist in guild {guild}"))?;
        resolved
            .roles
            .insert(role.to_string(), self.role_json(guild, found));
        Ok(())
    }

    /// Resolves a channel option; a channel the guild does not have yet is created (type 0).
    fn resolve_channel(&mut self, guild: u64, channel: u64, resolved: &mut Resolved) {
        let g = self
            .guilds
            .get_mut(&guild)
            .expect("guild checked by the caller");
        if !g.channels.iter().any(|c| c.id == channel) {
            g.channels.push(FakeChannel {
                id: channel,
                name: format!("channel-{channel}"),
                kind: 0,
            });
        }
        let found = g
            .channels
            .iter()
            .find(|c| c.id == channel)
            .cloned()
            .expect("just ensured");
        resolved.channels.insert(
            channel.to_string(),
            json!({
                "id": id(channel),
                "name": found.name,
                "type": found.kind,
                "guild_id": id(guild),
                "parent_id": null,
                "flags": 0,
                "last_message_id": null,
                "rate_limit_per_user": 0,
                "topic": null,
                "position": 0,
                "nsfw": false,
                "permissions": self.bot_permissions(guild).to_string(),
            }),
        );
    }

    /// Finds a stored message by id: channel messages, then interaction responses.
    fn stored_message(&self, message: u64) -> Option<Value> {
        let wanted = id(message);
        self.messages
            .values()
            .flatten()
            .find(|m| m["id"] == wanted)
            .or_else(|| {
                self.interactions
                    .values()
                    .flat_map(|i| i.original.iter().chain(i.followups.iter()))
                    .find(|m| m["id"] == wanted)
            })
            .cloned()
    }

    fn channel_place(&self, channel: u64) -> Option<ChannelPlace> {
        if let Some((user, _)) = self.dm_channels.iter().find(|(_, c)| **c == channel) {
            return Some(ChannelPlace::Dm { user: *user });
        }
        self.guilds.values().find_map(|g| {
            g.channels
                .iter()
                .find(|c| c.id == channel)
                .map(|c| ChannelPlace::Guild {
                    guild: g.guild.id,
                    channel: c.clone(),
                })
        })
    }

    fn send_component(
        &mut self,
        guild: u64,
        user: u64,
        message: &Value,
        custom_id: &str,
        values: Option<Vec<String>>,
    ) -> Result<Interaction, String> {
        let message_id = parse_id(&message["id"])
            .ok_or("the message has no id; pass a message object the bot sent")?;
        let channel = parse_id(&message["channel_id"]).ok_or("the message has no channel_id")?;
        // Click what the member sees now: the stored version, if the bot edited the message.
        let message = self
            .stored_message(message_id)
            .unwrap_or_else(|| message.clone());
        let component = find_component(&message, custom_id).ok_or_else(|| {
            format!(
                "message {message_id} has no component {custom_id:?}; its components: {}",
                message["components"]
            )
        })?;
        if component["disabled"].as_bool().unwrap_or(false) {
            return Err(format!(
                "component {custom_id:?} is disabled; Discord's client cannot use it"
            ));
        }
        let component_type = component["type"].as_u64().unwrap_or(2);
        let mut data = json!({"custom_id": custom_id, "component_type": component_type});
        match (component_type, values) {
            (2, None) => {}
            (3, Some(values)) => {
                let options: Vec<&str> = component["options"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|o| o["value"].as_str())
                    .collect();
                if let Some(bad) = values.iter().find(|v| !options.contains(&v.as_str())) {
                    return Err(format!(
                        "{bad:?} is not an option of select {custom_id:?} ({options:?})"
                    ));
                }
                data["values"] = json!(values);
            }
            (2, Some(_)) => return Err(format!("{custom_id:?} is a button; use click")),
            (other, _) => {
                return Err(format!(
                    "{custom_id:?} is a component of type {other}; the fake clicks buttons (2) and string selects (3)"
                ));
            }
        }
        let (place, member) = self.place_and_member(guild, user, channel)?;
        let guild_id = match &place {
            Place::Guild { guild, .. } => Some(*guild),
            Place::Dm { .. } => None,
        };
        let (interaction, token) =
            self.new_interaction(3, guild_id, channel, user, Some(message_id));
        let mut payload = self.interaction_envelope(interaction, &token, 3, place, &member);
        payload.insert("message".into(), message);
        payload.insert("data".into(), data);
        self.dispatch_live("INTERACTION_CREATE", Value::Object(payload));
        Ok(Interaction {
            id: interaction,
            token,
        })
    }

    /// Where an interaction in `channel` happens, and as whom.
    fn place_and_member(
        &self,
        guild: u64,
        user: u64,
        channel: u64,
    ) -> Result<(Place, FakeUser), String> {
        match self.channel_place(channel) {
            Some(ChannelPlace::Dm { user: recipient }) => {
                if recipient != user {
                    return Err(format!(
                        "channel {channel} is the DM of user {recipient}, not of user {user}"
                    ));
                }
                let member = self
                    .users
                    .get(&user)
                    .cloned()
                    .ok_or_else(|| format!("unknown user {user}"))?;
                Ok((Place::Dm { channel }, member))
            }
            Some(ChannelPlace::Guild {
                guild: actual,
                channel,
            }) => {
                if actual != guild {
                    return Err(format!(
                        "channel {} belongs to guild {actual}, not {guild}",
                        channel.id
                    ));
                }
                let member = self.guilds[&guild]
                    .members
                    .get(&user)
                    .cloned()
                    .ok_or_else(|| {
                        format!("user {user} is not a member of guild {guild}; call add_user first")
                    })?;
                Ok((Place::Guild { guild, channel }, member))
            }
            None => Err(format!("channel {channel} is unknown to the fake")),
        }
    }

    fn send_modal_submit(
        &mut self,
        guild: u64,
        user: u64,
        custom_id: &str,
        fields: &[(&str, &str)],
    ) -> Result<Interaction, String> {
        let opener = self
            .interactions
            .iter()
            .rev()
            .find(|(_, i)| {
                i.user_id == user
                    && i.modal
                        .as_ref()
                        .is_some_and(|m| m["custom_id"] == custom_id)
            })
            .map(|(opener, _)| *opener)
            .ok_or_else(|| {
                format!("the bot opened no modal {custom_id:?} for user {user} (callback type 9)")
            })?;
        let (modal, channel, source_message) = {
            let i = &self.interactions[&opener];
            (
                i.modal.clone().unwrap_or_default(),
                i.channel_id,
                i.source_message,
            )
        };
        let inputs: Vec<Value> = modal["components"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
            .filter(|c| c["type"].as_u64() == Some(4))
            .collect();
        for (field, _) in fields {
            if !inputs.iter().any(|i| i["custom_id"] == *field) {
                let known: Vec<&str> = inputs
                    .iter()
                    .filter_map(|i| i["custom_id"].as_str())
                    .collect();
                return Err(format!(
                    "modal {custom_id:?} has no text input {field:?} (inputs: {known:?})"
                ));
            }
        }
        let mut rows = Vec::new();
        for input in &inputs {
            let input_id = input["custom_id"].as_str().unwrap_or_default();
            let value = fields
                .iter()
                .find(|(f, _)| *f == input_id)
                .map_or("", |(_, v)| *v);
            let length = value.chars().count() as u64;
            let required = input["required"].as_bool().unwrap_or(true);
            if required && value.is_empty() {
                return Err(format!("text input {input_id:?} is required"));
            }
            if !value.is_empty() {
                if let Some(min) = input["min_length"].as_u64()
                    && length < min
                {
                    return Err(format!(
                        "text input {input_id:?} needs at least {min} characters, got {length}"
                    ));
                }
                if let Some(max) = input["max_length"].as_u64()
                    && length > max
                {
                    return Err(format!(
                        "text input {input_id:?} takes at most {max} characters, got {length}"
                    ));
                }
            }
            rows.push(json!({"type": 1, "components": [{"type": 4, "id": rows.len() + 1, "custom_id": input_id, "value": value}]}));
        }
        let (place, member) = self.place_and_member(guild, user, channel)?;
        let guild_id = match &place {
            Place::Guild { guild, .. } => Some(*guild),
            Place::Dm { .. } => None,
        };
        let (interaction, token) = self.new_interaction(5, guild_id, channel, user, source_message);
        let mut payload = self.interaction_envelope(interaction, &token, 5, place, &member);
        if let Some(message) = source_message.and_then(|m| self.stored_message(m)) {
            payload.insert("message".into(), message);
        }
        payload.insert(
            "data".into(),
            json!({"custom_id": custom_id, "components": rows}),
        );
        self.dispatch_live("INTERACTION_CREATE", Value::Object(payload));
        Ok(Interaction {
            id: interaction,
            token,
        })
    }

    // ---- REST

    fn handle(&mut self, req: Req) -> Reply {
        let reply = self
            .injected_failure(&req)
            .unwrap_or_else(|| self.route(&req));
        self.requests.push(Recorded {
            method: req.method,
            path: req.path,
            query: req.query,
            headers: req.headers,
            body: req.body,
            files: req.files,
            fields: req.fields,
            raw_body: req.raw_body,
            status: reply.status,
            response: reply.body.clone().unwrap_or(Value::Null),
        });
        reply
    }

    fn injected_failure(&mut self, req: &Req) -> Option<Reply> {
        let index = self.failures.iter().position(|f| {
            f.remaining > 0
                && (f.method == "*" || f.method == req.method)
                && req.path.contains(&f.path_contains)
        })?;
        let failure = &mut self.failures[index];
        failure.remaining -= 1;
        let mut reply = Reply::json(failure.status, failure.body.clone());
        if failure.status == 429 {
            let retry_after = failure.body["retry_after"].as_f64().unwrap_or(1.0);
            let global = failure.body["global"].as_bool().unwrap_or(false);
            reply.headers.extend([
                (
                    "Retry-After".to_owned(),
                    (retry_after.ceil() as u64).max(1).to_string(),
                ),
                ("X-RateLimit-Limit".to_owned(), "1".to_owned()),
                ("X-RateLimit-Remaining".to_owned(), "0".to_owned()),
                (
                    "X-RateLimit-Reset-After".to_owned(),
                    format!("{retry_after:.3}"),
                ),
                ("X-RateLimit-Bucket".to_owned(), "fake-bucket".to_owned()),
                (
                    "X-RateLimit-Scope".to_owned(),
                    if global { "global" } else { "user" }.to_owned(),
                ),
            ]);
            if global {
                reply
                    .headers
                    .push(("X-RateLimit-Global".to_owned(), "true".to_owned()));
            }
        }
        if failure.remaining == 0 {
            self.failures.remove(index);
        }
        Some(reply)
    }

    fn route(&mut self, req: &Req) -> Reply {
        let segments: Vec<&str> = req.path.trim_matches('/').split('/').collect();
        let app = APPLICATION_ID.to_string();
        let unauthenticated = matches!(segments.first(), Some(&"interactions" | &"webhooks"));
        if !unauthenticated
            && !req
                .headers
                .get("authorization")
                .is_some_and(|a| a.starts_with("Bot "))
        {
            return Reply::error(401, 0, "401: Unauthorized");
        }
        let method = req.method.as_str();
        match (method, segments.as_slice()) {
            ("GET", ["gateway"]) => Reply::ok(json!({"url": self.gateway_url})),
            ("GET", ["gateway", "bot"]) => Reply::ok(json!({
                "url": self.gateway_url,
                "shards": 1,
                "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 14_400_000, "max_concurrency": 1},
            })),
            ("GET", ["oauth2", "applications", "@me"] | ["applications", "@me"]) => {
                Reply::ok(application_json())
            }
            ("GET", ["users", "@me"]) => Reply::ok(bot_user_json()),
            ("GET", ["users", user]) => {
                match user.parse::<u64>().ok().and_then(|u| self.users.get(&u)) {
                    Some(u) => Reply::ok(user_json(u)),
                    None => Reply::error(404, 10013, "Unknown User"),
                }
            }
            ("PUT", ["applications", a, "commands"]) if *a == app => {
                self.put_commands(None, &req.body)
            }
            ("GET", ["applications", a, "commands"]) if *a == app => {
                Reply::ok(json!(self.global_commands))
            }
            ("POST", ["applications", a, "commands"]) if *a == app => {
                self.post_command(None, &req.body)
            }
            ("PUT", ["applications", a, "guilds", g, "commands"]) if *a == app => {
                match g.parse::<u64>() {
                    Ok(g) if self.guilds.contains_key(&g) => self.put_commands(Some(g), &req.body),
                    _ => Reply::error(404, 10004, "Unknown Guild"),
                }
            }
            ("GET", ["applications", a, "guilds", g, "commands"]) if *a == app => {
                let commands = g
                    .parse::<u64>()
                    .ok()
                    .and_then(|g| self.guild_commands.get(&g).cloned())
                    .unwrap_or_default();
                Reply::ok(json!(commands))
            }
            ("POST", ["applications", a, "guilds", g, "commands"]) if *a == app => {
                match g.parse::<u64>() {
                    Ok(g) if self.guilds.contains_key(&g) => self.post_command(Some(g), &req.body),
                    _ => Reply::error(404, 10004, "Unknown Guild"),
                }
            }
            ("POST", ["interactions", interaction, token, "callback"]) => {
                self.interaction_callback(interaction, token, req)
            }
            ("POST", ["webhooks", a, token]) if *a == app => self.followup(token, req),
            ("GET" | "PATCH" | "DELETE", ["webhooks", a, token, "messages", message])
                if *a == app =>
            {
                self.webhook_message(token, message, req)
            }
            ("GET", ["guilds", g]) => match g
                .parse::<u64>()
                .ok()
                .and_then(|g| self.guild_json(g, false))
            {
                Some(guild) => Reply::ok(guild),
                None => Reply::error(404, 10004, "Unknown Guild"),
            },
            ("GET", ["guilds", g, "roles"]) => match g.parse::<u64>() {
                Ok(g) if self.guilds.contains_key(&g) => Reply::ok(json!(self.roles_json(g))),
                _ => Reply::error(404, 10004, "Unknown Guild"),
            },
            ("GET", ["guilds", g, "channels"]) => {
                match g.parse::<u64>().ok().and_then(|g| self.guilds.get(&g)) {
                    Some(gs) => {
                        let guild = gs.guild.id;
                        Reply::ok(json!(
                            gs.channels
                                .iter()
                                .enumerate()
                                .map(|(i, c)| Self::channel_json(guild, c, i))
                                .collect::<Vec<_>>()
                        ))
                    }
                    None => Reply::error(404, 10004, "Unknown Guild"),
                }
            }
            ("GET", ["guilds", g, "members", user]) => self.get_member(g, user),
            ("PUT" | "DELETE", ["guilds", g, "members", user, "roles", role]) => {
                self.member_role(method, g, user, role)
            }
            ("POST", ["users", "@me", "channels"]) => self.open_dm(&req.body),
            ("GET", ["channels", channel]) => match channel
                .parse::<u64>()
                .ok()
                .and_then(|c| self.channel_place(c).map(|p| (c, p)))
            {
                Some((c, ChannelPlace::Dm { user })) => {
                    Reply::ok(self.dm_channel_json(c, &self.users[&user]))
                }
                Some((_, ChannelPlace::Guild { guild, channel })) => {
                    Reply::ok(Self::channel_json(guild, &channel, 0))
                }
                None => Reply::error(404, 10003, "Unknown Channel"),
            },
            ("POST", ["channels", channel, "messages"]) => self.post_message(channel, req),
            ("GET" | "PATCH" | "DELETE", ["channels", channel, "messages", message]) => {
                self.channel_message(channel, message, req)
            }
            _ => Reply::not_found(),
        }
    }

    fn command_json(&mut self, guild: Option<u64>, body: &Value, existing: &[Value]) -> Value {
        let mut command = body.clone();
        let kind = command["type"].as_u64().unwrap_or(1);
        let reused = existing
            .iter()
            .find(|c| c["name"] == body["name"] && c["type"].as_u64().unwrap_or(1) == kind)
            .map(|c| c["id"].clone());
        let command_id = reused.unwrap_or_else(|| id(self.alloc_id()));
        let version = id(self.alloc_id());
        let defaults = [
            ("type", json!(kind)),
            ("description", json!("")),
            ("options", json!([])),
            ("default_member_permissions", Value::Null),
            ("dm_permission", json!(true)),
            ("nsfw", json!(false)),
            ("integration_types", json!([0])),
            ("contexts", Value::Null),
        ];
        if let Some(map) = command.as_object_mut() {
            for (key, value) in defaults {
                if map.get(key).is_none_or(Value::is_null) {
                    map.insert(key.into(), value);
                }
            }
            map.insert("id".into(), command_id);
            map.insert("application_id".into(), id(APPLICATION_ID));
            map.insert("version".into(), version);
            map.insert("guild_id".into(), guild.map_or(Value::Null, id));
        }
        command
    }

    fn put_commands(&mut self, guild: Option<u64>, body: &Value) -> Reply {
        let Some(list) = body.as_array() else {
            return Reply::json(400, form_error("_", "BASE_TYPE_ARRAY", "Must be an array."));
        };
        if let Some(error) = list
            .iter()
            .enumerate()
            .find_map(|(i, c)| validate_command(c).err().map(|(p, m)| (i, p, m)))
        {
            let (index, path, message) = error;
            return Reply::json(
                400,
                form_error(&format!("{index}.{path}"), "BASE_TYPE_BAD_LENGTH", &message),
            );
        }
        let existing = match guild {
            None => self.global_commands.clone(),
            Some(g) => self.guild_commands.get(&g).cloned().unwrap_or_default(),
        };
        let commands: Vec<Value> = list
            .iter()
            .map(|c| self.command_json(guild, c, &existing))
            .collect();
        match guild {
            None => self.global_commands = commands.clone(),
            Some(g) => {
                self.guild_commands.insert(g, commands.clone());
            }
        }
        self.last_commands_put = body.clone();
        self.commands_put += 1;
        Reply::ok(json!(commands))
    }

    fn post_command(&mut self, guild: Option<u64>, body: &Value) -> Reply {
        if let Err((path, message)) = validate_command(body) {
            return Reply::json(400, form_error(&path, "BASE_TYPE_BAD_LENGTH", &message));
        }
        let mut list = match guild {
            None => self.global_commands.clone(),
            Some(g) => self.guild_commands.get(&g).cloned().unwrap_or_default(),
        };
        let command = self.command_json(guild, body, &list);
        list.retain(|c| c["id"] != command["id"]);
        list.push(command.clone());
        match guild {
            None => self.global_commands = list,
            Some(g) => {
                self.guild_commands.insert(g, list);
            }
        }
        Reply::json(201, command)
    }

    fn get_member(&self, guild: &str, user: &str) -> Reply {
        let (Ok(guild), Ok(user)) = (guild.parse::<u64>(), user.parse::<u64>()) else {
            return Reply::not_found();
        };
        let Some(g) = self.guilds.get(&guild) else {
            return Reply::error(404, 10004, "Unknown Guild");
        };
        if user == BOT_USER_ID {
            return Reply::ok(self.bot_member_json(guild));
        }
        match g.members.get(&user) {
            Some(member) => Reply::ok(self.member_json(member, false)),
            None => Reply::error(404, 10007, "Unknown Member"),
        }
    }

    fn member_role(&mut self, method: &str, guild: &str, user: &str, role: &str) -> Reply {
        let (Ok(guild), Ok(user), Ok(role)) = (
            guild.parse::<u64>(),
            user.parse::<u64>(),
            role.parse::<u64>(),
        ) else {
            return Reply::not_found();
        };
        let permissions = self.bot_permissions(guild);
        let top = self.bot_top_position(guild);
        let Some(g) = self.guilds.get_mut(&guild) else {
            return Reply::error(404, 10004, "Unknown Guild");
        };
        let Some(target) = g.role(role).cloned() else {
            return Reply::error(404, 10011, "Unknown Role");
        };
        let Some(member) = g.members.get_mut(&user) else {
            return Reply::error(404, 10007, "Unknown Member");
        };
        if permissions & MANAGE_ROLES == 0
            || target.position >= top
            || target.managed
            || role == guild
        {
            return Reply::error(403, 50013, "Missing Permissions");
        }
        if method == "PUT" {
            if !member.roles.contains(&role) {
                member.roles.push(role);
            }
        } else {
            member.roles.retain(|r| *r != role);
        }
        if let Some(u) = self.users.get_mut(&user) {
            u.roles = self.guilds[&guild].members[&user].roles.clone();
        }
        Reply::no_content()
    }

    fn open_dm(&mut self, body: &Value) -> Reply {
        let Some(user) = parse_id(&body["recipient_id"]) else {
            return Reply::json(
                400,
                form_error(
                    "recipient_id",
                    "BASE_TYPE_REQUIRED",
                    "This field is required",
                ),
            );
        };
        let Some(found) = self.users.get(&user).cloned() else {
            return Reply::error(404, 10013, "Unknown User");
        };
        let channel = match self.dm_channels.get(&user) {
            Some(channel) => *channel,
            None => {
                let channel = self.alloc_id();
                self.dm_channels.insert(user, channel);
                channel
            }
        };
        Reply::ok(self.dm_channel_json(channel, &found))
    }

    fn post_message(&mut self, channel: &str, req: &Req) -> Reply {
        let Ok(channel) = channel.parse::<u64>() else {
            return Reply::not_found();
        };
        let guild = match self.channel_place(channel) {
            None => return Reply::error(404, 10003, "Unknown Channel"),
            Some(ChannelPlace::Dm { user }) => {
                let recipient = &self.users[&user];
                if !recipient.dms_open || recipient.bot {
                    return Reply::error(403, 50007, "Cannot send messages to this user");
                }
                None
            }
            Some(ChannelPlace::Guild { guild, .. }) => Some(guild),
        };
        if let Err(error) = validate_message(&req.body) {
            return Reply::json(400, error);
        }
        let message = self.new_message(channel, guild, &req.body, &req.files, None);
        self.messages
            .entry(channel)
            .or_default()
            .push(message.clone());
        Reply::ok(message)
    }

    fn channel_message(&mut self, channel: &str, message: &str, req: &Req) -> Reply {
        let (Ok(channel), Ok(message)) = (channel.parse::<u64>(), message.parse::<u64>()) else {
            return Reply::not_found();
        };
        let wanted = id(message);
        let Some(index) = self
            .messages
            .get(&channel)
            .and_then(|ms| ms.iter().position(|m| m["id"] == wanted))
        else {
            return Reply::error(404, 10008, "Unknown Message");
        };
        match req.method.as_str() {
            "GET" => Reply::ok(self.messages[&channel][index].clone()),
            "DELETE" => {
                self.messages.get_mut(&channel).map(|ms| ms.remove(index));
                Reply::no_content()
            }
            _ => {
                if let Err(error) = validate_message(&req.body) {
                    return Reply::json(400, error);
                }
                let mut stored = self.messages[&channel][index].clone();
                self.merge_message(&mut stored, &req.body, &req.files);
                self.messages.get_mut(&channel).expect("found above")[index] = stored.clone();
                Reply::ok(stored)
            }
        }
    }

    fn attachments_json(
        &mut self,
        channel: u64,
        body: &Value,
        files: &[(String, Vec<u8>)],
    ) -> Vec<Value> {
        let described = body["attachments"].as_array().cloned().unwrap_or_default();
        files
            .iter()
            .enumerate()
            .map(|(index, (name, bytes))| {
                let attachment = self.alloc_id();
                let description = described.get(index).map_or(Value::Null, |d| d["description"].clone());
                let content_type = match name.rsplit('.').next().map(str::to_ascii_lowercase).as_deref() {
                    Some("png") => "image/png",
                    Some("jpg" | "jpeg") => "image/jpeg",
                    Some("txt") => "text/plain; charset=utf-8",
                    Some("json") => "application/json; charset=utf-8",
                    _ => "application/octet-stream",
                };
                json!({
                    "id": id(attachment),
                    "filename": name,
                    "description": description,
                    "size": bytes.len(),
                    "url": format!("https://cdn.discordapp.com/attachments/{channel}/{attachment}/{name}"),
                    "proxy_url": format!("https://media.discordapp.net/attachments/{channel}/{attachment}/{name}"),
                    "content_type": content_type,
                    "ephemeral": false,
                })
            })
            .collect()
    }

    /// A message object as Discord returns it.
    fn new_message(
        &mut self,
        channel: u64,
        guild: Option<u64>,
        body: &Value,
        files: &[(String, Vec<u8>)],
        by: Option<InteractionRef>,
    ) -> Value {
        let message = self.alloc_id();
        let attachments = self.attachments_json(channel, body, files);
        let embeds: Vec<Value> = body["embeds"]
            .as_array()
            .into_iter()
            .flatten()
            .map(normalize_embed)
            .collect();
        let mut out = json!({
            "id": id(message),
            "channel_id": id(channel),
            "author": bot_user_json(),
            "content": body["content"].as_str().unwrap_or_default(),
            "timestamp": now(),
            "edited_timestamp": null,
            "tts": body["tts"].as_bool().unwrap_or(false),
            "mention_everyone": false,
            "mentions": [],
            "mention_roles": [],
            "mention_channels": [],
            "attachments": attachments,
            "embeds": embeds,
            "reactions": [],
            "pinned": false,
            "webhook_id": null,
            "type": 0,
            "flags": body["flags"].as_u64().unwrap_or(0),
            "components": body["components"].as_array().cloned().unwrap_or_default(),
            "sticker_items": [],
            "position": 0,
        });
        if let Some(guild) = guild {
            out["guild_id"] = id(guild);
        }
        if let Some(nonce) = body.get("nonce") {
            out["nonce"] = nonce.clone();
        }
        if let Some(by) = by {
            out["webhook_id"] = id(APPLICATION_ID);
            out["application_id"] = id(APPLICATION_ID);
            out["type"] = json!(if by.kind == 2 { 20 } else { 0 });
            let user = self
                .users
                .get(&by.user)
                .map(user_json)
                .unwrap_or(Value::Null);
            let owners = match guild {
                Some(g) => json!({"0": id(g)}),
                None => json!({"0": "0"}),
            };
            match by.kind {
                2 => {
                    out["interaction_metadata"] = json!({"type": 2, "id": id(by.id), "user": user, "authorizing_integration_owners": owners});
                }
                3 => {
                    out["interaction_metadata"] = json!({
                        "type": 3,
                        "id": id(by.id),
                        "user": user,
                        "authorizing_integration_owners": owners,
                        "interacted_message_id": by.source_message.map_or(Value::Null, id),
                    });
                }
                _ => {}
            }
        }
        out
    }

    /// Applies an edit (PATCH body and new files) to a stored message.
    fn merge_message(&mut self, message: &mut Value, body: &Value, files: &[(String, Vec<u8>)]) {
        let channel = parse_id(&message["channel_id"]).unwrap_or(0);
        for key in ["content", "components", "flags", "allowed_mentions"] {
            if let Some(value) = body.get(key).filter(|v| !v.is_null()) {
                message[key] = value.clone();
            }
        }
        if let Some(embeds) = body["embeds"].as_array() {
            message["embeds"] = json!(embeds.iter().map(normalize_embed).collect::<Vec<_>>());
        }
        let old: Vec<Value> = message["attachments"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let mut kept: Vec<Value> = match body["attachments"].as_array() {
            Some(listed) => old
                .into_iter()
                .filter(|a| {
                    listed
                        .iter()
                        .any(|l| parse_id(&l["id"]) == parse_id(&a["id"]))
                })
                .collect(),
            None => old,
        };
        let new_files = self.attachments_json(channel, &json!({}), files);
        kept.extend(new_files);
        message["attachments"] = json!(kept);
        message["edited_timestamp"] = json!(now());
    }

    fn interaction_callback(&mut self, interaction: &str, token: &str, req: &Req) -> Reply {
        let Some(interaction) = interaction
            .parse::<u64>()
            .ok()
            .filter(|i| self.interactions.get(i).is_some_and(|s| s.token == token))
        else {
            return Reply::error(404, 10062, "Unknown interaction");
        };
        let (kind, guild, channel, user, source, created, acknowledged) = {
            let i = &self.interactions[&interaction];
            (
                i.kind,
                i.guild_id,
                i.channel_id,
                i.user_id,
                i.source_message,
                i.created,
                i.acknowledged,
            )
        };
        if acknowledged {
            return Reply::error(400, 40060, "Interaction has already been acknowledged.");
        }
        if self
            .callback_deadline
            .is_some_and(|d| created.elapsed() > d)
        {
            return Reply::error(404, 10062, "Unknown interaction");
        }
        let Some(callback_type) = req.body["type"].as_u64() else {
            return Reply::json(
                400,
                form_error("type", "BASE_TYPE_REQUIRED", "This field is required"),
            );
        };
        let data = req.body.get("data").cloned().unwrap_or(Value::Null);
        let by = InteractionRef {
            id: interaction,
            kind,
            user,
            source_message: source,
        };
        let mut modal = None;
        let original = match callback_type {
            4 => {
                if let Err(error) = validate_message(&data) {
                    return Reply::json(400, nest_error(error, "data"));
                }
                Some(self.new_message(channel, guild, &data, &req.files, Some(by)))
            }
            5 => {
                let flags = data["flags"].as_u64().unwrap_or(0) | LOADING;
                Some(self.new_message(channel, guild, &json!({"flags": flags}), &[], Some(by)))
            }
            6 | 7 => {
                let Some(source) = source.filter(|_| kind == 3 || kind == 5) else {
                    return Reply::json(
                        400,
                        form_error(
                            "type",
                            "INTERACTION_RESPONSE_TYPE_INVALID",
                            "Only component interactions can update their message",
                        ),
                    );
                };
                let Some(mut message) = self.stored_message(source) else {
                    return Reply::error(404, 10008, "Unknown Message");
                };
                if callback_type == 7 {
                    if let Err(error) = validate_message(&data) {
                        return Reply::json(400, nest_error(error, "data"));
                    }
                    self.merge_message(&mut message, &data, &req.files);
                    self.replace_message(&message);
                }
                Some(message)
            }
            8 => None,
            9 => {
                if kind == 5 {
                    return Reply::json(
                        400,
                        form_error(
                            "type",
                            "INTERACTION_RESPONSE_TYPE_INVALID",
                            "A modal cannot answer a modal submit",
                        ),
                    );
                }
                if let Err(error) = validate_modal(&data) {
                    return Reply::json(400, error);
                }
                modal = Some(data.clone());
                None
            }
            other => {
                return Reply::json(
                    400,
                    form_error(
                        "type",
                        "BASE_TYPE_CHOICES",
                        &format!("Value must be one of (1, 4, 5, 6, 7, 8, 9, 10, 12), got {other}"),
                    ),
                );
            }
        };
        let state = self
            .interactions
            .get_mut(&interaction)
            .expect("checked above");
        state.acknowledged = true;
        state.original = original.clone();
        if modal.is_some() {
            state.modal = modal;
        }
        state.responses.push(Response {
            kind: "callback",
            callback_type: Some(callback_type),
            data: data.clone(),
            files: req.files.clone(),
            message: original.clone(),
        });
        if req.query("with_response") == Some("true") {
            let flags = original
                .as_ref()
                .and_then(|m| m["flags"].as_u64())
                .unwrap_or(0);
            let mut body = json!({
                "interaction": {
                    "id": id(interaction),
                    "type": kind,
                    "activity_instance_id": null,
                    "response_message_id": original.as_ref().map_or(Value::Null, |m| m["id"].clone()),
                    "response_message_loading": flags & LOADING != 0,
                    "response_message_ephemeral": flags & EPHEMERAL != 0,
                },
            });
            if let Some(message) = original {
                body["resource"] = json!({"type": callback_type, "message": message});
            }
            return Reply::ok(body);
        }
        Reply::no_content()
    }

    /// Replaces a stored message (channel message or interaction response) by id.
    fn replace_message(&mut self, message: &Value) {
        let wanted = message["id"].clone();
        for stored in self.messages.values_mut().flatten() {
            if stored["id"] == wanted {
                *stored = message.clone();
            }
        }
        for i in self.interactions.values_mut() {
            for stored in i.original.iter_mut().chain(i.followups.iter_mut()) {
                if stored["id"] == wanted {
                    *stored = message.clone();
                }
            }
        }
    }

    fn followup(&mut self, token: &str, req: &Req) -> Reply {
        let Some(interaction) = self.tokens.get(token).copied() else {
            return Reply::error(404, 10015, "Unknown Webhook");
        };
        let (kind, guild, channel, user, source, acknowledged) = {
            let i = &self.interactions[&interaction];
            (
                i.kind,
                i.guild_id,
                i.channel_id,
                i.user_id,
                i.source_message,
                i.acknowledged,
            )
        };
        if !acknowledged {
            return Reply::error(404, 10015, "Unknown Webhook");
        }
        if let Err(error) = validate_message(&req.body) {
            return Reply::json(400, error);
        }
        let by = InteractionRef {
            id: interaction,
            kind,
            user,
            source_message: source,
        };
        let message = self.new_message(channel, guild, &req.body, &req.files, Some(by));
        let state = self
            .interactions
            .get_mut(&interaction)
            .expect("token maps to an interaction");
        state.followups.push(message.clone());
        state.responses.push(Response {
            kind: "followup",
            callback_type: None,
            data: req.body.clone(),
            files: req.files.clone(),
            message: Some(message.clone()),
        });
        Reply::ok(message)
    }

    fn webhook_message(&mut self, token: &str, message: &str, req: &Req) -> Reply {
        let Some(interaction) = self.tokens.get(token).copied() else {
            return Reply::error(404, 10015, "Unknown Webhook");
        };
        let state = &self.interactions[&interaction];
        let stored = if message == "@original" {
            state.original.clone()
        } else {
            let wanted = message.parse::<u64>().ok().map(id);
            state
                .original
                .iter()
                .chain(state.followups.iter())
                .find(|m| Some(&m["id"]) == wanted.as_ref())
                .cloned()
        };
        let Some(mut stored) = stored else {
            return Reply::error(404, 10008, "Unknown Message");
        };
        match req.method.as_str() {
            "GET" => Reply::ok(stored),
            "DELETE" => {
                let state = self
                    .interactions
                    .get_mut(&interaction)
                    .expect("token maps to an interaction");
                if message == "@original" {
                    state.original = None;
                } else {
                    state.followups.retain(|m| m["id"] != stored["id"]);
                }
                state.responses.push(Response {
                    kind: "delete",
                    callback_type: None,
                    data: Value::Null,
                    files: Vec::new(),
                    message: Some(stored),
                });
                Reply::no_content()
            }
            _ => {
                if let Err(error) = validate_message(&req.body) {
                    return Reply::json(400, error);
                }
                self.merge_message(&mut stored, &req.body, &req.files);
                if let Some(flags) = stored["flags"].as_u64() {
                    stored["flags"] = json!(flags & !LOADING);
                }
                self.replace_message(&stored);
                let state = self
                    .interactions
                    .get_mut(&interaction)
                    .expect("token maps to an interaction");
                state.responses.push(Response {
                    kind: "edit",
                    callback_type: None,
                    data: req.body.clone(),
                    files: req.files.clone(),
                    message: Some(stored.clone()),
                });
                Reply::ok(stored)
            }
        }
    }
}

#[derive(Clone, Copy)]
struct InteractionRef {
    id: u64,
    kind: u64,
    user: u64,
    source_message: Option<u64>,
}

enum Place {
    Guild { guild: u64, channel: FakeChannel },
    Dm { channel: u64 },
}

enum ChannelPlace {
    Guild { guild: u64, channel: FakeChannel },
    Dm { user: u64 },
}

#[derive(Default)]
struct Resolved {
    users: Map<String, Value>,
    members: Map<String, Value>,
    roles: Map<String, Value>,
    channels: Map<String, Value>,
}

impl Resolved {
    fn into_json(self) -> Option<Value> {
        let mut out = Map::new();
        for (key, map) in [
            ("users", self.users),
            ("members", self.members),
            ("roles", self.roles),
            ("channels", self.channels),
        ] {
            if !map.is_empty() {
                out.insert(key.into(), Value::Object(map));
            }
        }
        (!out.is_empty()).then_some(Value::Object(out))
    }
}

fn normalize_embed(embed: &Value) -> Value {
    let mut embed = embed.clone();
    if embed.get("type").is_none_or(Value::is_null) {
        embed["type"] = json!("rich");
    }
    for key in ["image", "thumbnail"] {
        if let Some(url) = embed[key]["url"].as_str().map(str::to_owned) {
            embed[key]["proxy_url"] = json!(url);
        }
    }
    embed
}

fn find_component(message: &Value, custom_id: &str) -> Option<Value> {
    fn walk(components: &Value, custom_id: &str) -> Option<Value> {
        for component in components.as_array()? {
            if component["custom_id"] == custom_id {
                return Some(component.clone());
            }
            if let Some(found) = walk(&component["components"], custom_id) {
                return Some(found);
            }
        }
        None
    }
    walk(&message["components"], custom_id)
}

fn merge_into(target: &mut Value, extra: Value) {
    if let (Some(target), Value::Object(extra)) = (target.as_object_mut(), extra) {
        target.extend(extra);
    }
}

/// Moves an error's `errors` under `key` (callback bodies nest the message under `data`).
fn nest_error(mut error: Value, key: &str) -> Value {
    let mut level = Map::new();
    level.insert(key.to_owned(), error["errors"].take());
    error["errors"] = Value::Object(level);
    error
}

fn too_long(value: &Value, max: usize) -> bool {
    value.as_str().is_some_and(|s| s.chars().count() > max)
}

/// Discord's limits on a message body (create, edit, interaction response, follow-up).
fn validate_message(body: &Value) -> Result<(), Value> {
    if too_long(&body["content"], 2000) {
        return Err(form_error(
            "content",
            "BASE_TYPE_MAX_LENGTH",
            "Must be 2000 or fewer in length.",
        ));
    }
    let embeds = body["embeds"].as_array().map_or(0, Vec::len);
    if embeds > 10 {
        return Err(form_error(
            "embeds",
            "BASE_TYPE_MAX_LENGTH",
            "Must be 10 or fewer in length.",
        ));
    }
    if let Some(embeds) = body["embeds"].as_array() {
        for (i, embed) in embeds.iter().enumerate() {
            if too_long(&embed["title"], 256) {
                return Err(form_error(
                    &format!("embeds.{i}.title"),
                    "BASE_TYPE_MAX_LENGTH",
                    "Must be 256 or fewer in length.",
                ));
            }
            if too_long(&embed["description"], 4096) {
                return Err(form_error(
                    &format!("embeds.{i}.description"),
                    "BASE_TYPE_MAX_LENGTH",
                    "Must be 4096 or fewer in length.",
                ));
            }
        }
    }
    if let Some(rows) = body["components"].as_array() {
        if rows.len() > 5 {
            return Err(form_error(
                "components",
                "BASE_TYPE_MAX_LENGTH",
                "Must be 5 or fewer in length.",
            ));
        }
        for (r, row) in rows.iter().enumerate() {
            let children = row["components"].as_array().cloned().unwrap_or_default();
            if row["type"].as_u64() == Some(1) && (children.is_empty() || children.len() > 5) {
                return Err(form_error(
                    &format!("components.{r}.components"),
                    "BASE_TYPE_BAD_LENGTH",
                    "Must be between 1 and 5 in length.",
                ));
            }
            for (c, child) in children.iter().enumerate() {
                if too_long(&child["custom_id"], 100) {
                    return Err(form_error(
                        &format!("components.{r}.components.{c}.custom_id"),
                        "BASE_TYPE_MAX_LENGTH",
                        "Must be 100 or fewer in length.",
                    ));
                }
                if too_long(&child["label"], 80) {
                    return Err(form_error(
                        &format!("components.{r}.components.{c}.label"),
                        "BASE_TYPE_MAX_LENGTH",
                        "Must be 80 or fewer in length.",
                    ));
                }
                if child["type"].as_u64() == Some(2)
                    && child["style"].as_u64() != Some(5)
                    && child["custom_id"].is_null()
                {
                    return Err(form_error(
                        &format!("components.{r}.components.{c}.custom_id"),
                        "BASE_TYPE_REQUIRED",
                        "This field is required",
                    ));
                }
            }
        }
    }
    Ok(())
}

/// Discord's limits on a modal: title <= 45, 1-5 rows of one text input each, labels <= 45.
fn validate_modal(data: &Value) -> Result<(), Value> {
    if data["custom_id"].as_str().is_none_or(str::is_empty) || too_long(&data["custom_id"], 100) {
        return Err(form_error(
            "data.custom_id",
            "BASE_TYPE_BAD_LENGTH",
            "Must be between 1 and 100 in length.",
        ));
    }
    if data["title"].as_str().is_none_or(str::is_empty) || too_long(&data["title"], 45) {
        return Err(form_error(
            "data.title",
            "BASE_TYPE_BAD_LENGTH",
            "Must be between 1 and 45 in length.",
        ));
    }
    let rows = data["components"].as_array().cloned().unwrap_or_default();
    if rows.is_empty() || rows.len() > 5 {
        return Err(form_error(
            "data.components",
            "BASE_TYPE_BAD_LENGTH",
            "Must be between 1 and 5 in length.",
        ));
    }
    for (r, row) in rows.iter().enumerate() {
        let children = row["components"].as_array().cloned().unwrap_or_default();
        if children.len() != 1 || children[0]["type"].as_u64() != Some(4) {
            return Err(form_error(
                &format!("data.components.{r}.components"),
                "BASE_TYPE_BAD_LENGTH",
                "A modal row holds exactly one text input.",
            ));
        }
        if too_long(&children[0]["label"], 45) {
            return Err(form_error(
                &format!("data.components.{r}.components.0.label"),
                "BASE_TYPE_MAX_LENGTH",
                "Must be 45 or fewer in length.",
            ));
        }
    }
    Ok(())
}

/// Discord's limits on a command: name 1-32 lowercase, description 1-100 (slash commands), <= 25 options.
fn validate_command(command: &Value) -> Result<(), (String, String)> {
    let slash = command["type"].as_u64().unwrap_or(1) == 1;
    fn check_options(options: &Value, path: &str) -> Result<(), (String, String)> {
        let Some(list) = options.as_array() else {
            return Ok(());
        };
        if list.len() > 25 {
            return Err((path.into(), "Must be 25 or fewer in length.".into()));
        }
        for (i, option) in list.iter().enumerate() {
            let name = option["name"].as_str().unwrap_or_default();
            if name.is_empty()
                || name.chars().count() > 32
                || name.chars().any(|c| c.is_uppercase() || c.is_whitespace())
            {
                return Err((
                    format!("{path}.{i}.name"),
                    format!("Invalid option name {name:?}"),
                ));
            }
            let description = option["description"].as_str().unwrap_or_default();
            if description.is_empty() || description.chars().count() > 100 {
                return Err((
                    format!("{path}.{i}.description"),
                    "Must be between 1 and 100 in length.".into(),
                ));
            }
            check_options(&option["options"], &format!("{path}.{i}.options"))?;
        }
        Ok(())
    }
    let name = command["name"].as_str().unwrap_or_default();
    if name.is_empty()
        || name.chars().count() > 32
        || (slash && name.chars().any(|c| c.is_uppercase() || c.is_whitespace()))
    {
        return Err(("name".into(), format!("Invalid command name {name:?}")));
    }
    if slash {
        let description = command["description"].as_str().unwrap_or_default();
        if description.is_empty() || description.chars().count() > 100 {
            return Err((
                "description".into(),
                "Must be between 1 and 100 in length.".into(),
            ));
        }
    }
    check_options(&command["options"], "options")
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
            && let Ok(byte) = u8::from_str_radix(hex, 16)
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

// ---------------------------------------------------------------------------------------------
// Gateway server

async fn accept_gateway(shared: Arc<Shared>, listener: TcpListener) {
    while let Ok((stream, _)) = listener.accept().await {
        tokio::spawn(serve_gateway(shared.clone(), stream));
    }
}

async fn serve_gateway(shared: Arc<Shared>, stream: TcpStream) {
    let Ok(ws) = tokio_tungstenite::accept_async(stream).await else {
        return;
    };
    let (mut sink, mut source) = ws.split();
    let (tx, mut rx) = mpsc::unbounded_channel::<WsMessage>();
    let conn = {
        let mut state = shared.lock();
        state.connections += 1;
        let conn = state.connections;
        state.send_frame(&tx, json!({"op": 10, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS}, "s": null, "t": null}));
        conn
    };
    shared.changed();
    loop {
        tokio::select! {
            outgoing = rx.recv() => {
                let Some(message) = outgoing else { break };
                let closing = matches!(message, WsMessage::Close(_));
                if sink.send(message).await.is_err() {
                    break;
                }
                if closing {
                    // Complete the closing handshake: wait for the client's Close reply.
                    let reply = async {
                        while let Some(Ok(message)) = source.next().await {
                            if message.is_close() {
                                break;
                            }
                        }
                    };
                    let _ = tokio::time::timeout(Duration::from_secs(2), reply).await;
                    break;
                }
            }
            incoming = source.next() => match incoming {
                Some(Ok(WsMessage::Text(text))) => {
                    if let Ok(frame) = serde_json::from_str::<Value>(&text) {
                        shared.lock().on_gateway_frame(conn, &tx, frame);
                        shared.changed();
                    }
                }
                Some(Ok(WsMessage::Close(_))) => {
                    // tungstenite queued the Close reply; flush it so the client sees a clean close.
                    let _ = sink.flush().await;
                    break;
                }
                Some(Err(_)) | None => break,
                Some(Ok(_)) => {}
            },
        }
    }
    let mut state = shared.lock();
    if state.live.as_ref().is_some_and(|c| c.id == conn) {
        state.live = None;
    }
    drop(state);
    shared.changed();
}

// ---------------------------------------------------------------------------------------------
// HTTP/1.1 server

async fn accept_http(shared: Arc<Shared>, listener: TcpListener) {
    while let Ok((stream, _)) = listener.accept().await {
        shared.lock().http_connections += 1;
        let shared = shared.clone();
        tokio::spawn(async move {
            let _ = serve_http(shared, stream).await;
        });
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Reads until `buf` holds at least `len` bytes; false on EOF.
async fn fill(stream: &mut TcpStream, buf: &mut Vec<u8>, len: usize) -> std::io::Result<bool> {
    let mut chunk = [0u8; 16 * 1024];
    while buf.len() < len {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(false);
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    Ok(true)
}

/// Reads until `buf` contains `needle`; returns its position, or None on EOF.
async fn fill_until(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
    needle: &[u8],
) -> std::io::Result<Option<usize>> {
    loop {
        if let Some(pos) = find(buf, needle) {
            return Ok(Some(pos));
        }
        let wanted = buf.len() + 1;
        if !fill(stream, buf, wanted).await? {
            return Ok(None);
        }
    }
}

async fn read_chunked(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
) -> std::io::Result<Option<Vec<u8>>> {
    let mut body = Vec::new();
    loop {
        let Some(line_end) = fill_until(stream, buf, b"\r\n").await? else {
            return Ok(None);
        };
        let line = String::from_utf8_lossy(&buf[..line_end]).into_owned();
        buf.drain(..line_end + 2);
        let size =
            usize::from_str_radix(line.split(';').next().unwrap_or("0").trim(), 16).unwrap_or(0);
        if size == 0 {
            // Trailers end with an empty line.
            loop {
                let Some(end) = fill_until(stream, buf, b"\r\n").await? else {
                    return Ok(None);
                };
                buf.drain(..end + 2);
                if end == 0 {
                    return Ok(Some(body));
                }
            }
        }
        if !fill(stream, buf, size + 2).await? {
            return Ok(None);
        }
        body.extend_from_slice(&buf[..size]);
        buf.drain(..size + 2);
    }
}

async fn serve_http(shared: Arc<Shared>, mut stream: TcpStream) -> std::io::Result<()> {
    let mut buf = Vec::new();
    loop {
        let Some(head_end) = fill_until(&mut stream, &mut buf, b"\r\n\r\n").await? else {
            return Ok(());
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
        buf.drain(..head_end + 4);
        let mut lines = head.split("\r\n");
        let request_line = lines.next().unwrap_or_default();
        let mut parts = request_line.split_whitespace();
        let method = parts.next().unwrap_or_default().to_ascii_uppercase();
        let target = parts.next().unwrap_or("/").to_owned();
        let version = parts.next().unwrap_or("HTTP/1.1").to_owned();
        let mut headers = HashMap::new();
        for line in lines {
            if let Some((name, value)) = line.split_once(':') {
                headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_owned());
            }
        }
        if headers
            .get("expect")
            .is_some_and(|e| e.eq_ignore_ascii_case("100-continue"))
        {
            stream.write_all(b"HTTP/1.1 100 Continue\r\n\r\n").await?;
        }
        let body = if headers
            .get("transfer-encoding")
            .is_some_and(|t| t.to_ascii_lowercase().contains("chunked"))
        {
            match read_chunked(&mut stream, &mut buf).await? {
                Some(body) => body,
                None => return Ok(()),
            }
        } else {
            let length = headers
                .get("content-length")
                .and_then(|l| l.parse::<usize>().ok())
                .unwrap_or(0);
            if !fill(&mut stream, &mut buf, length).await? {
                return Ok(());
            }
            buf.drain(..length).collect()
        };
        let close = headers
            .get("connection")
            .is_some_and(|c| c.eq_ignore_ascii_case("close"))
            || version == "HTTP/1.0";
        let request = parse_request(method, &target, headers, body);
        let reply = shared.lock().handle(request);
        shared.changed();
        let mut out = format!("HTTP/1.1 {} {}\r\n", reply.status, reason(reply.status));
        for (name, value) in &reply.headers {
            let _ = write!(out, "{name}: {value}\r\n");
        }
        let body = reply.body.map(|b| b.to_string()).unwrap_or_default();
        if reply.status != 204 {
            let _ = write!(
                out,
                "Content-Type: application/json\r\nContent-Length: {}\r\n",
                body.len()
            );
        }
        if close {
            out.push_str("Connection: close\r\n");
        }
        out.push_str("\r\n");
        out.push_str(&body);
        stream.write_all(out.as_bytes()).await?;
        stream.flush().await?;
        if close {
            return Ok(());
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

/// Splits the target, strips `/api/v10` and decodes the body (JSON or multipart). Requests outside
/// `/api/v10` are recorded with their full path (and get a 404).
fn parse_request(
    method: String,
    target: &str,
    headers: HashMap<String, String>,
    raw_body: Vec<u8>,
) -> Req {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let path = path.strip_prefix(API_PREFIX).map_or_else(
        || path.to_owned(),
        |p| {
            if p.is_empty() {
                "/".to_owned()
            } else {
                p.to_owned()
            }
        },
    );
    let query: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect();
    let content_type = headers.get("content-type").cloned().unwrap_or_default();
    let mut body = Value::Null;
    let mut files = Vec::new();
    let mut fields = Vec::new();
    if let Some(boundary) = content_type
        .to_ascii_lowercase()
        .starts_with("multipart/form-data")
        .then(|| boundary_of(&content_type))
        .flatten()
    {
        for part in parse_multipart(&raw_body, &boundary) {
            match (part.name.as_str(), part.filename) {
                (_, Some(filename)) => files.push((filename, part.data)),
                ("payload_json", None) => {
                    body = serde_json::from_slice(&part.data).unwrap_or(Value::Null)
                }
                (name, None) => fields.push((
                    name.to_owned(),
                    String::from_utf8_lossy(&part.data).into_owned(),
                )),
            }
        }
    } else if !raw_body.is_empty() {
        body = serde_json::from_slice(&raw_body)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&raw_body).into_owned()));
    }
    Req {
        method,
        path,
        query,
        headers,
        body,
        files,
        fields,
        raw_body,
    }
}

fn boundary_of(content_type: &str) -> Option<String> {
    content_type.split(';').find_map(|p| {
        let (key, value) = p.trim().split_once('=')?;
        key.eq_ignore_ascii_case("boundary")
            .then(|| value.trim_matches('"').to_owned())
    })
}

struct Part {
    name: String,
    filename: Option<String>,
    data: Vec<u8>,
}

fn parse_multipart(body: &[u8], boundary: &str) -> Vec<Part> {
    let delimiter = format!("--{boundary}").into_bytes();
    let next_delimiter = [b"\r\n".as_slice(), &delimiter].concat();
    let mut parts = Vec::new();
    let Some(start) = find(body, &delimiter) else {
        return parts;
    };
    let mut pos = start + delimiter.len();
    loop {
        if body[pos..].starts_with(b"--") {
            break;
        }
        if body[pos..].starts_with(b"\r\n") {
            pos += 2;
        }
        let Some(end) = find(&body[pos..], &next_delimiter).map(|e| pos + e) else {
            break;
        };
        let part = &body[pos..end];
        pos = end + next_delimiter.len();
        let Some(split) = find(part, b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&part[..split]).into_owned();
        let data = part[split + 4..].to_vec();
        let mut name = String::new();
        let mut filename = None;
        for line in head.split("\r\n") {
            let Some((header, value)) = line.split_once(':') else {
                continue;
            };
            if !header.trim().eq_ignore_ascii_case("content-disposition") {
                continue;
            }
            for param in value.split(';').skip(1) {
                let Some((key, value)) = param.trim().split_once('=') else {
                    continue;
                };
                let value = value.trim().trim_matches('"').to_owned();
                match key.trim().to_ascii_lowercase().as_str() {
                    "name" => name = value,
                    "filename" => filename = Some(value),
                    _ => {}
                }
            }
        }
        parts.push(Part {
            name,
            filename,
            data,
        });
    }
    parts
}
