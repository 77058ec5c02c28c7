//! What the real Discord does that a lenient fake would hide: servers that require 2FA for
//! moderation, a failed command registration, guild-only installs, channel versus server
//! permissions, the portal's intent switch, the invalid-request budget, and two workers on one
//! database.

use std::sync::Arc;
use std::time::Duration;

use keygate::discord::budget::Limits;
use keygate::discord::worker::{Outcome, Pacing, Reporter, Worker, WorkerHandle};
use keygate::gate::repository::RoleChange;
use loopback_discord::{
    self as discord, FakeUser, GATEWAY_GUILD_MEMBERS_LIMITED, GUILD_MEMBERS_INTENT, MANAGE_GUILD,
    MANAGE_ROLES,
};
use poise::serenity_prelude as serenity;
use serde_json::json;

use crate::support::world::{
    ACTIVE_ROLE, CHANNEL, GUILD, HIGH_ROLE, LOG, MEMBER, MOD_ROLE, MODERATOR, QUIET_MEMBER, ROLE,
    SECOND_MEMBER, STAFF_ROLE, WAIT, World, all_text, last_text, texts, wait_for_log,
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_requires_2fa_for_moderation_names_the_owners_2fa_as_the_fix() {
    let mut world = World::new().await;
    world.fake.set_guild_mfa_level(GUILD, 1);
    world.fake.set_owner_2fa(false);
    world.restart().await;

    let reply = world
        .gate_setup(json!({"role": ROLE.to_string(), "log_channel": LOG.to_string()}))
        .await;
    assert!(reply.contains("Gate saved"), "{reply}");
    assert!(
        reply.contains("The owner of the Keygate application must turn on 2FA"),
        "setup warns: {reply}"
    );

    let responses = world.confirm_enrollment(GUILD, MEMBER).await;
    let told = last_text(&responses);
    assert!(
        told.contains("hasn't turned on 2FA for their own Discord account"),
        "{:?}",
        texts(&responses)
    );
    let line = wait_for_log(&world.fake, "60003").await.to_string();
    assert!(
        line.contains("the owner of the Keygate application must turn on 2FA"),
        "{line}"
    );
    assert!(!line.contains("drag"), "not the hierarchy fix: {line}");
    assert!(world.fake.member_roles(GUILD, MEMBER).is_empty());

    // Once the owner turns 2FA on, the held grant goes through, and setup stops warning.
    world.fake.set_owner_2fa(true);
    let granted = tokio::time::timeout(WAIT, async {
        while !world.fake.member_roles(GUILD, MEMBER).contains(&ROLE) {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    })
    .await;
    assert!(granted.is_ok(), "the held grant is applied");
    world.restart().await;
    let reply = world.gate_setup(json!({"role": ROLE.to_string()})).await;
    assert!(!reply.contains("must turn on 2FA"), "{reply}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_are_retried_after_server_errors_and_are_for_servers_only() {
    let mut world = World::new().await;
    let body = world.fake.registered_commands();
    for command in body.as_array().expect("a list of commands") {
        assert_eq!(
            command["integration_types"],
            json!([0]),
            "{}",
            command["name"]
        );
        assert_eq!(command["contexts"], json!([0]), "{}", command["name"]);
    }

    world.fake.fail_next(
        "PUT",
        "/commands",
        500,
        json!({"message": "500: Internal Server Error", "code": 0}),
        2,
    );
    world.restart().await;
    let is_put = |r: &discord::Recorded| r.method == "PUT" && r.path.ends_with("/commands");
    world.fake.wait_for_requests(is_put, 4, WAIT).await;
    let last = world.fake.requests().into_iter().filter(is_put).count();
    assert_eq!(last, 4, "one at the first start, two refused, one accepted");
    let i = world
        .fake
        .slash(GUILD, MEMBER, "2fa status", json!({}))
        .await;
    assert!(!world.responses(&i, 1).await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_registration_leaves_the_worker_running() {
    let mut world = World::new().await;
    world.setup_gate().await;
    // The grant waits in the outbox: Discord is down for it.
    world.fake.fail_next(
        "PUT",
        &format!("/members/{MEMBER}/roles/"),
        503,
        json!({"message": "Service Unavailable", "code": 0}),
        1000,
    );
    world.confirm_enrollment(GUILD, MEMBER).await;
    if let Some(bot) = world.bot.take() {
        bot.shutdown().await;
    }
    world.fake.clear_failures();
    world.fake.fail_next(
        "PUT",
        "/commands",
        400,
        json!({"message": "Invalid Form Body", "code": 50035, "errors": {"0": {"name": {"_errors": [
            {"code": "APPLICATION_COMMAND_INVALID_NAME", "message": "Command name is invalid"}
        ]}}}}),
        1,
    );
    world.launch().await;
    let granted = tokio::time::timeout(WAIT, async {
        while !world.fake.member_roles(GUILD, MEMBER).contains(&ROLE) {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    })
    .await;
    assert!(granted.is_ok(), "the worker applied the pending grant");
    // Not retried: the same body would be refused again. The commands Discord already had work.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let refused = world
        .fake
        .requests()
        .iter()
        .filter(|r| r.method == "PUT" && r.path.ends_with("/commands"))
        .count();
    assert_eq!(refused, 2, "the first start's and the refused one");
    let i = world
        .fake
        .slash(GUILD, MEMBER, "2fa status", json!({}))
        .await;
    let status = all_text(&world.responses(&i, 2).await);
    assert!(status.contains("set up"), "{status}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn setup_judges_the_moderator_by_server_permissions_not_the_channels() {
    let world = World::new().await;
    // Manage Roles from a channel overwrite only: the interaction's permissions have it, their
    // role (above the gated one, so the hierarchy alone would let them) does not.
    let channel_only = 930_000_000_000_000_090;
    world.fake.add_user(
        GUILD,
        FakeUser::new(channel_only, "channel-only")
            .with_permissions(discord::EVERYONE_DEFAULT | MANAGE_GUILD | MANAGE_ROLES)
            .with_roles(&[ACTIVE_ROLE]),
    );
    let text = world
        .run_as(
            channel_only,
            "gate setup",
            json!({"role": ROLE.to_string()}),
        )
        .await;
    assert!(
        text.contains("**Manage Roles** permission yourself"),
        "{text}"
    );

    // Manage Roles from their role, denied in this channel: the server-wide permission counts.
    let role_mod = 930_000_000_000_000_091;
    world.fake.add_user(
        GUILD,
        FakeUser::new(role_mod, "role-mod")
            .with_permissions(discord::EVERYONE_DEFAULT | MANAGE_GUILD)
            .with_roles(&[MOD_ROLE]),
    );
    let text = world
        .run_as(role_mod, "gate setup", json!({"role": ROLE.to_string()}))
        .await;
    assert!(text.contains("Gate saved"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_members_intent_follows_the_portal_and_a_refusal_stops_with_one_clear_error() {
    let mut world = World::new().await;
    assert_eq!(
        world.fake.identify_intents() & GUILD_MEMBERS_INTENT,
        0,
        "not allowed in the portal: not asked for"
    );
    world
        .fake
        .set_application_flags(GATEWAY_GUILD_MEMBERS_LIMITED);
    world.restart().await;
    assert_ne!(world.fake.identify_intents() & GUILD_MEMBERS_INTENT, 0);
    world.members_intent = Some(false);
    world.restart().await;
    assert_eq!(
        world.fake.identify_intents() & GUILD_MEMBERS_INTENT,
        0,
        "false never asks"
    );

    // Forced on while the portal refuses: Discord closes with 4014, and the bot stops.
    world.fake.set_application_flags(0);
    world.members_intent = Some(true);
    if let Some(bot) = world.bot.take() {
        bot.shutdown().await;
    }
    let mut bot = world.start_only().await;
    let stopped = tokio::time::timeout(WAIT, bot.wait())
        .await
        .expect("the bot stops by itself");
    let error = stopped.expect_err("a refused intent is an error");
    assert!(error.contains("4014"), "{error}");
    assert!(error.contains("Server Members Intent"), "{error}");
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(world.fake.refused_identifies(), 1, "no reconnect loop");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closed_dms_are_tried_once_and_a_log_channel_that_refused_is_left_alone() {
    let world = World::new().await;
    for _ in 0..50 {
        let shown = world.run_as(QUIET_MEMBER, "2fa guide", json!({})).await;
        assert!(shown.contains("your DMs are closed"), "{shown}");
    }
    let attempts = world
        .fake
        .requests()
        .iter()
        .filter(|r| {
            r.method == "POST" && r.path.starts_with("/channels/") && r.path.ends_with("/messages")
        })
        .filter(|r| {
            Some(r.path.as_str())
                == world
                    .fake
                    .dm_channel(QUIET_MEMBER)
                    .map(|c| format!("/channels/{c}/messages"))
                    .as_deref()
        })
        .count();
    assert_eq!(attempts, 1, "one DM attempt for 50 guides");

    // The log channel refuses: one post is tried, then none until /gate setup.
    let log_posts = |world: &World| {
        world
            .fake
            .requests()
            .iter()
            .filter(|r| r.method == "POST" && r.path == format!("/channels/{LOG}/messages"))
            .count()
    };
    world.setup_gate().await;
    world.enroll(GUILD, MEMBER).await;
    world.enroll(GUILD, SECOND_MEMBER).await;
    let before = log_posts(&world);
    world.fake.fail_next(
        "POST",
        &format!("/channels/{LOG}/messages"),
        403,
        json!({"message": "Missing Access", "code": 50001}),
        2,
    );
    for user in [MEMBER, SECOND_MEMBER] {
        let reply = world
            .run_as(MODERATOR, "gate revoke", json!({"user": user.to_string()}))
            .await;
        assert!(reply.contains("Removed"), "{reply}");
        // The log line goes out after the reply: let the first one's refusal come back before
        // the second revoke, or both are in flight before either is refused.
        let log_post = |r: &discord::Recorded| {
            r.method == "POST" && r.path == format!("/channels/{LOG}/messages")
        };
        world
            .fake
            .wait_for_requests(log_post, before + 1, Duration::from_secs(5))
            .await;
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    assert_eq!(log_posts(&world), before + 1, "the refusal is not repeated");
    let reply = world.gate_setup(json!({"role": ROLE.to_string()})).await;
    assert!(
        reply.contains("I couldn't post in the log channel"),
        "{reply}"
    );
    assert_eq!(log_posts(&world), before + 2, "setup tries once more");
    // Fixed now: setup posts, and so does everything after.
    let reply = world.gate_setup(json!({"role": ROLE.to_string()})).await;
    assert!(!reply.contains("couldn't post"), "{reply}");
    assert_eq!(log_posts(&world), before + 3);
}

/// A second process's reporter: nothing to tell.
struct Quiet;

impl Reporter for Quiet {
    async fn refused(&self, _: &RoleChange, _: &Outcome) {}
    async fn applied(&self, _: &RoleChange) {}
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_grant_held_in_flight_is_never_applied_after_a_later_revoke() {
    let world = World::new().await;
    world.setup_gate().await;
    // A second bot process's worker, on the same database.
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let http = Arc::new(keygate::discord::build_http(
        "loopback-token",
        Some(&world.fake.api_url()),
    ));
    let second = Worker {
        outbox: world.db.store().await,
        reporter: Quiet,
        requests: keygate::discord::ratelimit::Requester::new(
            http.clone(),
            Duration::from_secs(5),
            Some(keygate::discord::ratelimit::DEFAULT_PER_SECOND),
        ),
        http,
        cache: Arc::new(serenity::Cache::new()),
        handle: WorkerHandle::new(),
        pacing: Pacing {
            retry_base: Duration::from_millis(100),
            retry_max: Duration::from_secs(1),
            poll: Duration::from_millis(50),
        },
        clock: world.clock.clone(),
        budget: Arc::default(),
        shards: keygate::gate::repository::ShardSpan::ALL,
    };
    let second = tokio::spawn(second.run(stopped));

    let mut held = world
        .fake
        .hold_next("PUT", &format!("/members/{MEMBER}/roles/{ROLE}"));
    let (_, ()) = tokio::join!(world.confirm_enrollment(GUILD, MEMBER), async {
        held.arrived(WAIT).await;
        // While one worker's grant is on the wire, a moderator revokes.
        world
            .run_as(
                MODERATOR,
                "gate revoke",
                json!({"user": MEMBER.to_string()}),
            )
            .await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let early_delete =
            world.fake.requests().iter().any(|r| {
                r.method == "DELETE" && r.path.contains(&format!("/members/{MEMBER}/roles/"))
            });
        assert!(!early_delete, "the removal waits for the grant in flight");
        held.release();
    });
    let removed = tokio::time::timeout(WAIT, async {
        loop {
            let deleted = world.fake.requests().iter().any(|r| {
                r.method == "DELETE" && r.path.contains(&format!("/members/{MEMBER}/roles/"))
            });
            if deleted && !world.fake.member_roles(GUILD, MEMBER).contains(&ROLE) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    })
    .await;
    assert!(removed.is_ok(), "the revoke is applied last");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        !world.fake.member_roles(GUILD, MEMBER).contains(&ROLE),
        "and stays: no older grant undoes it"
    );
    let _ = stop.send(true);
    let _ = second.await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_by_role_is_still_held_to_the_role_order() {
    let world = World::new().await;
    // Administrator from a role at the gated role's level: Discord's hierarchy still applies.
    world
        .fake
        .set_role_permissions(GUILD, STAFF_ROLE, discord::ADMINISTRATOR)
        .await;
    let admin = 930_000_000_000_000_092;
    world.fake.add_user(
        GUILD,
        FakeUser::new(admin, "low-admin")
            .with_permissions(u64::from(u32::MAX))
            .with_roles(&[STAFF_ROLE]),
    );
    let text = world
        .run_as(admin, "gate setup", json!({"role": ROLE.to_string()}))
        .await;
    assert!(
        text.contains("above (or level with) your own highest role"),
        "{text}"
    );
    // An administrator by a role above the gated one may, without Manage Roles of its own.
    let high_admin = 930_000_000_000_000_093;
    world.fake.add_user(
        GUILD,
        FakeUser::new(high_admin, "high-admin")
            .with_permissions(u64::from(u32::MAX))
            .with_roles(&[HIGH_ROLE]),
    );
    let text = world
        .run_as(high_admin, "gate setup", json!({"role": ROLE.to_string()}))
        .await;
    assert!(text.contains("Gate saved"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_whose_requests_discord_keeps_refusing_holds_back_alone() {
    let mut world = World::new().await;
    world.refusal_limits = Limits {
        total: 1000,
        per_server: 2,
        window: Duration::from_secs(20),
    };
    world.restart().await;
    world.setup_gate().await;
    let panel = |world: &World| {
        world
            .fake
            .requests()
            .iter()
            .filter(|r| r.method == "POST" && r.path == format!("/channels/{CHANNEL}/messages"))
            .count()
    };
    world.fake.fail_next(
        "POST",
        &format!("/channels/{CHANNEL}/messages"),
        403,
        json!({"message": "Missing Permissions", "code": 50013}),
        3,
    );
    let options = json!({"channel": CHANNEL.to_string()});
    for _ in 0..3 {
        let reply = world.run_as(MODERATOR, "gate panel", options.clone()).await;
        assert!(reply.contains("I can't post in"), "{reply}");
    }
    assert_eq!(panel(&world), 3);
    // Past the server's limit: no more requests that Discord would refuse, from this server.
    let reply = world.run_as(MODERATOR, "gate panel", options.clone()).await;
    assert!(reply.contains("holding back here"), "{reply}");
    assert_eq!(panel(&world), 3, "not sent");
    // A grant waits (it is not dropped) until the refusals fall out of the window.
    let responses = world.confirm_enrollment(GUILD, MEMBER).await;
    assert!(
        last_text(&responses).contains("on its way"),
        "{:?}",
        texts(&responses)
    );
    assert!(
        !world.fake.member_roles(GUILD, MEMBER).contains(&ROLE),
        "held while the server is paused"
    );
    // DMs are the members' choice, not the server's: they go on.
    let shown = world.run_as(MEMBER, "2fa guide", json!({})).await;
    assert!(shown.contains("sent you the guide"), "{shown}");
    let granted = tokio::time::timeout(Duration::from_secs(40), async {
        while !world.fake.member_roles(GUILD, MEMBER).contains(&ROLE) {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await;
    assert!(
        granted.is_ok(),
        "the grant is applied once the window has passed"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_removal_refused_for_the_owners_2fa_waits_and_happens_once_it_is_on() {
    let mut world = World::new().await;
    world.setup_gate().await;
    world.enroll(GUILD, MEMBER).await;
    assert!(world.fake.member_roles(GUILD, MEMBER).contains(&ROLE));
    world.fake.set_guild_mfa_level(GUILD, 1);
    world.fake.set_owner_2fa(false);
    world.restart().await;

    let reply = world
        .run_as(
            MODERATOR,
            "gate revoke",
            json!({"user": MEMBER.to_string()}),
        )
        .await;
    assert!(reply.contains("Removed"), "{reply}");
    let line = wait_for_log(&world.fake, "60003").await.to_string();
    assert!(line.contains("it goes once 2FA is on"), "{line}");
    let deletes = |world: &World| {
        world
            .fake
            .requests()
            .iter()
            .filter(|r| {
                r.method == "DELETE" && r.path.contains(&format!("/members/{MEMBER}/roles/"))
            })
            .count()
    };
    // Held, not retried against Discord: the bot looks at its user's `mfa_enabled` instead.
    world
        .fake
        .wait_for_requests(|r| r.method == "GET" && r.path == "/users/@me", 2, WAIT)
        .await;
    assert_eq!(deletes(&world), 1, "one refused removal, then none");
    assert!(
        world.fake.member_roles(GUILD, MEMBER).contains(&ROLE),
        "still held"
    );

    // The owner turns on 2FA: the removal waiting in the outbox goes through.
    world.fake.set_owner_2fa(true);
    let removed = tokio::time::timeout(WAIT, async {
        while world.fake.member_roles(GUILD, MEMBER).contains(&ROLE) {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    })
    .await;
    assert!(removed.is_ok(), "removed after {} tries", deletes(&world));
    let told = world
        .fake
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path == format!("/channels/{LOG}/messages"))
        .filter(|r| r.body.to_string().contains("60003"))
        .count();
    assert_eq!(told, 1, "moderators hear of it once");
}
