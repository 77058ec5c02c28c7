//! The role worker: 403 explained and never retried, 5xx and 429 retried, pending grants applied
//! by the next process.

use keygate::discord::custom_id::CustomId;
use serde_json::json;

use crate::support::world::{
    CHANNEL, GUILD, MEMBER, MODERATOR, ROLE, SECOND_MEMBER, WAIT, World, all_text, last_text,
    texts, wait_for_log,
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
