//! The `World` harness of the end-to-end tests: a loopback Discord, a database and a gate, and
//! the real bot running against them, with the fixtures (servers, roles, members) every test
//! shares and helpers that read what the bot answered.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use keygate::discord::custom_id::{CodeForm, CustomId};
use keygate::discord::worker::Pacing;
use keygate::discord::{BotSettings, RunningBot};
use keygate::gate::hashing::{Hasher, PoolShape, Priority};
use keygate::gate::sealing::{Keyring, MasterKey};
use keygate::gate::totp::{self, TotpSecret};
use keygate::gate::{Clock, Gate, OffsetClock, OsEntropy};
use loopback_discord::{
    self as discord, FakeChannel, FakeDiscord, FakeGuild, FakeRole, FakeUser, Interaction,
    Response, callback,
};
use serde_json::{Value, json};

use discord::{MANAGE_GUILD, MANAGE_ROLES};

pub const WAIT: Duration = Duration::from_secs(15);
pub const GUILD: u64 = 900_000_000_000_000_001;
pub const OTHER_GUILD: u64 = 900_000_000_000_000_002;
pub const ROLE: u64 = 910_000_000_000_000_001;
pub const HIGH_ROLE: u64 = 910_000_000_000_000_002;
pub const BOT_ROLE: u64 = 910_000_000_000_000_003;
pub const MANAGED_ROLE: u64 = 910_000_000_000_000_004;
pub const MOD_ROLE: u64 = 910_000_000_000_000_005;
/// A role without permissions that a timed gate can require (`eligible`).
pub const STAFF_ROLE: u64 = 910_000_000_000_000_006;
/// Moderator powers (Ban and Kick Members): only behind `eligible`.
pub const ACTIVE_ROLE: u64 = 910_000_000_000_000_007;
/// A role without permissions of its own that a channel overwrite makes dangerous.
pub const HELPER_ROLE: u64 = 910_000_000_000_000_008;
// Channels of GUILD; OTHER_GUILD's are the same plus 10.
pub const LOG: u64 = 920_000_000_000_000_001;
pub const CHANNEL: u64 = 921_000_000_000_000_001;
/// A channel where HELPER_ROLE may manage messages.
pub const HELPERS_CHANNEL: u64 = 922_000_000_000_000_001;
pub const MEMBER: u64 = 930_000_000_000_000_001;
pub const SECOND_MEMBER: u64 = 930_000_000_000_000_002;
pub const QUIET_MEMBER: u64 = 930_000_000_000_000_003;
pub const MODERATOR: u64 = 930_000_000_000_000_099;

pub fn guild(id: u64, name: &str) -> FakeGuild {
    FakeGuild::new(id, name, MODERATOR)
        .with_role(FakeRole::new(ROLE, "Verified", 1))
        .with_role(FakeRole::new(MANAGED_ROLE, "Some Bot", 2).managed())
        .with_role(
            FakeRole::new(BOT_ROLE, "Keygate", 3)
                .with_permissions(MANAGE_ROLES)
                .managed(),
        )
        .with_role(FakeRole::new(HIGH_ROLE, "Admins", 4).with_permissions(discord::ADMINISTRATOR))
        .with_role(
            FakeRole::new(MOD_ROLE, "Moderators", 5).with_permissions(MANAGE_GUILD | MANAGE_ROLES),
        )
        .with_role(FakeRole::new(STAFF_ROLE, "Staff", 1))
        .with_role(
            FakeRole::new(ACTIVE_ROLE, "Staff (active)", 2)
                .with_permissions(discord::BAN_MEMBERS | discord::KICK_MEMBERS),
        )
        .with_role(FakeRole::new(HELPER_ROLE, "Helpers", 1))
}

pub fn user(id: u64, name: &str, moderator: bool, dms_open: bool) -> FakeUser {
    let mut user = FakeUser::new(id, name);
    if moderator {
        user = user
            .with_permissions(discord::EVERYONE_DEFAULT | MANAGE_GUILD | MANAGE_ROLES)
            .with_roles(&[MOD_ROLE]);
    }
    if !dms_open {
        user = user.dms_closed();
    }
    user
}

/// A loopback Discord, a database and a gate, and the bot running against them.
pub struct World {
    pub fake: FakeDiscord,
    pub db: super::TestDb,
    pub keyring: Keyring,
    pub clock: Arc<OffsetClock>,
    pub bot: Option<RunningBot>,
    pub dev_guild: Option<u64>,
    /// `KEYGATE_MEMBERS_INTENT`: unset (`None`) asks the fake's application flags.
    pub members_intent: Option<bool>,
    /// Refusals in ten minutes past which calls pause.
    pub refusal_limits: keygate::discord::budget::Limits,
    /// `KEYGATE_SHARDS` / `KEYGATE_SHARD_IDS`.
    pub shards: keygate::config::Shards,
    /// Whether the bot runs its web server (on a free loopback port, with the fake's OAuth2).
    pub web: bool,
}

impl World {
    pub async fn new() -> Self {
        Self::with_db(Self::fake().await, super::TestDb::sqlite().await).await
    }

    pub async fn fake() -> FakeDiscord {
        // The bot's own logs, when a test fails (RUST_LOG=keygate=debug for more).
        let _ = tracing_subscriber::fmt()
            .with_env_filter(
                tracing_subscriber::EnvFilter::try_from_default_env()
                    .unwrap_or_else(|_| "warn".into()),
            )
            .with_test_writer()
            .try_init();
        let fake = FakeDiscord::start(
            vec![
                guild(GUILD, "Keygate Test Server"),
                guild(OTHER_GUILD, "Other Server"),
            ],
            HashMap::from([(GUILD, vec![BOT_ROLE]), (OTHER_GUILD, vec![BOT_ROLE])]),
        )
        .await;
        for g in [GUILD, OTHER_GUILD] {
            fake.add_user(g, user(MEMBER, "ferris", false, true));
            fake.add_user(g, user(SECOND_MEMBER, "corro", false, true));
            fake.add_user(g, user(QUIET_MEMBER, "quiet", false, false));
            fake.add_user(g, user(MODERATOR, "moderator", true, true));
            fake.add_channel(g, FakeChannel::text(LOG + (g - GUILD) * 10, "keygate-log"));
            fake.add_channel(g, FakeChannel::text(CHANNEL + (g - GUILD) * 10, "verify"));
            fake.add_channel(
                g,
                FakeChannel::text(HELPERS_CHANNEL + (g - GUILD) * 10, "helpers")
                    .with_role_overwrite(HELPER_ROLE, discord::MANAGE_MESSAGES, 0),
            );
        }
        fake
    }

    pub async fn with_db(fake: FakeDiscord, db: super::TestDb) -> Self {
        let mut world = Self::without_bot(fake, db);
        world.start_bot().await;
        world
    }

    /// Moves the test clock to the next TOTP step, so the member's next code is a new one. Only a
    /// bot in this process reads that clock: `keygate` processes read the real one.
    pub fn next_step(&self) {
        if self.bot.is_some() {
            self.clock.advance(30);
        }
    }

    /// A loopback Discord and a database, with no bot in this process (the test runs `keygate`
    /// binaries against them).
    pub fn without_bot(fake: FakeDiscord, db: super::TestDb) -> Self {
        Self {
            fake,
            db,
            keyring: Keyring::new(MasterKey::generate(&OsEntropy), vec![]),
            clock: Arc::new(OffsetClock::default()),
            bot: None,
            dev_guild: None,
            members_intent: None,
            refusal_limits: keygate::discord::budget::Limits::default(),
            shards: keygate::config::Shards::default(),
            web: false,
        }
    }

    pub async fn start_bot(&mut self) {
        self.launch().await;
        self.fake.wait_ready().await;
    }

    /// Starts the bot and waits for its gateway session, not for its commands to be registered.
    pub async fn launch(&mut self) {
        let connections = self.fake.gateway_connections();
        self.bot = Some(self.start_only().await);
        self.fake.wait_connected().await;
        assert!(self.fake.gateway_connections() > connections);
    }

    /// Starts a bot process and returns it at once, connected or not.
    pub async fn start_only(&self) -> RunningBot {
        let store = self.db.store().await;
        let clock: Arc<dyn Clock> = self.clock.clone();
        let entropy = Arc::new(OsEntropy);
        let gate = Arc::new(Gate::new(
            store,
            self.keyring.clone(),
            Hasher::new(
                PoolShape {
                    threads: 2,
                    priority: Priority::Background,
                },
                entropy.clone(),
            ),
            clock.clone(),
            entropy,
        ));
        let settings = BotSettings {
            token: "loopback-token".into(),
            api_url: Some(self.fake.api_url()),
            gateway_url: Some(self.fake.gateway_url()),
            dev_guild: self.dev_guild.map(keygate::gate::GuildId::new),
            pacing: Pacing {
                retry_base: Duration::from_millis(100),
                retry_max: Duration::from_secs(1),
                poll: Duration::from_millis(200),
            },
            clock,
            members_intent: self.members_intent,
            refusal_limits: self.refusal_limits,
            shards: self.shards,
            role_rate: Some(keygate::discord::ratelimit::DEFAULT_PER_SECOND),
            // Passes a minute apart on the test clock, which tests advance.
            sweep_pacing: keygate::discord::reverify::SweepPacing {
                every_secs: 60,
                per_server: 10,
                tick: Duration::from_millis(50),
            },
            // A production-length window on the test clock, which tests advance past it.
            join_pacing: keygate::discord::join::JoinPacing {
                window_secs: 60,
                per_window: 3,
                tick: Duration::from_millis(50),
            },
            web: self.web.then(|| keygate::web::WebSettings {
                addr: "127.0.0.1:0".parse().expect("an address"),
                public_url: None,
                client_secret: Some(keygate::config::Secret::new(discord::CLIENT_SECRET)),
                authorize_url: self.fake.authorize_url(),
            }),
        };
        keygate::discord::start(settings, gate)
            .await
            .expect("bot starts")
    }

    /// A new bot process on the same database (the old one shut down cleanly first).
    pub async fn restart(&mut self) {
        if let Some(bot) = self.bot.take() {
            bot.shutdown().await;
        }
        self.start_bot().await;
    }

    pub async fn setup_gate(&self) {
        let i = self
            .fake
            .slash(
                GUILD,
                MODERATOR,
                "gate setup",
                json!({"role": ROLE.to_string(), "log_channel": LOG.to_string()}),
            )
            .await;
        let text = last_text(&self.fake.responses(&i, 2, WAIT).await);
        assert!(text.contains("Gate saved"), "{text}");
    }

    pub async fn responses(&self, i: &Interaction, at_least: usize) -> Vec<Response> {
        self.fake.responses(i, at_least, WAIT).await
    }

    /// Runs `/gate setup` as the moderator with `options`; the reply.
    pub async fn gate_setup(&self, options: Value) -> String {
        self.run_as(MODERATOR, "gate setup", options).await
    }

    /// Runs `command` in the test server as `user`; the reply.
    pub async fn run_as(&self, user: u64, command: &str, options: Value) -> String {
        let i = self.fake.slash(GUILD, user, command, options).await;
        self.answer(&i).await
    }

    /// The text of the answer to `i`: the first response, or the edit of its deferral.
    pub async fn answer(&self, i: &Interaction) -> String {
        let first = self.responses(i, 1).await;
        if first[0].callback_type == Some(callback::DEFERRED_CHANNEL_MESSAGE) {
            return last_text(&self.responses(i, 2).await);
        }
        last_text(&first)
    }

    /// Runs `/verify` as a new member and confirms with the code from the QR code. Returns the
    /// secret (as the member's phone holds it) and the backup codes shown.
    pub async fn enroll(&self, guild: u64, user: u64) -> (TotpSecret, Vec<String>) {
        let (secret, codes, _) = self.enroll_with(guild, user, json!({})).await;
        (secret, codes)
    }

    /// [`World::enroll`] with `/verify` options (say, the gate's `role`); also returns the
    /// responses to the first code.
    pub async fn enroll_with(
        &self,
        guild: u64,
        user: u64,
        options: Value,
    ) -> (TotpSecret, Vec<String>, Vec<Response>) {
        let i = self.fake.slash(guild, user, "verify", options).await;
        let responses = self.responses(&i, 2).await;
        assert_eq!(
            responses[0].callback_type,
            Some(callback::DEFERRED_CHANNEL_MESSAGE),
            "enrollment is deferred first"
        );
        let shown = responses
            .iter()
            .find(|r| r.files.iter().any(|(name, _)| name == "keygate-qr.png"))
            .expect("QR code shown");
        // Only the member sees it: the deferral was ephemeral, and the QR code is its edit.
        assert!(responses[0].is_ephemeral(), "the deferral is ephemeral");
        assert_eq!(shown.kind, "edit", "the QR code replaces the deferral");
        assert!(
            shown.is_ephemeral(),
            "the QR code is only shown to the member"
        );
        let png = &shown
            .files
            .iter()
            .find(|(name, _)| name == "keygate-qr.png")
            .unwrap()
            .1;
        let (secret, uri) = secret_from_qr(png);
        let label = format!(
            "otpauth://totp/{issuer}:{account}?",
            issuer = self.fake.guild_name(guild).replace(' ', "%20"),
            account = self.fake.user_name(user).replace(' ', "%20"),
        );
        assert!(
            uri.starts_with(&label),
            "{uri} names the server and the member"
        );
        let text = shown.data["content"].as_str().unwrap();
        assert!(text.contains("authenticator app"), "{text}");

        // Press "Enter code" under the QR code, then type the code the app shows.
        let message = message_of(shown);
        let enter = button_id(&message, 0);
        assert!(enter.starts_with("keygate:enroll:enter-code"), "{enter}");
        let click = self.fake.click(guild, user, &message, &enter).await;
        let modal = self.responses(&click, 1).await;
        assert_eq!(modal[0].callback_type, Some(callback::MODAL));
        let confirm = modal_id(&modal[0]);
        assert!(
            matches!(
                CustomId::parse(&confirm),
                Some(CustomId::Form(CodeForm::Confirm(Some(_))))
            ),
            "the first code's modal names the gate being passed: {confirm}"
        );

        let code = totp::code_at(&secret, self.clock.now());
        let submit = self
            .fake
            .submit_modal(guild, user, &confirm, &[("code", &code)])
            .await;
        let responses = self.responses(&submit, 3).await;
        assert_eq!(
            responses[0].callback_type,
            Some(callback::DEFERRED_CHANNEL_MESSAGE)
        );
        let codes_reply = responses
            .iter()
            .find(|r| r.files.iter().any(|(n, _)| n == "keygate-backup-codes.txt"))
            .expect("backup codes");
        let file = String::from_utf8(
            codes_reply
                .files
                .iter()
                .find(|(n, _)| n == "keygate-backup-codes.txt")
                .unwrap()
                .1
                .clone(),
        )
        .unwrap();
        let codes: Vec<String> = file
            .lines()
            .filter(|l| l.len() == 19 && l.matches('-').count() == 3)
            .map(str::to_owned)
            .collect();
        assert_eq!(codes.len(), 10, "{file}");
        assert!(
            all_text(&responses).contains("role has been added"),
            "{:?}",
            texts(&responses)
        );
        self.next_step();
        (secret, codes, responses)
    }

    /// Runs `/verify` as an enrolled member and submits `code` in the modal it opens.
    pub async fn verify_with(&self, guild: u64, user: u64, code: &str) -> Vec<Response> {
        self.verify_for(guild, user, json!({}), code).await
    }

    /// [`World::verify_with`] with `/verify` options (say, the gate's `role`).
    pub async fn verify_for(
        &self,
        guild: u64,
        user: u64,
        options: Value,
        code: &str,
    ) -> Vec<Response> {
        let i = self.fake.slash(guild, user, "verify", options).await;
        let opened = self.responses(&i, 1).await;
        if opened[0].callback_type != Some(callback::MODAL) {
            return opened;
        }
        let verify = modal_id(&opened[0]);
        assert!(
            matches!(
                CustomId::parse(&verify),
                Some(CustomId::Form(CodeForm::Verify(Some(_))))
            ),
            "{verify}"
        );
        let submit = self
            .fake
            .submit_modal(guild, user, &verify, &[("code", code)])
            .await;
        self.responses(&submit, 2).await
    }
}

pub fn texts(responses: &[Response]) -> Vec<String> {
    responses
        .iter()
        .filter_map(|r| r.data["content"].as_str().map(str::to_owned))
        .collect()
}

pub fn last_text(responses: &[Response]) -> String {
    texts(responses).last().cloned().unwrap_or_default()
}

pub fn all_text(responses: &[Response]) -> String {
    texts(responses).join("\n")
}

/// The message a response produced, as a click on its button carries it.
pub fn message_of(response: &Response) -> Value {
    response
        .message
        .clone()
        .expect("the fake stores the message a response produced")
}

/// Decodes the QR code as a phone would; the secret from the otpauth URI, and the URI.
pub fn secret_from_qr(png: &[u8]) -> (TotpSecret, String) {
    let image = image::load_from_memory(png).expect("a PNG").to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(image);
    let grids = prepared.detect_grids();
    let (_, uri) = grids[0].decode().expect("a readable QR code");
    let secret = TotpSecret::from_bytes(&super::base32_decode(&super::secret_from_uri(&uri)))
        .expect("160-bit secret");
    (secret, uri)
}

pub fn log_lines(fake: &FakeDiscord) -> Vec<String> {
    fake.channel_messages(LOG)
        .iter()
        .filter_map(|m| m["content"].as_str().map(str::to_owned))
        .collect()
}

pub async fn wait_for_log(fake: &FakeDiscord, needle: &str) -> Value {
    let recorded = fake
        .wait_for_request(
            |r| {
                r.method == "POST"
                    && r.path == format!("/channels/{LOG}/messages")
                    && r.body.to_string().contains(needle)
            },
            WAIT,
        )
        .await;
    recorded.body
}

impl World {
    /// Runs `/verify`, scans the QR code, presses *Enter code* and submits the first code; returns
    /// the responses to the submission (deferral, backup codes, role report).
    pub async fn confirm_enrollment(&self, guild: u64, user: u64) -> Vec<Response> {
        self.confirm_enrollment_with(guild, user, json!({})).await
    }

    /// [`World::confirm_enrollment`] with `/verify` options (say, the gate's `role`).
    pub async fn confirm_enrollment_with(
        &self,
        guild: u64,
        user: u64,
        options: Value,
    ) -> Vec<Response> {
        let i = self.fake.slash(guild, user, "verify", options).await;
        let shown = self.responses(&i, 2).await;
        let qr = shown
            .iter()
            .find(|r| r.files.iter().any(|(n, _)| n == "keygate-qr.png"))
            .expect("QR code");
        let (secret, _) = secret_from_qr(
            &qr.files
                .iter()
                .find(|(n, _)| n == "keygate-qr.png")
                .unwrap()
                .1,
        );
        let message = message_of(qr);
        let click = self
            .fake
            .click(guild, user, &message, &button_id(&message, 0))
            .await;
        let modal = self.responses(&click, 1).await;
        let code = totp::code_at(&secret, self.clock.now());
        let submit = self
            .fake
            .submit_modal(guild, user, &modal_id(&modal[0]), &[("code", &code)])
            .await;
        let responses = self.responses(&submit, 3).await;
        self.next_step();
        responses
    }

    /// Enrolls without asserting on the role reply (for tests where Discord fails the grant).
    pub async fn enroll_without_role_check(&self, guild: u64, user: u64) {
        self.confirm_enrollment(guild, user).await;
    }
}

/// The custom id of a code modal, as the bot sends it.
pub fn form(form: CodeForm) -> String {
    CustomId::Form(form).to_string()
}

/// The custom id of the `n`-th button in a message's first row.
pub fn button_id(message: &Value, n: usize) -> String {
    message["components"][0]["components"][n]["custom_id"]
        .as_str()
        .unwrap_or_else(|| panic!("no button {n} in {message}"))
        .to_owned()
}

/// The custom id of the modal a response opened.
pub fn modal_id(response: &Response) -> String {
    assert_eq!(
        response.callback_type,
        Some(callback::MODAL),
        "{:?}",
        response.data
    );
    response.data["custom_id"]
        .as_str()
        .expect("a modal has a custom id")
        .to_owned()
}
