//! The role worker: 403 explained and never retried, 5xx and 429 retried, pending grants applied
//! by the next process.

use std::time::Duration;

use keygate::discord::custom_id::CustomId;
use loopback_discord::RateLimits;
use serde_json::json;

use crate::support::world::{
    CHANNEL, GUILD, LOG, MEMBER, MODERATOR, OTHER_GUILD, ROLE, SECOND_MEMBER, WAIT, World,
    all_text, last_text, texts, user, wait_for_log,
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forbidden_grant_is_explained_to_the_member_and_the_moderators_without_retrying() {
    let world = World::new().await;
    world.setup_gate().await;
    world.fake.fail_next(
        "PUT",
        &format!("/members/{MEMBER}/roles/"),
        403,
        json!({"message": "Missing Permissions", "code": 50013}),
        1,
    );
    let responses = world.confirm_enrollment(GUILD, MEMBER).await;
    assert!(
        last_text(&responses).contains("couldn't give you the"),
        "{:?}",
        texts(&responses)
    );
    wait_for_log(&world.fake, "Manage Roles").await;
    // Final, not scheduled for a retry: nothing waits in the outbox, so no worker takes it again.
    let stats = world
        .fake
        .slash(GUILD, MODERATOR, "gate stats", json!({}))
        .await;
    let text = all_text(&world.responses(&stats, 2).await);
    assert!(text.contains("**Role changes waiting:** 0"), "{text}");
    let puts = world
        .fake
        .requests()
        .iter()
        .filter(|r| r.method == "PUT" && r.path.contains("/roles/"))
        .count();
    assert_eq!(puts, 1, "a 403 is never retried");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_error_on_grant_is_retried_until_it_succeeds() {
    let world = World::new().await;
    world.setup_gate().await;
    world.fake.fail_next(
        "PUT",
        &format!("/members/{MEMBER}/roles/"),
        500,
        json!({"message": "500: Internal Server Error", "code": 0}),
        1,
    );
    world.fake.fail_next(
        "PUT",
        &format!("/members/{MEMBER}/roles/"),
        429,
        json!({"message": "You are being rate limited.", "retry_after": 0.05, "global": false}),
        1,
    );
    world.enroll_without_role_check(GUILD, MEMBER).await;
    world
        .fake
        .wait_for_request(
            |r| {
                r.method == "PUT"
                    && r.path.ends_with(&format!("/members/{MEMBER}/roles/{ROLE}"))
                    && r.status == 204
            },
            WAIT,
        )
        .await;
    assert!(world.fake.member_roles(GUILD, MEMBER).contains(&ROLE));
    let puts = world
        .fake
        .requests()
        .iter()
        .filter(|r| r.method == "PUT" && r.path.contains("/roles/"))
        .count();
    assert_eq!(puts, 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pending_grant_is_applied_by_the_next_process_and_panel_buttons_survive_a_restart() {
    let mut world = World::new().await;
    world.setup_gate().await;
    let panel = world
        .fake
        .slash(
            GUILD,
            MODERATOR,
            "gate panel",
            json!({"channel": CHANNEL.to_string()}),
        )
        .await;
    assert!(all_text(&world.responses(&panel, 2).await).contains("Posted the verification panel"));
    let panel_message = world
        .fake
        .channel_messages(CHANNEL)
        .pop()
        .expect("panel posted");

    // Discord is failing while the member verifies: the grant waits in the outbox.
    world.fake.fail_next(
        "PUT",
        "/roles/",
        503,
        json!({"message": "Service Unavailable", "code": 0}),
        1000,
    );
    world.enroll_without_role_check(GUILD, MEMBER).await;
    assert!(!world.fake.member_roles(GUILD, MEMBER).contains(&ROLE));
    world.bot.take().unwrap().shutdown().await;

    world.fake.clear_failures();
    world.start_bot().await;
    world
        .fake
        .wait_for_request(
            |r| {
                r.method == "PUT"
                    && r.path.ends_with(&format!("/members/{MEMBER}/roles/{ROLE}"))
                    && r.status == 204
            },
            WAIT,
        )
        .await;
    assert!(world.fake.member_roles(GUILD, MEMBER).contains(&ROLE));

    // The panel posted by the previous process still works.
    let click = world
        .fake
        .click(
            GUILD,
            SECOND_MEMBER,
            &panel_message,
            &CustomId::PanelVerify(None).to_string(),
        )
        .await;
    let responses = world.responses(&click, 2).await;
    assert!(
        responses
            .iter()
            .any(|r| r.files.iter().any(|(n, _)| n == "keygate-qr.png")),
        "{:?}",
        texts(&responses)
    );
    world.restart().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_grant_answered_not_found_is_never_reported_as_on_its_way() {
    let world = World::new().await;
    world.setup_gate().await;
    world.fake.fail_next(
        "PUT",
        &format!("/members/{MEMBER}/roles/"),
        404,
        json!({"message": "Unknown Member", "code": 10007}),
        1,
    );
    let responses = world.confirm_enrollment(GUILD, MEMBER).await;
    let text = last_text(&responses);
    assert!(!text.contains("on its way"), "{text}");
    assert!(text.contains("couldn't be added"), "{text}");
    let stats = world
        .fake
        .slash(GUILD, MODERATOR, "gate stats", json!({}))
        .await;
    let text = all_text(&world.responses(&stats, 2).await);
    assert!(
        text.contains("**Role changes waiting:** 0"),
        "recorded as final: {text}"
    );
}

/// Members of a raid on the test server, each with a grant already waiting in the outbox.
async fn queue_raid(world: &World, members: u64) -> Vec<u64> {
    let raiders: Vec<u64> = (0..members).map(|n| RAIDER + n).collect();
    for (n, raider) in raiders.iter().enumerate() {
        world
            .fake
            .add_user(GUILD, user(*raider, &format!("raider{n}"), false, true));
    }
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&world.db.url)
        .await
        .expect("database");
    for raider in &raiders {
        sqlx::query(
            "INSERT INTO role_changes (guild_id, user_id, role_id, action, cause, created_at, not_before, attempts) \
             VALUES ($1, $2, $3, 'grant', 'verified', 0, 0, 0)",
        )
        .bind(GUILD as i64)
        .bind(*raider as i64)
        .bind(ROLE as i64)
        .execute(&pool)
        .await
        .expect("queue a grant");
    }
    raiders
}

const RAIDER: u64 = 940_000_000_000_000_000;

fn role_puts(world: &World, guild: u64) -> Vec<loopback_discord::Recorded> {
    world
        .fake
        .requests()
        .into_iter()
        .filter(|r| r.method == "PUT" && r.path.starts_with(&format!("/guilds/{guild}/members/")))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_raid_in_one_server_does_not_hold_up_another_and_keeps_to_discords_rate_limits() {
    let world = World::new().await;
    world.setup_gate().await;
    let other = world
        .fake
        .slash(
            OTHER_GUILD,
            MODERATOR,
            "gate setup",
            json!({"role": ROLE.to_string(), "log_channel": (LOG + 10).to_string()}),
        )
        .await;
    assert!(last_text(&world.responses(&other, 2).await).contains("Gate saved"));
    // Discord's limits: 50 requests a second in all, and here 10 a second per route and server.
    world
        .fake
        .enforce_rate_limits(Some(RateLimits::discord(10)));
    let raiders = queue_raid(&world, 100).await;
    world
        .fake
        .wait_for_request(
            |r| r.method == "PUT" && r.path.contains(&format!("/members/{RAIDER}/")),
            WAIT,
        )
        .await;

    // A member of the other server passes its gate while the raid's grants go out.
    let (_, _, responses) = world.enroll_with(OTHER_GUILD, MEMBER, json!({})).await;
    assert!(all_text(&responses).contains("role has been added"));
    let raid_done_before = role_puts(&world, GUILD)
        .iter()
        .filter(|r| r.status == 204)
        .count();
    assert!(
        raid_done_before < raiders.len(),
        "the other server's grant did not wait for the raid ({raid_done_before} of {} done)",
        raiders.len()
    );

    // The raid finishes, each grant applied exactly once, at the pace Discord allows.
    let all_applied = tokio::time::timeout(Duration::from_secs(60), async {
        while role_puts(&world, GUILD)
            .iter()
            .filter(|r| r.status == 204)
            .count()
            < raiders.len()
        {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await;
    assert!(all_applied.is_ok(), "every grant of the raid applied");
    for raider in &raiders {
        assert!(world.fake.member_roles(GUILD, *raider).contains(&ROLE));
        let applied = role_puts(&world, GUILD)
            .iter()
            .filter(|r| r.status == 204 && r.path.contains(&format!("/members/{raider}/")))
            .count();
        assert_eq!(applied, 1, "raider {raider}'s grant applied once");
    }
    let requests = world.fake.requests();
    let limited = requests.iter().filter(|r| r.status == 429).count();
    assert!(
        limited * 100 < requests.len(),
        "{limited} of {} requests were refused with 429: the worker must follow the headers",
        requests.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_is_retried_no_sooner_than_discord_asked() {
    let world = World::new().await;
    world.setup_gate().await;
    world.fake.fail_next(
        "PUT",
        &format!("/members/{MEMBER}/roles/"),
        429,
        json!({"message": "You are being rate limited.", "retry_after": 1.5, "global": false}),
        1,
    );
    world.enroll_without_role_check(GUILD, MEMBER).await;
    let grant = format!("/members/{MEMBER}/roles/{ROLE}");
    let limited = world
        .fake
        .wait_for_request(|r| r.path.ends_with(&grant) && r.status == 429, WAIT)
        .await;
    let applied = world
        .fake
        .wait_for_request(|r| r.path.ends_with(&grant) && r.status == 204, WAIT)
        .await;
    let waited = applied.at - limited.at;
    assert!(
        waited >= Duration::from_millis(1500),
        "retried {waited:?} after a 429 that asked for 1.5 s"
    );
    assert!(world.fake.member_roles(GUILD, MEMBER).contains(&ROLE));
}
