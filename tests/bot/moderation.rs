//! Moderators: who may run `/gate`, which roles can be gated, reset, revoke, stats, config, and
//! servers kept apart.

use keygate::discord::custom_id::CodeForm;
use keygate::gate::{Clock, RoleId, totp};
use loopback_discord::{self as discord, FakeUser, MANAGE_GUILD};
use serde_json::json;

use crate::support::world::{
    GUILD, HIGH_ROLE, LOG, MANAGED_ROLE, MEMBER, MODERATOR, OTHER_GUILD, QUIET_MEMBER, ROLE, WAIT,
    World, all_text, form, last_text, texts, wait_for_log,
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_gate_subcommand_refuses_a_member_without_manage_server() {
    let world = World::new().await;
    // Discord hides /gate from members; a stale client or a mis-set override could still send it.
    world.fake.allow_hidden_commands(true);
    let member = MEMBER.to_string();
    let walk = [
        ("setup", json!({"role": ROLE.to_string()})),
        ("drop", json!({"role": ROLE.to_string()})),
        ("panel", json!({})),
        ("status", json!({"user": member})),
        ("unlock", json!({"user": member})),
        ("revoke", json!({"user": member})),
        ("reset", json!({"user": member, "reason": "lost phone"})),
        ("bypass", json!({"user": member})),
        ("stats", json!({})),
        ("audit", json!({})),
        ("config", json!({})),
    ];
    let commands = world.fake.registered_commands();
    let gate = commands
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "gate")
        .unwrap();
    let registered: Vec<&str> = gate["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    let walked: Vec<&str> = walk.iter().map(|(name, _)| *name).collect();
    assert_eq!(walked, registered, "the walk covers every /gate subcommand");
    for (name, options) in walk {
        let before = world.fake.requests().len();
        let i = world
            .fake
            .slash(GUILD, MEMBER, &format!("gate {name}"), options)
            .await;
        let text = all_text(&world.responses(&i, 1).await);
        assert!(text.contains("Only moderators"), "/gate {name}: {text}");
        // Only the refusal went out: no lookup, no post, no DM, no role change.
        let calls: Vec<String> = world.fake.requests()[before..]
            .iter()
            .map(|r| format!("{} {}", r.method, r.path))
            .collect();
        assert!(
            calls.iter().all(|c| c.starts_with("POST /interactions/")),
            "/gate {name} did something: {calls:?}"
        );
    }
    // Nothing was configured on the way.
    let verify = world.fake.slash(GUILD, MEMBER, "verify", json!({})).await;
    let text = all_text(&world.responses(&verify, 1).await);
    assert!(
        text.contains("hasn't set up its verification gate"),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn setup_refuses_roles_the_bot_cannot_grant_and_names_the_fix() {
    let world = World::new().await;
    for (role, expected) in [
        (HIGH_ROLE, "drag my role above"),
        (MANAGED_ROLE, "managed by an integration"),
        (GUILD, "@everyone"),
    ] {
        let i = world
            .fake
            .slash(
                GUILD,
                MODERATOR,
                "gate setup",
                json!({"role": role.to_string()}),
            )
            .await;
        let text = last_text(&world.responses(&i, 2).await);
        assert!(text.contains(expected), "{role}: {text}");
    }
    let verify = world.fake.slash(GUILD, MEMBER, "verify", json!({})).await;
    assert!(
        all_text(&world.responses(&verify, 1).await)
            .contains("hasn't set up its verification gate")
    );

    // A moderator may only hand out roles they could give themselves.
    let junior = 930_000_000_000_000_098;
    world.fake.add_user(
        GUILD,
        FakeUser::new(junior, "junior").with_permissions(discord::EVERYONE_DEFAULT | MANAGE_GUILD),
    );
    let i = world
        .fake
        .slash(
            GUILD,
            junior,
            "gate setup",
            json!({"role": ROLE.to_string()}),
        )
        .await;
    let text = last_text(&world.responses(&i, 2).await);
    assert!(
        text.contains("**Manage Roles** permission yourself"),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn servers_are_isolated() {
    let world = World::new().await;
    world.setup_gate().await;
    world.enroll(GUILD, MEMBER).await;
    // In the other server the member is a stranger: not configured there.
    let other = world
        .fake
        .slash(OTHER_GUILD, MEMBER, "verify", json!({}))
        .await;
    assert!(
        all_text(&world.responses(&other, 1).await).contains("hasn't set up its verification gate")
    );
    let status = world
        .fake
        .slash(
            OTHER_GUILD,
            MODERATOR,
            "gate status",
            json!({"user": MEMBER.to_string()}),
        )
        .await;
    assert!(all_text(&world.responses(&status, 2).await).contains("not set up"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reset_tells_the_member_by_dm_or_says_their_dms_are_closed() {
    let world = World::new().await;
    world.setup_gate().await;
    world.enroll(GUILD, MEMBER).await;
    world.enroll(GUILD, QUIET_MEMBER).await;
    let reset = world
        .fake
        .slash(
            GUILD,
            MODERATOR,
            "gate reset",
            json!({"user": MEMBER.to_string(), "reason": "lost phone"}),
        )
        .await;
    assert!(all_text(&world.responses(&reset, 2).await).contains("They were told by DM"));
    assert!(
        world
            .fake
            .dm_messages(MEMBER)
            .iter()
            .any(|m| m["content"].as_str().unwrap_or("").contains("lost phone"))
    );
    let quiet = world
        .fake
        .slash(
            GUILD,
            MODERATOR,
            "gate reset",
            json!({"user": QUIET_MEMBER.to_string(), "reason": "lost phone"}),
        )
        .await;
    assert!(all_text(&world.responses(&quiet, 2).await).contains("DMs are closed"));
    world
        .fake
        .wait_for_request(
            |r| {
                r.method == "DELETE" && r.path.ends_with(&format!("/members/{MEMBER}/roles/{ROLE}"))
            },
            WAIT,
        )
        .await;
    let audit = world
        .fake
        .slash(
            GUILD,
            MODERATOR,
            "gate audit",
            json!({"user": MEMBER.to_string()}),
        )
        .await;
    assert!(all_text(&world.responses(&audit, 2).await).contains("reset"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moderators_revoke_and_read_stats_and_config() {
    let world = World::new().await;
    world.setup_gate().await;
    let (secret, _) = world.enroll(GUILD, MEMBER).await;
    let stats = world
        .fake
        .slash(GUILD, MODERATOR, "gate stats", json!({}))
        .await;
    assert!(all_text(&world.responses(&stats, 2).await).contains("**Enrolled members:** 1"));
    let config = world
        .fake
        .slash(GUILD, MODERATOR, "gate config", json!({}))
        .await;
    let text = all_text(&world.responses(&config, 2).await);
    assert!(
        text.contains(&format!("<@&{ROLE}>")) && text.contains(&format!("<#{LOG}>")),
        "{text}"
    );

    let revoke = world
        .fake
        .slash(
            GUILD,
            MODERATOR,
            "gate revoke",
            json!({"user": MEMBER.to_string()}),
        )
        .await;
    assert!(all_text(&world.responses(&revoke, 2).await).contains("They can verify again"));
    world
        .fake
        .wait_for_request(
            |r| {
                r.method == "DELETE" && r.path.ends_with(&format!("/members/{MEMBER}/roles/{ROLE}"))
            },
            WAIT,
        )
        .await;
    assert!(!world.fake.member_roles(GUILD, MEMBER).contains(&ROLE));
    wait_for_log(&world.fake, &format!("removed <@&{ROLE}> from <@{MEMBER}>")).await;
    // The enrollment stayed: the member verifies again with the app.
    let i = world.fake.slash(GUILD, MEMBER, "verify", json!({})).await;
    let verify = form(CodeForm::Verify(Some(RoleId::new(ROLE))));
    assert_eq!(world.responses(&i, 1).await[0].data["custom_id"], verify);
    let code = totp::code_at(&secret, world.clock.now());
    let submit = world
        .fake
        .submit_modal(GUILD, MEMBER, &verify, &[("code", &code)])
        .await;
    let again = world.responses(&submit, 3).await;
    assert!(
        all_text(&again).contains("role has been added"),
        "{:?}",
        texts(&again)
    );
    assert!(world.fake.member_roles(GUILD, MEMBER).contains(&ROLE));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_reason_reaches_the_member_and_the_log_without_pings_or_control_characters() {
    let world = World::new().await;
    world.setup_gate().await;
    world.enroll(GUILD, MEMBER).await;
    let reason = format!(
        "lost phone @everyone @here <@{MODERATOR}> <@&{ROLE}> <#{LOG}>\u{7}\u{1b}[31m {}",
        "x".repeat(400)
    );
    let reset = world
        .fake
        .slash(
            GUILD,
            MODERATOR,
            "gate reset",
            json!({"user": MEMBER.to_string(), "reason": reason}),
        )
        .await;
    assert!(all_text(&world.responses(&reset, 2).await).contains("They were told by DM"));
    let dm = world.fake.wait_dm_messages(MEMBER, 1, WAIT).await.remove(0);
    let logged = wait_for_log(&world.fake, "reset <@").await;
    // The reason as each shows it (the log line itself names the moderator and the member).
    let dm = dm["content"].as_str().unwrap();
    let in_dm = dm
        .split_once("(reason: ")
        .map(|(_, rest)| rest)
        .unwrap_or(dm);
    let log = logged["content"].as_str().unwrap();
    let in_log = log
        .split_once("Reason: ")
        .map(|(_, rest)| rest)
        .unwrap_or(log);
    for (what, text) in [("DM", in_dm.to_owned()), ("log", in_log.to_owned())] {
        assert!(text.contains("lost phone"), "{what}: {text}");
        for forbidden in [
            "@everyone".to_owned(),
            "@here".to_owned(),
            format!("<@{MODERATOR}>"),
            format!("<@&{ROLE}>"),
            format!("<#{LOG}>"),
            "\u{7}".to_owned(),
            "\u{1b}".to_owned(),
        ] {
            assert!(
                !text.contains(&forbidden),
                "{what} holds {forbidden:?}: {text}"
            );
        }
        assert!(
            !text.contains(&"x".repeat(250)),
            "{what}: the reason is capped"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_log_channel_and_the_panel_channel_must_belong_to_this_server() {
    let world = World::new().await;
    let foreign = LOG + 10; // OTHER_GUILD's log channel
    let setup = world
        .fake
        .slash(
            GUILD,
            MODERATOR,
            "gate setup",
            json!({"role": ROLE.to_string(), "log_channel": foreign.to_string()}),
        )
        .await;
    let text = last_text(&world.responses(&setup, 2).await);
    assert!(text.contains("isn't in this server"), "{text}");
    let verify = world.fake.slash(GUILD, MEMBER, "verify", json!({})).await;
    assert!(
        all_text(&world.responses(&verify, 1).await).contains("hasn't set up"),
        "nothing was configured"
    );

    world.setup_gate().await;
    let panel = world
        .fake
        .slash(
            GUILD,
            MODERATOR,
            "gate panel",
            json!({"channel": foreign.to_string()}),
        )
        .await;
    let text = last_text(&world.responses(&panel, 2).await);
    assert!(text.contains("isn't in this server"), "{text}");
    assert!(
        world.fake.channel_messages(foreign).is_empty(),
        "no panel was posted there"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_moderator_cannot_reset_unlock_or_revoke_themselves_or_anyone_not_below_them() {
    let world = World::new().await;
    world.setup_gate().await;
    world.enroll(GUILD, MODERATOR).await;
    let me = MODERATOR.to_string();
    for (command, options) in [
        ("gate reset", json!({"user": me, "reason": "lost phone"})),
        ("gate unlock", json!({"user": me})),
        ("gate revoke", json!({"user": me})),
    ] {
        let i = world.fake.slash(GUILD, MODERATOR, command, options).await;
        let text = last_text(&world.responses(&i, 2).await);
        assert!(
            text.contains("can't do this to yourself"),
            "{command}: {text}"
        );
    }
    // A junior moderator (Manage Server, no role above the senior's) cannot reach the senior.
    let junior = 930_000_000_000_000_097;
    world.fake.add_user(
        GUILD,
        FakeUser::new(junior, "junior").with_permissions(discord::EVERYONE_DEFAULT | MANAGE_GUILD),
    );
    let i = world
        .fake
        .slash(
            GUILD,
            junior,
            "gate reset",
            json!({"user": MODERATOR.to_string(), "reason": "takeover"}),
        )
        .await;
    let text = last_text(&world.responses(&i, 2).await);
    assert!(text.contains("at or above your highest role"), "{text}");
    // Nothing happened to the senior moderator's setup.
    let status = world
        .fake
        .slash(GUILD, MODERATOR, "2fa status", json!({}))
        .await;
    let text = all_text(&world.responses(&status, 2).await);
    assert!(text.contains("**Backup codes left:** 10"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_german_moderator_sets_up_the_gate_in_german_and_the_log_stays_in_the_servers_language() {
    const HANS: u64 = 930_000_000_000_000_097;
    let world = World::new().await;
    world.fake.add_user(
        GUILD,
        crate::support::world::user(HANS, "hans", true, true).with_locale("de"),
    );
    let reply = world
        .run_as(
            HANS,
            "gate setup",
            json!({"role": ROLE.to_string(), "log_channel": LOG.to_string(), "lasts": "eine Stunde"}),
        )
        .await;
    assert!(reply.contains("`eine Stunde`"), "{reply}");
    assert!(!reply.contains("couldn't"), "in German: {reply}");
    let reply = world
        .run_as(
            HANS,
            "gate setup",
            json!({"role": ROLE.to_string(), "log_channel": LOG.to_string()}),
        )
        .await;
    assert!(reply.contains("Schranke gespeichert"), "{reply}");
    assert!(reply.contains("`/gate panel`"), "{reply}");
    // The server's language is English: its log channel reads English.
    wait_for_log(
        &world.fake,
        &format!("<@{HANS}> set up the gate for <@&{ROLE}>"),
    )
    .await;
    // Discord shows the German client the German names and descriptions.
    let commands = world.fake.registered_commands();
    let gate = commands
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "gate")
        .unwrap();
    let setup = gate["options"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "setup")
        .unwrap();
    assert_eq!(
        setup["name_localizations"]["de"],
        keygate::guide::text(
            keygate::guide::Locale::De,
            keygate::guide::Key::CommandGateSetupName
        )
    );
    let role = setup["options"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "role")
        .unwrap();
    assert_eq!(
        role["description_localizations"]["de"],
        keygate::guide::text(
            keygate::guide::Locale::De,
            keygate::guide::Key::OptionSetupRole
        )
    );
    assert_eq!(
        role["description_localizations"]["ja"],
        keygate::guide::text(
            keygate::guide::Locale::Ja,
            keygate::guide::Key::OptionSetupRole
        )
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stats_attach_a_chart_of_thirty_days_whose_numbers_match_the_audit_trail() {
    stats_chart(World::new().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stats_attach_a_chart_of_thirty_days_whose_numbers_match_the_audit_trail_on_postgres() {
    let Some(db) = crate::support::TestDb::postgres().await else {
        return;
    };
    stats_chart(World::with_db(World::fake().await, db).await).await;
}

async fn stats_chart(world: World) {
    world.setup_gate().await;
    let i = world
        .fake
        .slash(GUILD, MODERATOR, "gate stats", json!({}))
        .await;
    let quiet = all_text(&world.responses(&i, 2).await);
    assert!(quiet.contains("no verifications, failures"), "{quiet}");
    // Today: one first code and one verification (2), three wrong codes, one reused code.
    let (secret, _) = world.enroll(GUILD, MEMBER).await;
    for _ in 0..3 {
        world.verify_with(GUILD, MEMBER, "000000").await;
    }
    world.next_step();
    let code = totp::code_at(&secret, world.clock.now());
    world.verify_with(GUILD, MEMBER, &code).await;
    world.verify_with(GUILD, MEMBER, &code).await;
    let i = world
        .fake
        .slash(GUILD, MODERATOR, "gate stats", json!({}))
        .await;
    let responses = world.responses(&i, 2).await;
    let text = all_text(&responses);
    let today = chrono::DateTime::from_timestamp(world.clock.now().unix(), 0)
        .unwrap()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    assert!(
        text.contains(&format!("`{today}` ✅ 2 · ❌ 3 · 🔒 0 · ⚠️ 1")),
        "{text}"
    );
    // The same numbers as the audit trail's lines of each kind.
    let audit = world.run_as(MODERATOR, "gate audit", json!({})).await;
    let lines = |kind: &str| audit.matches(&format!("**{kind}**")).count();
    assert_eq!(lines("confirmed") + lines("passed"), 2, "{audit}");
    assert_eq!(lines("failed"), 3, "{audit}");
    assert_eq!(lines("replayed"), 1, "{audit}");
    let (name, png) = responses
        .iter()
        .flat_map(|r| r.files.iter())
        .find(|(n, _)| n.ends_with(".png"))
        .expect("a chart");
    assert_eq!(name, "keygate-30-days.png");
    let chart = image::load_from_memory(png).expect("a PNG").to_rgb8();
    assert_eq!((chart.width(), chart.height()), (800, 360));
    // Opaque white card: the same in Discord's dark and light themes.
    assert_eq!(chart.get_pixel(0, 0).0, [255, 255, 255]);
}
