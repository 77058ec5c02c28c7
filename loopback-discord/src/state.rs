use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::time::Duration;

use serde_json::Value;
use tokio::sync::mpsc;
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message as WsMessage;

use crate::fixtures::{
    FakeChannel, FakeGuild, FakeRole, FakeUser, Recorded, Response, ResumePolicy,
};
use crate::payloads::discord_error;
use crate::{ADMINISTRATOR, EVERYONE_DEFAULT};

// ---------------------------------------------------------------------------------------------
// State

pub(crate) struct GuildState {
    pub(crate) guild: FakeGuild,
    pub(crate) members: BTreeMap<u64, FakeUser>,
    pub(crate) channels: Vec<FakeChannel>,
}

impl GuildState {
    pub(crate) fn role(&self, role: u64) -> Option<&FakeRole> {
        self.guild.roles.iter().find(|r| r.id == role)
    }

    pub(crate) fn everyone(&self) -> u64 {
        self.role(self.guild.id)
            .map_or(EVERYONE_DEFAULT, |r| r.permissions)
    }
}

pub(crate) struct InteractionState {
    pub(crate) token: String,
    pub(crate) kind: u64,
    pub(crate) guild_id: Option<u64>,
    pub(crate) channel_id: u64,
    pub(crate) user_id: u64,
    /// The message a component interaction came from (id).
    pub(crate) source_message: Option<u64>,
    pub(crate) created: Instant,
    pub(crate) acknowledged: bool,
    pub(crate) responses: Vec<Response>,
    pub(crate) original: Option<Value>,
    pub(crate) followups: Vec<Value>,
    /// The modal the bot opened in answer (callback type 9 data).
    pub(crate) modal: Option<Value>,
}

pub(crate) struct Failure {
    pub(crate) method: String,
    pub(crate) path_contains: String,
    pub(crate) status: u16,
    pub(crate) body: Value,
    pub(crate) remaining: usize,
}

pub(crate) struct Conn {
    pub(crate) id: usize,
    pub(crate) tx: mpsc::UnboundedSender<WsMessage>,
}

/// One shard's gateway session: its live connection (if any), its id for RESUME, its sequence.
#[derive(Default)]
pub(crate) struct Session {
    pub(crate) conn: Option<Conn>,
    pub(crate) session_id: Option<String>,
    pub(crate) seq: u64,
}

/// What `GET /gateway/bot` recommends and allows, and what Discord enforces on IDENTIFY.
pub(crate) struct Sharding {
    /// The shard count `GET /gateway/bot` recommends.
    pub(crate) recommended: u32,
    /// The shard count the sessions identified with (the last IDENTIFY's).
    pub(crate) total: u32,
    /// Servers one shard may hold (Discord: 2,500); more closes an IDENTIFY with 4011.
    pub(crate) max_guilds_per_shard: usize,
    /// IDENTIFYs left in the session start limit (Discord: 1,000 a day).
    pub(crate) starts_remaining: u64,
    /// IDENTIFYs that may start together (`max_concurrency`).
    pub(crate) max_concurrency: u64,
    /// Each IDENTIFY answered, as `[shard, total]`, in order.
    pub(crate) identified: Vec<[u32; 2]>,
}

impl Default for Sharding {
    fn default() -> Self {
        Self {
            recommended: 1,
            total: 1,
            max_guilds_per_shard: 2_500,
            starts_remaining: 1_000,
            max_concurrency: 1,
            identified: Vec::new(),
        }
    }
}

/// See [`State::message_homes`].
#[derive(Default)]
pub(crate) struct MessageHomes {
    pub(crate) channel: Option<u64>,
    pub(crate) interactions: Vec<u64>,
}

pub(crate) struct State {
    pub(crate) api_url: String,
    pub(crate) gateway_url: String,
    pub(crate) guilds: BTreeMap<u64, GuildState>,
    pub(crate) bot_roles: HashMap<u64, Vec<u64>>,
    pub(crate) users: HashMap<u64, FakeUser>,
    pub(crate) global_commands: Vec<Value>,
    pub(crate) guild_commands: HashMap<u64, Vec<Value>>,
    pub(crate) last_commands_put: Value,
    pub(crate) commands_put: usize,
    pub(crate) requests: Vec<Recorded>,
    pub(crate) interactions: BTreeMap<u64, InteractionState>,
    pub(crate) tokens: HashMap<String, u64>,
    pub(crate) messages: BTreeMap<u64, Vec<Value>>,
    /// Where each message is stored, so that finding one by id does not read every message:
    /// the channel of a channel message, and the interactions holding a copy of a response
    /// (its own, and those whose update-message callback took it as their original).
    pub(crate) message_homes: HashMap<u64, MessageHomes>,
    /// The latest interaction that each user's modal (by its `custom_id`) answered, so that a
    /// modal submission does not read every interaction to find the modal it fills in.
    pub(crate) modal_openers: HashMap<(u64, String), u64>,
    /// user -> DM channel
    pub(crate) dm_channels: BTreeMap<u64, u64>,
    pub(crate) failures: Vec<Failure>,
    pub(crate) next_id: u64,
    pub(crate) connections: usize,
    pub(crate) http_connections: usize,
    pub(crate) intents: u64,
    /// Each shard's session, by shard id.
    pub(crate) shards: BTreeMap<u32, Session>,
    pub(crate) sharding: Sharding,
    pub(crate) sessions: u64,
    pub(crate) readies: usize,
    pub(crate) resume_policy: ResumePolicy,
    pub(crate) callback_deadline: Option<Duration>,
    /// What HELLO announces.
    pub(crate) heartbeat_interval: Duration,
    /// Discord's rate limits, when a test turns them on.
    pub(crate) rate_limiter: crate::ratelimits::Limiter,
    pub(crate) allow_hidden_commands: bool,
    pub(crate) sent_frames: Vec<Value>,
    pub(crate) received_frames: Vec<Value>,
    /// Whether the account that owns the application has 2FA.
    pub(crate) owner_2fa: bool,
    /// IDENTIFYs refused with close code 4014.
    pub(crate) refused_identifies: usize,
    /// The application's flags (`GATEWAY_GUILD_MEMBERS` 1 << 14, `..._LIMITED` 1 << 15).
    pub(crate) application_flags: u64,
    /// Requests held until a test releases them: (method, path fragment, released).
    pub(crate) holds: Vec<crate::Hold>,
    /// How far the fake's clock for interaction tokens is ahead of real time.
    pub(crate) clock_ahead: Duration,
    /// What benchmarks read from a `Mark`: answer times, first callbacks, heartbeats, sessions.
    pub(crate) metrics: crate::metrics::Metrics,
    /// OAuth2: the browser's account, each account's 2FA, codes, tokens, role connections.
    pub(crate) oauth: crate::oauth2::OAuth2,
}

pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) body: Option<Value>,
    pub(crate) headers: Vec<(String, String)>,
}

impl Reply {
    pub(crate) fn json(status: u16, body: Value) -> Self {
        Self {
            status,
            body: Some(body),
            headers: Vec::new(),
        }
    }

    pub(crate) fn ok(body: Value) -> Self {
        Self::json(200, body)
    }

    pub(crate) fn no_content() -> Self {
        Self {
            status: 204,
            body: None,
            headers: Vec::new(),
        }
    }

    pub(crate) fn error(status: u16, code: u64, message: &str) -> Self {
        Self::json(status, discord_error(code, message))
    }

    pub(crate) fn not_found() -> Self {
        Self::error(404, 0, "404: Not Found")
    }
}

pub(crate) struct Req {
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: HashMap<String, String>,
    pub(crate) body: Value,
    pub(crate) files: Vec<(String, Vec<u8>)>,
    pub(crate) fields: Vec<(String, String)>,
    pub(crate) raw_body: Vec<u8>,
}

impl Req {
    pub(crate) fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

impl State {
    pub(crate) fn new(api_url: String, gateway_url: String) -> Self {
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
            message_homes: HashMap::new(),
            modal_openers: HashMap::new(),
            dm_channels: BTreeMap::new(),
            failures: Vec::new(),
            next_id: 1_700_000_000_000_000_000,
            connections: 0,
            http_connections: 0,
            intents: 0,
            shards: BTreeMap::new(),
            sharding: Sharding::default(),
            sessions: 0,
            readies: 0,
            resume_policy: ResumePolicy::Resume,
            callback_deadline: Some(std::time::Duration::from_secs(3)),
            rate_limiter: crate::ratelimits::Limiter::default(),
            heartbeat_interval: Duration::from_millis(crate::HEARTBEAT_INTERVAL_MS),
            allow_hidden_commands: false,
            sent_frames: Vec::new(),
            received_frames: Vec::new(),
            owner_2fa: true,
            refused_identifies: 0,
            application_flags: 0,
            holds: Vec::new(),
            clock_ahead: Duration::ZERO,
            metrics: crate::metrics::Metrics::default(),
            oauth: crate::oauth2::OAuth2::default(),
        }
    }

    pub(crate) fn alloc_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    pub(crate) fn add_guild(&mut self, mut guild: FakeGuild) {
        if !guild.roles.iter().any(|r| r.id == guild.id) {
            guild.roles.insert(
                0,
                FakeRole::new(guild.id, "@everyone", 0).with_permissions(EVERYONE_DEFAULT),
            );
        }
        let channels = vec![FakeChannel::text(guild.id, "general")];
        self.guilds.insert(
            guild.id,
            GuildState {
                guild,
                members: BTreeMap::new(),
                channels,
            },
        );
    }

    pub(crate) fn add_member(&mut self, guild: u64, user: FakeUser) -> Result<(), String> {
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

    pub(crate) fn bot_permissions(&self, guild: u64) -> u64 {
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

    pub(crate) fn bot_top_position(&self, guild: u64) -> i64 {
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

    /// The shard that gets `guild`'s events (`(guild_id >> 22) % total`); DMs go to shard 0.
    pub(crate) fn shard_of(&self, guild: Option<u64>) -> u32 {
        let total = u64::from(self.sharding.total.max(1));
        guild.map_or(0, |g| u32::try_from((g >> 22) % total).unwrap_or(0))
    }

    /// The live connection that gets `guild`'s events.
    pub(crate) fn live_for(&self, guild: Option<u64>) -> Option<&Conn> {
        self.shards.get(&self.shard_of(guild))?.conn.as_ref()
    }

    /// Whether any shard has a live session.
    pub(crate) fn any_live(&self) -> bool {
        self.shards.values().any(|s| s.conn.is_some())
    }

    pub(crate) fn summary(&self) -> String {
        let live: Vec<u32> = self
            .shards
            .iter()
            .filter(|(_, s)| s.conn.is_some())
            .map(|(id, _)| *id)
            .collect();
        let mut out = format!(
            "gateway: {} connection(s), live shards {live:?} of {}, READY sent {} time(s), commands PUT {} time(s)\nlast requests:\n",
            self.connections, self.sharding.total, self.readies, self.commands_put
        );
        for r in self.requests.iter().rev().take(25).rev() {
            let body = r.body.to_string();
            let body: String = body.chars().take(300).collect();
            let _ = writeln!(out, "  {} {} -> {} {}", r.method, r.path, r.status, body);
        }
        out
    }
}
