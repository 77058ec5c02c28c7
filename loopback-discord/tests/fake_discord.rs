//! Proves the loopback Discord: every payload it produces deserializes with serenity's own model
//! types, and a real poise bot runs against it end to end.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use ::serenity::model::event::{Event, GatewayEvent};
use futures_util::{SinkExt, StreamExt};
use loopback_discord::*;
use poise::serenity_prelude as serenity;
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message as WsMessage;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

const GUILD: u64 = 1_100_000_000_000_000_001;
const OWNER: u64 = 1_200_000_000_000_000_099;
const MEMBER: u64 = 1_200_000_000_000_000_001;
const QUIET: u64 = 1_200_000_000_000_000_002;
const NEWCOMER: u64 = 1_200_000_000_000_000_003;
const GATED_ROLE: u64 = 1_300_000_000_000_000_001;
const BOT_ROLE: u64 = 1_300_000_000_000_000_050;
const ADMIN_ROLE: u64 = 1_300_000_000_000_000_090;
const LOG_CHANNEL: u64 = 1_600_000_000_000_000_001;
const WAIT: Duration = Duration::from_secs(20);

fn guild() -> FakeGuild {
    FakeGuild::new(GUILD, "Keygate Test Server", OWNER)
        .with_role(FakeRole::new(GATED_ROLE, "verified", 1))
        .with_role(
            FakeRole::new(BOT_ROLE, "Keygate", 5)
                .with_permissions(MANAGE_ROLES | (1 << 11))
                .managed(),
        )
        .with_role(FakeRole::new(ADMIN_ROLE, "admins", 10).with_permissions(ADMINISTRATOR))
}

async fn start_fake() -> FakeDiscord {
    let fake = FakeDiscord::start(vec![guild()], HashMap::from([(GUILD, vec![BOT_ROLE])])).await;
    fake.add_user(GUILD, FakeUser::new(MEMBER, "ferris").with_locale("de"));
    fake.add_user(GUILD, FakeUser::new(QUIET, "quiet").dms_closed());
    fake.add_user(
        GUILD,
        FakeUser::new(OWNER, "owner")
            .with_roles(&[ADMIN_ROLE])
            .with_permissions(u64::from(u32::MAX)),
    );
    fake
}

/// The one way tests build an `Http` against the fake: the proxy only applies without the
/// ratelimiter.
fn http_for(fake: &FakeDiscord) -> serenity::HttpBuilder {
    serenity::HttpBuilder::new("fake-token")
        .proxy(fake.api_url())
        .ratelimiter_disabled(true)
}

/// Runs a test body with a hard time limit.
async fn bounded<F: Future<Output = ()>>(limit: Duration, body: F) {
    tokio::time::timeout(limit, body)
        .await
        .expect("the test timed out");
}

fn unsuccessful(error: serenity::Error) -> serenity::ErrorResponse {
    match error {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(response)) => response,
        other => panic!("expected an unsuccessful request, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// (a) every payload deserializes with serenity's own types

/// A bare WebSocket client, to see the gateway frames exactly as serenity would.
struct RawGateway {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl RawGateway {
    async fn connect(url: &str) -> Self {
        let (ws, _) = tokio_tungstenite::connect_async(format!("{url}/?v=10"))
            .await
            .expect("connect to the fake gateway");
        Self { ws }
    }

    async fn send(&mut self, frame: Value) {
        self.ws
            .send(WsMessage::Text(frame.to_string()))
            .await
            .expect("send a gateway frame");
    }

    async fn recv(&mut self) -> WsMessage {
        tokio::time::timeout(WAIT, self.ws.next())
            .await
            .expect("a gateway frame in time")
            .expect("gateway open")
            .expect("a frame")
    }

    async fn recv_json(&mut self) -> Value {
        match self.recv().await {
            WsMessage::Text(text) => serde_json::from_str(&text).expect("gateway frames are JSON"),
            other => panic!("expected a text frame, got {other:?}"),
        }
    }

    /// The next dispatch of type `t`, skipping heartbeat acks.
    async fn dispatch(&mut self, t: &str) -> Value {
        loop {
            let frame = self.recv_json().await;
            if frame["op"] == 0 {
                assert_eq!(frame["t"], t, "unexpected dispatch: {frame}");
                return frame;
            }
        }
    }
}

/// Deserializes a gateway frame with serenity's `GatewayEvent`, refusing the silent `Unknown`
/// fallback that serenity uses when a known event fails to deserialize.
fn gateway_event(frame: &Value) -> GatewayEvent {
    let event: GatewayEvent = serde_json::from_value(frame.clone())
        .unwrap_or_else(|e| panic!("serenity rejects a gateway frame: {e}\n{frame}"));
    if let GatewayEvent::Dispatch(_, Event::Unknown(unknown)) = &event {
        panic!(
            "serenity fell back to Event::Unknown for {}: the payload misses a field {frame}",
            unknown.kind
        );
    }
    event
}

fn dispatch_event(frame: &Value) -> Event {
    match gateway_event(frame) {
        GatewayEvent::Dispatch(_, event) => event,
        other => panic!("expected a dispatch, got {other:?}"),
    }
}

/// Deserializes `value` as serenity's `$ty`, naming the offending field on failure.
macro_rules! strict {
    ($ty:ty, $what:expr, $value:expr) => {{
        let value: &Value = $value;
        serde_json::from_value::<$ty>(value.clone())
            .unwrap_or_else(|e| panic!("serenity rejects the {}: {e}\n{value}", $what))
    }};
}

fn interaction_of(frame: &Value) -> serenity::Interaction {
    // Deserialize the payload directly first: a failure names the missing field.
    let direct = strict!(serenity::Interaction, "interaction", &frame["d"]);
    match dispatch_event(frame) {
        Event::InteractionCreate(event) => {
            assert_eq!(event.interaction.id(), direct.id());
            event.interaction
        }
        other => panic!("expected INTERACTION_CREATE, got {other:?}"),
    }
}

fn commands() -> Vec<serenity::CreateCommand> {
    use serenity::{CommandOptionType as Kind, CreateCommand, CreateCommandOption as Opt};
    vec![
        CreateCommand::new("gate")
            .description("Configure the gate")
            .add_option(
                Opt::new(Kind::SubCommand, "setup", "Set the gate up")
                    .add_sub_option(Opt::new(Kind::Role, "role", "The gated role").required(true))
                    .add_sub_option(Opt::new(Kind::Channel, "log_channel", "Where to log"))
                    .add_sub_option(Opt::new(
                        Kind::Boolean,
                        "guide_on_join",
                        "DM a guide to newcomers",
                    )),
            ),
        CreateCommand::new("verify")
            .description("Verify with a code")
            .add_option(Opt::new(Kind::String, "code", "The code").required(true))
            .add_option(
                Opt::new(Kind::Integer, "step", "A step")
                    .add_int_choice("one", 1)
                    .add_int_choice("two", 2),
            ),
        CreateCommand::new("whois")
            .description("Show a member")
            .add_option(Opt::new(Kind::User, "user", "Who").required(true)),
        CreateCommand::new("moderate")
            .description("Moderators only")
            .default_member_permissions(serenity::Permissions::MANAGE_GUILD),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_payload_deserializes_with_serenity_types() {
    bounded(Duration::from_secs(60), async {
        let fake = start_fake().await;
        // The IDENTIFY below asks for the Server Members intent, which the portal must allow.
        fake.set_application_flags(loopback_discord::GATEWAY_GUILD_MEMBERS_LIMITED);
        let http = http_for(&fake).application_id(serenity::ApplicationId::new(APPLICATION_ID)).build();

        // REST objects, through serenity's own Http methods (which deserialize the responses).
        assert_eq!(http.get_gateway().await.expect("GET /gateway").url, fake.gateway_url());
        assert_eq!(http.get_bot_gateway().await.expect("GET /gateway/bot").shards, 1);
        let app = http.get_current_application_info().await.expect("GET /oauth2/applications/@me");
        assert_eq!(app.id.get(), APPLICATION_ID);
        assert_eq!(app.owner.expect("an owner").id.get(), APP_OWNER_ID);
        assert_eq!(http.get_current_user().await.expect("GET /users/@me").id.get(), BOT_USER_ID);
        let partial = http.get_guild(GUILD.into()).await.expect("GET /guilds/{g}");
        assert_eq!(partial.roles.len(), 4, "three roles and @everyone");
        let roles = http.get_guild_roles(GUILD.into()).await.expect("GET /guilds/{g}/roles");
        assert!(roles.iter().any(|r| r.id.get() == BOT_ROLE && r.managed && r.tags.bot_id == Some(BOT_USER_ID.into())));
        let member = http.get_member(GUILD.into(), MEMBER.into()).await.expect("GET /guilds/{g}/members/{u}");
        assert_eq!(member.user.name, "ferris");
        let bot = http.get_member(GUILD.into(), BOT_USER_ID.into()).await.expect("the bot member");
        assert_eq!(bot.roles, vec![serenity::RoleId::new(BOT_ROLE)]);
        let channels = http.get_channels(GUILD.into()).await.expect("GET /guilds/{g}/channels");
        assert_eq!(channels[0].id.get(), FakeDiscord::general_channel(GUILD));
        strict!(serenity::CurrentApplicationInfo, "application", &FakeDiscord::application_json());

        // Commands: PUT echoes them with ids; ids stay stable across PUTs, as on Discord.
        let registered = serenity::GuildId::new(GUILD).set_commands(&http, commands()).await.expect("PUT guild commands");
        assert_eq!(registered.len(), 4);
        assert_eq!(fake.registered_commands().as_array().map(Vec::len), Some(4));
        let again = serenity::GuildId::new(GUILD).set_commands(&http, commands()).await.expect("PUT again");
        assert_eq!(registered[0].id, again[0].id);
        let global = serenity::Command::set_global_commands(&http, vec![serenity::CreateCommand::new("ping").description("Ping")])
            .await
            .expect("PUT global commands");
        assert_eq!(global[0].application_id.get(), APPLICATION_ID);

        // Gateway: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeat -> ack.
        let mut gateway = RawGateway::connect(&fake.gateway_url()).await;
        let hello = gateway.recv_json().await;
        assert!(matches!(gateway_event(&hello), GatewayEvent::Hello(41_250)));
        gateway
            .send(json!({"op": 2, "d": {"token": "Bot fake-token", "intents": 3, "properties": {"os": "linux", "browser": "test", "device": "test"}, "shard": [0, 1]}}))
            .await;
        let ready_frame = gateway.dispatch("READY").await;
        let ready = strict!(serenity::Ready, "READY", &ready_frame["d"]);
        assert_eq!(ready.application.id.get(), APPLICATION_ID);
        assert_eq!(ready.user.id.get(), BOT_USER_ID);
        assert!(matches!(dispatch_event(&ready_frame), Event::Ready(_)));
        let guild_frame = gateway.dispatch("GUILD_CREATE").await;
        let d = &guild_frame["d"];
        // Guild channels that fail to deserialize are dropped silently by serenity: check each.
        for channel in d["channels"].as_array().expect("channels") {
            strict!(serenity::GuildChannel, "channel", channel);
        }
        for member in d["members"].as_array().expect("members") {
            strict!(serenity::Member, "member", member);
        }
        for role in d["roles"].as_array().expect("roles") {
            strict!(serenity::Role, "role", role);
        }
        strict!(serenity::Guild, "guild", d);
        let Event::GuildCreate(created) = dispatch_event(&guild_frame) else { panic!("expected GUILD_CREATE") };
        assert!(created.guild.members.contains_key(&serenity::UserId::new(BOT_USER_ID)));
        assert!(created.guild.roles[&serenity::RoleId::new(BOT_ROLE)].colours.secondary_colour.is_none());
        gateway.send(json!({"op": 1, "d": 2})).await;
        assert!(matches!(gateway_event(&gateway.recv_json().await), GatewayEvent::HeartbeatAck));
        fake.wait_ready().await;

        // A subcommand with role, channel and boolean options.
        let setup = fake
            .slash(GUILD, MEMBER, "gate setup", json!({"role": GATED_ROLE.to_string(), "log_channel": LOG_CHANNEL, "guide_on_join": true}))
            .await;
        let serenity::Interaction::Command(command) = interaction_of(&gateway.dispatch("INTERACTION_CREATE").await) else {
            panic!("expected a command interaction")
        };
        assert_eq!(command.id.get(), setup.id);
        assert_eq!(command.data.name, "gate");
        assert_eq!(command.data.id, registered[0].id);
        assert_eq!(command.locale, "de");
        assert_eq!(command.guild_locale.as_deref(), Some("en-US"));
        assert_eq!(command.user.id.get(), MEMBER);
        assert!(command.app_permissions.expect("app_permissions").manage_roles());
        assert!(command.member.as_ref().and_then(|m| m.permissions).is_some());
        let options = command.data.options();
        let serenity::ResolvedValue::SubCommand(sub) = &options[0].value else { panic!("expected a subcommand: {options:?}") };
        assert_eq!(options[0].name, "setup");
        assert!(matches!(sub[0].value, serenity::ResolvedValue::Role(role) if role.name == "verified"));
        assert!(matches!(sub[1].value, serenity::ResolvedValue::Channel(channel) if channel.id.get() == LOG_CHANNEL));
        assert!(matches!(sub[2].value, serenity::ResolvedValue::Boolean(true)));

        // User, string and integer options.
        fake.slash(GUILD, MEMBER, "whois", json!({"user": QUIET})).await;
        let serenity::Interaction::Command(whois) = interaction_of(&gateway.dispatch("INTERACTION_CREATE").await) else { panic!() };
        assert!(matches!(whois.data.options()[0].value, serenity::ResolvedValue::User(user, Some(_)) if user.id.get() == QUIET));
        fake.slash(GUILD, MEMBER, "verify", json!({"code": "123456", "step": 2})).await;
        let serenity::Interaction::Command(verify) = interaction_of(&gateway.dispatch("INTERACTION_CREATE").await) else { panic!() };
        assert!(matches!(verify.data.options()[0].value, serenity::ResolvedValue::String("123456")));
        assert!(matches!(verify.data.options()[1].value, serenity::ResolvedValue::Integer(2)));

        // Answer the first: reply with a button, read it back, follow up with a file, edit.
        let start_button = serenity::CreateActionRow::Buttons(vec![serenity::CreateButton::new("start").label("Start")]);
        let reply = serenity::CreateInteractionResponseMessage::new().content("hello").ephemeral(true).components(vec![start_button.clone()]);
        command.create_response(&http, serenity::CreateInteractionResponse::Message(reply)).await.expect("callback");
        let responses = fake.responses(&setup, 1, WAIT).await;
        assert_eq!((responses[0].kind, responses[0].callback_type), ("callback", Some(callback::CHANNEL_MESSAGE)));
        assert!(responses[0].is_ephemeral());
        let original = command.get_response(&http).await.expect("GET @original");
        assert_eq!(original.content, "hello");
        strict!(serenity::Message, "interaction reply", responses[0].message.as_ref().expect("a stored message"));
        let again = command.create_response(&http, serenity::CreateInteractionResponse::Acknowledge).await;
        assert_eq!(unsuccessful(again.expect_err("a second initial response")).error.code, 40060);
        let followup = serenity::CreateInteractionResponseFollowup::new()
            .content("your QR code")
            .add_file(serenity::CreateAttachment::bytes(b"\x89PNG fake".to_vec(), "qr.png"));
        let followup = command.create_followup(&http, followup).await.expect("follow-up");
        assert_eq!(followup.attachments[0].filename, "qr.png");
        let edited = command.edit_response(&http, serenity::EditInteractionResponse::new().content("edited")).await.expect("edit");
        assert_eq!(edited.content, "edited");
        let responses = fake.responses(&setup, 3, WAIT).await;
        assert_eq!(responses.iter().map(|r| r.kind).collect::<Vec<_>>(), ["callback", "followup", "edit"]);
        assert_eq!(responses[1].files, vec![("qr.png".to_owned(), b"\x89PNG fake".to_vec())]);

        // Click the button: a component interaction carrying the message; answer with a modal.
        let message = fake.original_message(&setup).expect("the original response");
        let click = fake.click(GUILD, MEMBER, &message, "start").await;
        let serenity::Interaction::Component(component) = interaction_of(&gateway.dispatch("INTERACTION_CREATE").await) else { panic!() };
        assert_eq!(component.id.get(), click.id);
        assert_eq!(component.data.custom_id, "start");
        assert!(matches!(component.data.kind, serenity::ComponentInteractionDataKind::Button));
        assert_eq!(component.message.id, original.id);
        let input = serenity::CreateInputText::new(serenity::InputTextStyle::Short, "Code", "code").min_length(6).max_length(8);
        let modal = serenity::CreateModal::new("code-modal", "Enter your code").components(vec![serenity::CreateActionRow::InputText(input)]);
        component.create_response(&http, serenity::CreateInteractionResponse::Modal(modal)).await.expect("modal");
        let submit = fake.submit_modal(GUILD, MEMBER, "code-modal", &[("code", "123456")]).await;
        let serenity::Interaction::Modal(submitted) = interaction_of(&gateway.dispatch("INTERACTION_CREATE").await) else { panic!() };
        assert_eq!(submitted.id.get(), submit.id);
        let serenity::ActionRowComponent::InputText(text) = &submitted.data.components[0].components[0] else { panic!() };
        assert_eq!(text.value.as_deref(), Some("123456"));
        assert_eq!(submitted.message.as_ref().map(|m| m.id), Some(original.id));
        // A modal cannot answer a modal submit; updating the message can.
        let modal_again = serenity::CreateModal::new("again", "Again")
            .components(vec![serenity::CreateActionRow::InputText(serenity::CreateInputText::new(serenity::InputTextStyle::Short, "X", "x"))]);
        let refused = submitted.create_response(&http, serenity::CreateInteractionResponse::Modal(modal_again)).await;
        assert_eq!(unsuccessful(refused.expect_err("modal after modal")).status_code.as_u16(), 400);
        let update = serenity::CreateInteractionResponseMessage::new().content("done").components(vec![]);
        submitted.create_response(&http, serenity::CreateInteractionResponse::UpdateMessage(update)).await.expect("update");
        assert_eq!(fake.original_message(&setup).expect("updated")["content"], "done");

        // Channel messages with an embed, a file and a button; DMs, open and closed.
        let post = serenity::CreateMessage::new()
            .content("log entry")
            .embed(serenity::CreateEmbed::new().title("Verified").description("ferris").image("attachment://qr.png"))
            .add_file(serenity::CreateAttachment::bytes(vec![1, 2, 3], "qr.png"))
            .components(vec![start_button]);
        let posted = serenity::ChannelId::new(GUILD).send_message(&http, post).await.expect("POST /channels/{c}/messages");
        assert_eq!(posted.embeds[0].title.as_deref(), Some("Verified"));
        let stored = fake.channel_messages(GUILD);
        strict!(serenity::Message, "channel message", &stored[0]);
        let upload = fake.wait_for_request(|r| r.method == "POST" && r.path.ends_with("/messages"), WAIT).await;
        assert_eq!(upload.files, vec![("qr.png".to_owned(), vec![1, 2, 3])]);
        assert_eq!(upload.body["content"], "log entry");

        let dm = serenity::UserId::new(MEMBER).create_dm_channel(&http).await.expect("POST /users/@me/channels");
        assert_eq!(dm.recipient.id.get(), MEMBER);
        let dm_button = serenity::CreateActionRow::Buttons(vec![serenity::CreateButton::new("dm-start").label("Start")]);
        dm.send_message(&http, serenity::CreateMessage::new().content("guide").components(vec![dm_button])).await.expect("DM");
        assert!(matches!(http.get_channel(dm.id).await.expect("GET /channels/{dm}"), serenity::Channel::Private(_)));
        let dms = fake.dm_messages(MEMBER);
        fake.click(GUILD, MEMBER, &dms[0], "dm-start").await;
        let serenity::Interaction::Component(in_dm) = interaction_of(&gateway.dispatch("INTERACTION_CREATE").await) else { panic!() };
        assert!(in_dm.guild_id.is_none() && in_dm.member.is_none());
        assert_eq!(in_dm.user.id.get(), MEMBER);
        let clicked = serenity::CreateInteractionResponseMessage::new().content("clicked");
        in_dm.create_response(&http, serenity::CreateInteractionResponse::Message(clicked)).await.expect("reply to a click");
        let reply = in_dm.get_response(&http).await.expect("GET @original of a component interaction");
        assert!(matches!(reply.interaction_metadata.as_deref(), Some(serenity::MessageInteractionMetadata::Component(_))));
        let Some(serenity::MessageInteractionMetadata::Command(metadata)) = original.interaction_metadata.as_deref() else {
            panic!("a slash reply carries command interaction metadata")
        };
        assert_eq!(metadata.user.id.get(), MEMBER);
        let quiet = serenity::UserId::new(QUIET).create_dm_channel(&http).await.expect("a DM channel opens even when DMs are closed");
        let refused = unsuccessful(quiet.say(&http, "hello").await.expect_err("DMs closed"));
        assert_eq!((refused.status_code.as_u16(), refused.error.code), (403, 50007));

        // A member joins: GUILD_MEMBER_ADD.
        assert!(fake.join(GUILD, FakeUser::new(NEWCOMER, "newcomer")).await);
        let Event::GuildMemberAdd(joined) = dispatch_event(&gateway.dispatch("GUILD_MEMBER_ADD").await) else { panic!() };
        assert_eq!((joined.member.user.id.get(), joined.member.guild_id.get()), (NEWCOMER, GUILD));

        // Roles: granted and removed with an audit reason; Discord's hierarchy; injected failures.
        http.add_member_role(GUILD.into(), MEMBER.into(), GATED_ROLE.into(), Some("verified by Keygate")).await.expect("PUT role");
        assert_eq!(fake.member_roles(GUILD, MEMBER), vec![GATED_ROLE]);
        let put = fake.wait_for_request(|r| r.method == "PUT" && r.path.contains("/roles/"), WAIT).await;
        assert_eq!(put.audit_reason().as_deref(), Some("verified by Keygate"));
        http.remove_member_role(GUILD.into(), MEMBER.into(), GATED_ROLE.into(), None).await.expect("DELETE role");
        assert!(fake.member_roles(GUILD, MEMBER).is_empty());
        let above = unsuccessful(http.add_member_role(GUILD.into(), MEMBER.into(), ADMIN_ROLE.into(), None).await.expect_err("above the bot"));
        assert_eq!((above.status_code.as_u16(), above.error.code), (403, 50013));
        let stranger = unsuccessful(http.add_member_role(GUILD.into(), serenity::UserId::new(42), GATED_ROLE.into(), None).await.expect_err("no member"));
        assert_eq!((stranger.status_code.as_u16(), stranger.error.code), (404, 10007));
        fake.fail_next("PUT", "/roles/", 429, json!({"message": "You are being rate limited.", "retry_after": 0.05, "global": false}), 1);
        let limited = unsuccessful(http.add_member_role(GUILD.into(), MEMBER.into(), GATED_ROLE.into(), None).await.expect_err("429"));
        assert_eq!(limited.status_code.as_u16(), 429);
        let recorded = fake.requests().into_iter().rev().find(|r| r.status == 429).expect("the 429 is recorded");
        assert_eq!(recorded.response["retry_after"], 0.05);
        fake.fail_next("*", "/roles", 500, json!({"message": "500: Internal Server Error", "code": 0}), 1);
        assert_eq!(unsuccessful(http.get_guild_roles(GUILD.into()).await.expect_err("500")).status_code.as_u16(), 500);
        assert!(http.get_guild_roles(GUILD.into()).await.is_ok(), "a failure is injected only `times` times");
        let unknown = unsuccessful(http.get_guild_webhooks(GUILD.into()).await.expect_err("not served"));
        assert_eq!((unknown.status_code.as_u16(), unknown.error.code, unknown.error.message.as_str()), (404, 0, "404: Not Found"));

        // Reconnect: RESUME -> RESUMED; with the other policy, RESUME -> INVALID_SESSION, IDENTIFY again.
        fake.drop_gateway();
        match gateway.recv().await {
            WsMessage::Close(Some(frame)) => assert_eq!(u16::from(frame.code), 4000),
            other => panic!("expected a close frame, got {other:?}"),
        }
        let mut resumed = RawGateway::connect(&fake.gateway_url()).await;
        resumed.send(json!({"op": 6, "d": {"token": "Bot fake-token", "session_id": ready.session_id, "seq": 7}})).await;
        assert!(matches!(gateway_event(&resumed.recv_json().await), GatewayEvent::Hello(_)));
        assert!(matches!(dispatch_event(&resumed.dispatch("RESUMED").await), Event::Resumed(_)));
        fake.set_resume_policy(ResumePolicy::InvalidSession);
        fake.drop_gateway();
        let mut third = RawGateway::connect(&fake.gateway_url()).await;
        third.recv_json().await;
        third.send(json!({"op": 6, "d": {"token": "Bot fake-token", "session_id": ready.session_id, "seq": 9}})).await;
        assert!(matches!(gateway_event(&third.recv_json().await), GatewayEvent::InvalidateSession(false)));
        third.send(json!({"op": 2, "d": {"token": "Bot fake-token", "intents": 1, "properties": {}}})).await;
        assert!(matches!(dispatch_event(&third.dispatch("READY").await), Event::Ready(_)));
        assert!(matches!(dispatch_event(&third.dispatch("GUILD_CREATE").await), Event::GuildCreate(_)));
        assert_eq!(fake.gateway_connections(), 3);

        // Every frame the gateway ever sent is a valid serenity GatewayEvent.
        let frames = fake.gateway_frames();
        assert!(frames.len() > 15);
        for frame in &frames {
            gateway_event(frame);
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_fake_refuses_what_discord_refuses() {
    bounded(Duration::from_secs(30), async {
        let fake = start_fake().await;
        let http = http_for(&fake)
            .application_id(serenity::ApplicationId::new(APPLICATION_ID))
            .build();
        serenity::GuildId::new(GUILD)
            .set_commands(&http, commands())
            .await
            .expect("PUT guild commands");
        let mut gateway = RawGateway::connect(&fake.gateway_url()).await;
        gateway.recv_json().await;
        gateway
            .send(
                json!({"op": 2, "d": {"token": "Bot fake-token", "intents": 1, "properties": {}}}),
            )
            .await;
        fake.wait_ready().await;

        // Follow-ups before the initial response and over-long content.
        let it = fake
            .slash(GUILD, MEMBER, "verify", json!({"code": "1"}))
            .await;
        let followup = http
            .create_followup_message(
                &it.token,
                &serenity::CreateInteractionResponseFollowup::new().content("early"),
                vec![],
            )
            .await;
        assert_eq!(
            unsuccessful(followup.expect_err("follow-up first"))
                .error
                .code,
            10015
        );
        let long = serenity::CreateInteractionResponse::Message(
            serenity::CreateInteractionResponseMessage::new().content("x".repeat(2001)),
        );
        let refused = http
            .create_interaction_response(it.id.into(), &it.token, &long, vec![])
            .await;
        let refused = unsuccessful(refused.expect_err("2001 characters"));
        assert_eq!(
            (refused.error.code, refused.error.errors[0].path.as_str()),
            (50035, "data.content")
        );

        // A deferred response, then an edit: the stored message loses the loading flag.
        let defer = serenity::CreateInteractionResponse::Defer(
            serenity::CreateInteractionResponseMessage::new().ephemeral(true),
        );
        http.create_interaction_response(it.id.into(), &it.token, &defer, vec![])
            .await
            .expect("defer");
        http.edit_original_interaction_response(
            &it.token,
            &serenity::EditInteractionResponse::new().content("late"),
            vec![],
        )
        .await
        .expect("edit after defer");
        let responses = fake.responses(&it, 2, WAIT).await;
        assert_eq!(
            responses[0].callback_type,
            Some(callback::DEFERRED_CHANNEL_MESSAGE)
        );
        assert!(responses[1].is_ephemeral());
        assert_eq!(
            responses[1].message.as_ref().map(|m| m["flags"].as_u64()),
            Some(Some(EPHEMERAL))
        );

        // The callback deadline, when set.
        fake.set_callback_deadline(Some(Duration::ZERO));
        let late = fake
            .slash(GUILD, MEMBER, "verify", json!({"code": "2"}))
            .await;
        let ack = serenity::CreateInteractionResponse::Acknowledge;
        let refused = http
            .create_interaction_response(late.id.into(), &late.token, &ack, vec![])
            .await;
        assert_eq!(
            unsuccessful(refused.expect_err("too late")).error.code,
            10062
        );
        fake.set_callback_deadline(Some(Duration::from_secs(3)));

        // Commands a member cannot see are refused (the test would otherwise test the impossible).
        let hidden = tokio::spawn({
            let fake = fake.clone();
            async move { fake.slash(GUILD, MEMBER, "moderate", json!({})).await }
        });
        let panic = hidden
            .await
            .expect_err("Discord hides /moderate from members without Manage Server");
        assert!(panic.is_panic());
        fake.allow_hidden_commands(true);
        fake.slash(GUILD, MEMBER, "moderate", json!({})).await;
        fake.slash(GUILD, OWNER, "moderate", json!({})).await;

        // `?with_response=true` (newer clients ask for the created message back).
        let it = fake
            .slash(GUILD, MEMBER, "verify", json!({"code": "3"}))
            .await;
        let body = json!({"type": 4, "data": {"content": "with response"}});
        let request = serenity::Request::new(
            serenity::Route::InteractionResponse {
                interaction_id: it.id.into(),
                token: &it.token,
            },
            serenity::LightMethod::Post,
        )
        .body(Some(body.to_string().into_bytes()))
        .params(Some(vec![("with_response", "true".to_owned())]));
        let response = http.request(request).await.expect("callback with_response");
        assert_eq!(response.status().as_u16(), 200);
        let callback: Value =
            serde_json::from_str(&response.text().await.expect("a body")).expect("JSON");
        let message = strict!(
            serenity::Message,
            "callback resource message",
            &callback["resource"]["message"]
        );
        assert_eq!(message.content, "with response");

        // Without the GUILD_MEMBERS intent (identified with GUILDS only), no GUILD_MEMBER_ADD.
        assert_eq!(fake.identify_intents(), GUILDS_INTENT);
        assert!(!fake.join(GUILD, FakeUser::new(NEWCOMER, "newcomer")).await);
        assert!(
            fake.gateway_frames()
                .iter()
                .all(|f| f["t"] != "GUILD_MEMBER_ADD")
        );
        assert_eq!(fake.member_roles(GUILD, NEWCOMER), Vec::<u64>::new());

        // REST connections are kept alive across requests.
        assert!(
            fake.http_connections() < fake.requests().len(),
            "keep-alive"
        );
    })
    .await;
}

// ---------------------------------------------------------------------------------------------
// (b) a real poise bot against the fake

type Error = Box<dyn std::error::Error + Send + Sync>;
type Context<'a> = poise::Context<'a, (), Error>;

/// Replies pong
#[poise::command(slash_command, guild_only)]
async fn ping(ctx: Context<'_>) -> Result<(), Error> {
    ctx.send(
        poise::CreateReply::default()
            .content("pong")
            .ephemeral(true),
    )
    .await?;
    Ok(())
}

/// Role commands
#[poise::command(slash_command, guild_only, subcommands("grant"), subcommand_required)]
async fn role(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Grants yourself a role
#[poise::command(slash_command, guild_only)]
async fn grant(
    ctx: Context<'_>,
    #[description = "The role to grant"] role: serenity::Role,
) -> Result<(), Error> {
    let guild = ctx.guild_id().ok_or("guild only")?;
    let result = ctx
        .http()
        .add_member_role(
            guild,
            ctx.author().id,
            role.id,
            Some("granted by the test bot"),
        )
        .await;
    let text = match result {
        Ok(()) => format!("granted {}", role.name),
        Err(serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e))) => {
            format!("failed {} {}", e.status_code.as_u16(), e.error.code)
        }
        Err(e) => format!("failed {e}"),
    };
    ctx.send(poise::CreateReply::default().content(text).ephemeral(true))
        .await?;
    Ok(())
}

/// Opens a form
#[poise::command(slash_command, guild_only)]
async fn form(ctx: Context<'_>) -> Result<(), Error> {
    let button = serenity::CreateButton::new("open").label("Open the form");
    ctx.send(
        poise::CreateReply::default()
            .content("press the button")
            .components(vec![serenity::CreateActionRow::Buttons(vec![button])]),
    )
    .await?;
    Ok(())
}

async fn on_event(ctx: &serenity::Context, event: &serenity::FullEvent) -> Result<(), Error> {
    let serenity::FullEvent::InteractionCreate { interaction } = event else {
        return Ok(());
    };
    match interaction {
        serenity::Interaction::Component(click) if click.data.custom_id == "open" => {
            let input =
                serenity::CreateInputText::new(serenity::InputTextStyle::Short, "Code", "code")
                    .min_length(6)
                    .max_length(8);
            let modal = serenity::CreateModal::new("feedback", "Enter your code")
                .components(vec![serenity::CreateActionRow::InputText(input)]);
            click
                .create_response(ctx, serenity::CreateInteractionResponse::Modal(modal))
                .await?;
        }
        serenity::Interaction::Modal(submit) if submit.data.custom_id == "feedback" => {
            let value = submit
                .data
                .components
                .iter()
                .flat_map(|row| &row.components)
                .find_map(|c| match c {
                    serenity::ActionRowComponent::InputText(text) => text.value.clone(),
                    _ => None,
                })
                .unwrap_or_default();
            let reply = serenity::CreateInteractionResponseMessage::new()
                .content(format!("got {value}"))
                .ephemeral(true);
            submit
                .create_response(ctx, serenity::CreateInteractionResponse::Message(reply))
                .await?;
        }
        _ => {}
    }
    Ok(())
}

/// Starts a poise bot against the fake the way the real bot is built: one `Http` with the proxy
/// and no ratelimiter, `ClientBuilder::new_with_http`, and the gateway URL overwritten.
async fn start_bot(fake: &FakeDiscord) -> Arc<serenity::ShardManager> {
    // Serenity logs payloads it cannot deserialize at WARN: show them (RUST_LOG overrides).
    let filter =
        tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_test_writer()
        .try_init();
    let framework = poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: vec![ping(), role(), form()],
            event_handler: |framework, event| Box::pin(on_event(framework.serenity_context, event)),
            ..Default::default()
        })
        .setup(|ctx, _ready, framework| {
            Box::pin(async move {
                poise::builtins::register_in_guild(
                    ctx,
                    &framework.options().commands,
                    serenity::GuildId::new(GUILD),
                )
                .await?;
                Ok(())
            })
        })
        .build();
    let mut client = serenity::ClientBuilder::new_with_http(
        http_for(fake).build(),
        serenity::GatewayIntents::GUILDS,
    )
    .framework(framework)
    .await
    .expect("build the client");
    *client.ws_url.lock().await = fake.gateway_url();
    let manager = client.shard_manager.clone();
    tokio::spawn(async move {
        if let Err(e) = client.start().await {
            eprintln!("client stopped: {e}");
        }
    });
    manager
}

async fn ping_pong(fake: &FakeDiscord) {
    let it = fake.slash(GUILD, MEMBER, "ping", json!({})).await;
    let responses = fake.responses(&it, 1, WAIT).await;
    assert_eq!(
        (responses[0].kind, responses[0].callback_type),
        ("callback", Some(callback::CHANNEL_MESSAGE))
    );
    assert_eq!(responses[0].content(), "pong");
    assert!(responses[0].is_ephemeral());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn poise_bot_answers_commands_buttons_and_modals() {
    bounded(Duration::from_secs(60), async {
        let fake = start_fake().await;
        let bot = start_bot(&fake).await;
        fake.wait_ready().await;
        let names: Vec<String> = fake
            .registered_commands()
            .as_array()
            .expect("a PUT body")
            .iter()
            .map(|c| c["name"].as_str().unwrap_or_default().to_owned())
            .collect();
        assert_eq!(names, ["ping", "role", "form"]);
        assert!(
            fake.requests()
                .iter()
                .any(|r| r.path == "/oauth2/applications/@me"),
            "poise reads the owners"
        );

        ping_pong(&fake).await;

        // A subcommand with a role option: the bot grants the role.
        let it = fake
            .slash(GUILD, MEMBER, "role grant", json!({"role": GATED_ROLE}))
            .await;
        assert_eq!(
            fake.responses(&it, 1, WAIT).await[0].content(),
            "granted verified"
        );
        assert_eq!(fake.member_roles(GUILD, MEMBER), vec![GATED_ROLE]);
        let put = fake
            .wait_for_request(
                |r| r.method == "PUT" && r.path.ends_with(&format!("/roles/{GATED_ROLE}")),
                WAIT,
            )
            .await;
        assert_eq!(
            put.audit_reason().as_deref(),
            Some("granted by the test bot")
        );

        // An injected 403 reaches serenity as an HTTP error with status 403.
        fake.fail_next(
            "PUT",
            "/roles/",
            403,
            json!({"message": "Missing Permissions", "code": 50013}),
            1,
        );
        let it = fake
            .slash(
                GUILD,
                QUIET,
                "role grant",
                json!({"role": GATED_ROLE.to_string()}),
            )
            .await;
        assert_eq!(
            fake.responses(&it, 1, WAIT).await[0].content(),
            "failed 403 50013"
        );
        assert!(fake.member_roles(GUILD, QUIET).is_empty());

        // Button -> modal -> submit -> reply.
        let it = fake.slash(GUILD, MEMBER, "form", json!({})).await;
        let message = fake.responses(&it, 1, WAIT).await[0]
            .message
            .clone()
            .expect("the reply message");
        let click = fake.click(GUILD, MEMBER, &message, "open").await;
        let opened = fake.responses(&click, 1, WAIT).await;
        assert_eq!(opened[0].callback_type, Some(callback::MODAL));
        assert_eq!(opened[0].data["title"], "Enter your code");
        let submit = fake
            .submit_modal(GUILD, MEMBER, "feedback", &[("code", "654321")])
            .await;
        let answered = fake.responses(&submit, 1, WAIT).await;
        assert_eq!(answered[0].content(), "got 654321");

        bot.shutdown_all().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn poise_bot_resumes_after_the_gateway_drops() {
    bounded(Duration::from_secs(60), async {
        let fake = start_fake().await;
        let bot = start_bot(&fake).await;
        fake.wait_ready().await;
        ping_pong(&fake).await;

        fake.drop_gateway();
        fake.wait_gateway_connections(2, WAIT).await;
        ping_pong(&fake).await;
        assert_eq!(fake.gateway_connections(), 2);
        let resumes = fake
            .gateway_received()
            .iter()
            .filter(|f| f["op"] == 6)
            .count();
        assert_eq!(resumes, 1, "serenity resumed the session");

        bot.shutdown_all().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn poise_bot_identifies_again_after_an_invalid_session() {
    bounded(Duration::from_secs(60), async {
        let fake = start_fake().await;
        fake.set_resume_policy(ResumePolicy::InvalidSession);
        let bot = start_bot(&fake).await;
        fake.wait_ready().await;

        fake.drop_gateway();
        // The RESUME is refused; serenity restarts the shard (up to 5 s later) and IDENTIFYs.
        fake.wait_gateway_connections(3, WAIT).await;
        ping_pong(&fake).await;
        let readies = fake
            .gateway_frames()
            .iter()
            .filter(|f| f["t"] == "READY")
            .count();
        assert_eq!(readies, 2);

        bot.shutdown_all().await;
    })
    .await;
}

// ---------------------------------------------------------------------------------------------
// (c) each of Discord's documented rules fires, with Discord's 50035 and the field's path

/// Sends `body` to `route` as it is; the refusal, if Discord would refuse it.
async fn raw(
    http: &serenity::Http,
    method: serenity::LightMethod,
    route: serenity::Route<'_>,
    body: &Value,
) -> Result<(), serenity::ErrorResponse> {
    let request = serenity::Request::new(route, method).body(Some(body.to_string().into_bytes()));
    http.request(request).await.map(drop).map_err(unsuccessful)
}

/// The refusal's code and the path of its first field.
fn refusal(result: Result<(), serenity::ErrorResponse>) -> (isize, String) {
    let refused = result.expect_err("Discord refuses this");
    let path = refused
        .error
        .errors
        .first()
        .map(|e| e.path.clone())
        .unwrap_or_default();
    (refused.error.code, path)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_documented_rule_is_enforced_with_the_field_path() {
    bounded(Duration::from_secs(60), async {
        let fake = start_fake().await;
        let http = http_for(&fake)
            .application_id(serenity::ApplicationId::new(APPLICATION_ID))
            .build();
        let app = serenity::ApplicationId::new(APPLICATION_ID);
        let put = |body: Value| {
            let http = &http;
            async move {
                raw(
                    http,
                    serenity::LightMethod::Put,
                    serenity::Route::Commands {
                        application_id: app,
                    },
                    &body,
                )
                .await
            }
        };
        let command = |name: &str| json!({"name": name, "description": "A command", "type": 1});

        // Discord's schema: a field of the wrong type.
        let mut wrong = command("status");
        wrong["dm_permission"] = json!("yes");
        assert_eq!(refusal(put(json!([wrong])).await), (50035, "0.dm_permission".into()));
        // Names: Discord's pattern, lower case, and the same for localised names.
        for name in ["Status", "two words", "", &"x".repeat(33)] {
            assert_eq!(
                refusal(put(json!([command(name)])).await),
                (50035, "0.name".into()),
                "{name:?}"
            );
        }
        assert!(put(json!([command("prüfen-2fa")])).await.is_ok(), "letters of any script");
        let mut localized = command("status");
        localized["name_localizations"] = json!({"de": "Status"});
        assert_eq!(
            refusal(put(json!([localized])).await),
            (50035, "0.name_localizations.de".into())
        );
        // Locale keys: Discord's locales only.
        let mut locale = command("status");
        locale["description_localizations"] = json!({"german": "Ein Befehl"});
        assert_eq!(
            refusal(put(json!([locale])).await),
            (50035, "0.description_localizations.german".into())
        );
        // 8,000 characters per command in all (10 subcommands of 10 options of 100 characters).
        let options: Vec<Value> = (0..10)
            .map(|i| json!({"type": 3, "name": format!("option-{i}"), "description": "d".repeat(100)}))
            .collect();
        let subcommands: Vec<Value> = (0..10)
            .map(|i| json!({"type": 1, "name": format!("sub-{i}"), "description": "d".repeat(100), "options": options}))
            .collect();
        let mut big = command("big");
        big["options"] = json!(subcommands);
        assert_eq!(refusal(put(json!([big])).await), (50035, "0".into()));

        let mut gateway = RawGateway::connect(&fake.gateway_url()).await;
        gateway.recv_json().await;
        gateway
            .send(json!({"op": 2, "d": {"token": "Bot fake-token", "intents": 1, "properties": {}}}))
            .await;
        serenity::GuildId::new(GUILD)
            .set_commands(&http, commands())
            .await
            .expect("PUT guild commands");
        fake.wait_ready().await;
        let callback = |id: serenity::InteractionId, token: String, body: Value| {
            let http = &http;
            async move {
                raw(
                    http,
                    serenity::LightMethod::Post,
                    serenity::Route::InteractionResponse {
                        interaction_id: id,
                        token: &token,
                    },
                    &body,
                )
                .await
            }
        };

        // custom_id unique within a message.
        let it = fake.slash(GUILD, MEMBER, "verify", json!({"code": "1"})).await;
        let button = json!({"type": 2, "style": 1, "label": "Go", "custom_id": "same"});
        let twice = json!({"type": 4, "data": {"content": "hi", "components": [
            {"type": 1, "components": [button, button]}
        ]}});
        assert_eq!(
            refusal(callback(it.id.into(), it.token.clone(), twice).await),
            (50035, "data.components.0.components.1.custom_id".into())
        );
        // Components: at most 5 rows of at most 5.
        let six: Vec<Value> = (0..6)
            .map(|i| json!({"type": 2, "style": 1, "label": "Go", "custom_id": format!("b{i}")}))
            .collect();
        let wide = json!({"type": 4, "data": {"content": "hi", "components": [{"type": 1, "components": six}]}});
        assert_eq!(
            refusal(callback(it.id.into(), it.token.clone(), wide).await),
            (50035, "data.components.0.components".into())
        );
        // Modals: a title of at most 45, 1 to 5 rows.
        let input = json!({"type": 1, "components": [{"type": 4, "custom_id": "code", "label": "Code", "style": 1}]});
        let long_title = json!({"type": 9, "data": {"custom_id": "m", "title": "t".repeat(46), "components": [input]}});
        assert_eq!(
            refusal(callback(it.id.into(), it.token.clone(), long_title).await),
            (50035, "data.title".into())
        );
        let many = json!({"type": 9, "data": {"custom_id": "m", "title": "Code", "components": vec![input.clone(); 6]}});
        assert_eq!(
            refusal(callback(it.id.into(), it.token.clone(), many).await),
            (50035, "data.components".into())
        );

        // The first follow-up after a deferral edits the "thinking" message.
        let defer = json!({"type": 5, "data": {"flags": EPHEMERAL}});
        callback(it.id.into(), it.token.clone(), defer).await.expect("defer");
        http.create_followup_message(
            &it.token,
            &serenity::CreateInteractionResponseFollowup::new().content("the answer"),
            vec![],
        )
        .await
        .expect("the first follow-up");
        let original = fake.original_message(&it).expect("the original message");
        assert_eq!(original["content"], "the answer");
        assert_eq!(original["flags"].as_u64().map(|f| f & EPHEMERAL), Some(EPHEMERAL));

        // The token works for 15 minutes, then follow-ups and edits are refused.
        fake.advance_interaction_clock(Duration::from_secs(15 * 60 + 1));
        let late = http
            .edit_original_interaction_response(
                &it.token,
                &serenity::EditInteractionResponse::new().content("too late"),
                vec![],
            )
            .await;
        assert_eq!(unsuccessful(late.expect_err("expired token")).error.code, 50027);
        let late = http
            .create_followup_message(
                &it.token,
                &serenity::CreateInteractionResponseFollowup::new().content("too late"),
                vec![],
            )
            .await;
        assert_eq!(unsuccessful(late.expect_err("expired token")).error.code, 50027);
    })
    .await;
}

// ---------------------------------------------------------------------------------------------
// (d) sharding as Discord does it

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_gateway_shards_servers_by_id_and_refuses_what_discord_refuses() {
    bounded(Duration::from_secs(30), async {
        let fake = start_fake().await;
        // GUILD is on shard 1 of 2; this one on shard 0.
        let zero = GUILD - (1 << 22);
        assert_eq!(((GUILD >> 22) % 2, (zero >> 22) % 2), (1, 0));
        fake.add_guild(FakeGuild::new(zero, "Shard zero", OWNER), vec![]);
        fake.add_user(zero, FakeUser::new(MEMBER, "ferris"));
        fake.set_recommended_shards(2);
        let http = http_for(&fake).build();
        let gateway = http.get_bot_gateway().await.expect("GET /gateway/bot");
        assert_eq!(gateway.shards, 2);
        let identify = |shard: [u64; 2]| {
            json!({"op": 2, "d": {"token": "Bot fake-token", "intents": 1, "properties": {}, "shard": shard}})
        };

        // A shard id past the total, and a shard that would hold more servers than allowed.
        let mut bad = RawGateway::connect(&fake.gateway_url()).await;
        bad.recv_json().await;
        bad.send(identify([2, 2])).await;
        assert!(matches!(bad.recv().await, WsMessage::Close(Some(f)) if u16::from(f.code) == 4010));
        fake.set_max_guilds_per_shard(1);
        let mut crowded = RawGateway::connect(&fake.gateway_url()).await;
        crowded.recv_json().await;
        crowded.send(identify([0, 1])).await;
        assert!(matches!(crowded.recv().await, WsMessage::Close(Some(f)) if u16::from(f.code) == 4011));
        fake.set_max_guilds_per_shard(2_500);

        // Each shard gets its own servers, and their interactions; DMs go to shard 0.
        let mut shards = Vec::new();
        for shard in [0, 1] {
            let mut gateway = RawGateway::connect(&fake.gateway_url()).await;
            gateway.recv_json().await;
            gateway.send(identify([shard, 2])).await;
            let ready = gateway.dispatch("READY").await;
            assert_eq!(ready["d"]["shard"], json!([shard, 2]));
            let expected = if shard == 0 { zero } else { GUILD };
            assert_eq!(ready["d"]["guilds"], json!([{"id": expected.to_string(), "unavailable": true}]));
            let created = gateway.dispatch("GUILD_CREATE").await;
            assert_eq!(created["d"]["id"], expected.to_string());
            shards.push(gateway);
        }
        assert_eq!(fake.identified_shards(), vec![[0, 2], [1, 2]]);
        assert_eq!(fake.live_shards(), vec![0, 1]);
        assert_eq!((fake.shard_of(GUILD), fake.shard_of(zero)), (1, 0));
        serenity::GuildId::new(GUILD)
            .set_commands(&http_for(&fake).application_id(serenity::ApplicationId::new(APPLICATION_ID)).build(), commands())
            .await
            .expect("PUT guild commands");
        fake.slash(GUILD, MEMBER, "verify", json!({"code": "1"})).await;
        let frame = shards[1].dispatch("INTERACTION_CREATE").await;
        assert_eq!(frame["d"]["guild_id"], GUILD.to_string());
        let gateway_bot = http.get_bot_gateway().await.expect("GET /gateway/bot");
        assert_eq!(gateway_bot.session_start_limit.remaining, 998, "two starts used");
    })
    .await;
}
