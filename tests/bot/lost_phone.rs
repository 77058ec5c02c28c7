//! A member who lost their phone: a moderator's one-time code (`/gate bypass`), and two-person
//! approval of `reset` and `bypass` (`two_person_reset`).

use serde_json::json;

use crate::support::world::{GUILD, LOG, MEMBER, MODERATOR, ROLE, WAIT, World, all_text, user};

const SECOND_MODERATOR: u64 = 930_000_000_000_000_098;

/// The one-time code in a `/gate bypass` reply.
fn code_in(reply: &str) -> String {
    let start = reply.find("`KG-").expect("a code in the reply") + 1;
    reply[start..start + 22].to_owned()
}

/// Runs `/verify` and submits `code` in its modal.
async fn verify_with(world: &World, code: &str) -> String {
    all_text(&world.verify_with(GUILD, MEMBER, code).await)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_one_time_code_passes_once_then_the_member_enrolls_afresh() {
    let world = World::new().await;
    world.setup_gate().await;
    let reply = world
        .run_as(
            MODERATOR,
            "gate bypass",
            json!({"user": MEMBER.to_string()}),
        )
        .await;
    assert!(reply.contains("no authenticator app set up"), "{reply}");
    world.enroll(GUILD, MEMBER).await;
    world
        .fake
        .wait_for_request(
            |r| r.method == "PUT" && r.path.ends_with(&format!("/members/{MEMBER}/roles/{ROLE}")),
            WAIT,
        )
        .await;
    let reply = world
        .run_as(
            MODERATOR,
            "gate bypass",
            json!({"user": MEMBER.to_string()}),
        )
        .await;
    let code = code_in(&reply);
    assert!(reply.contains("only time the code is shown"), "{reply}");
    // The code is in the moderator's ephemeral reply only: not in the log channel.
    let line = crate::support::world::wait_for_log(&world.fake, "one-time code").await;
    assert!(!line.to_string().contains(&code), "{line}");
    assert!(!line.to_string().contains(&code.replace('-', "")));
    // (Where the factor changes, the modals take 16 characters: a one-time code cannot be typed
    // there, and the gate refuses it anyway.)
    // Once, in the verify box, in any case and spacing.
    let text = verify_with(&world, &code.to_lowercase().replace('-', " ")).await;
    assert!(
        text.contains("one-time code a moderator gave you"),
        "{text}"
    );
    crate::support::world::wait_for_log(&world.fake, "one-time code. Their old authenticator")
        .await;
    // The old setup is gone: `/verify` starts a fresh one (a new QR code), which `enroll`
    // checks and completes.
    world.enroll(GUILD, MEMBER).await;
    // And the spent code is refused from then on.
    let again = verify_with(&world, &code).await;
    assert!(again.contains("already used"), "{again}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_one_time_code_expires_after_a_day() {
    let world = World::new().await;
    world.setup_gate().await;
    world.enroll(GUILD, MEMBER).await;
    let reply = world
        .run_as(
            MODERATOR,
            "gate bypass",
            json!({"user": MEMBER.to_string()}),
        )
        .await;
    let code = code_in(&reply);
    world.clock.advance(24 * 3600 + 1);
    let text = verify_with(&world, &code).await;
    assert!(text.contains("expired"), "{text}");
}

/// The request message in the log channel with its buttons.
async fn request_message(world: &World) -> serde_json::Value {
    world
        .fake
        .wait_for_request(
            |r| {
                r.method == "POST"
                    && r.path == format!("/channels/{LOG}/messages")
                    && r.body.to_string().contains("approval:approve:")
            },
            WAIT,
        )
        .await;
    world
        .fake
        .channel_messages(LOG)
        .into_iter()
        .rev()
        .find(|m| m["components"].to_string().contains("approval:approve:"))
        .expect("the request message")
}

fn button(message: &serde_json::Value, prefix: &str) -> String {
    message["components"][0]["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["custom_id"].as_str().unwrap().to_owned())
        .find(|id| id.starts_with(prefix))
        .expect("the button")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_person_reset_needs_another_moderator_and_expires() {
    let world = World::new().await;
    world
        .fake
        .add_user(GUILD, user(SECOND_MODERATOR, "second-mod", true, true));
    let refused = world
        .gate_setup(json!({"role": ROLE.to_string(), "two_person_reset": true}))
        .await;
    assert!(refused.contains("has none yet"), "{refused}");
    let saved = world
        .gate_setup(json!({"role": ROLE.to_string(), "log_channel": LOG.to_string(), "two_person_reset": true}))
        .await;
    assert!(saved.contains("Two-person approval"), "{saved}");
    // Another moderator alone cannot switch it off again (only the owner, here MODERATOR, can).
    let off = world
        .run_as(
            SECOND_MODERATOR,
            "gate setup",
            json!({"role": ROLE.to_string(), "two_person_reset": false}),
        )
        .await;
    assert!(off.contains("Only the server's owner"), "{off}");
    world.enroll(GUILD, MEMBER).await;
    let asked = world
        .run_as(
            MODERATOR,
            "gate reset",
            json!({"user": MEMBER.to_string(), "reason": "lost phone"}),
        )
        .await;
    assert!(asked.contains("waiting for a second moderator"), "{asked}");
    let message = request_message(&world).await;
    assert!(message["content"].as_str().unwrap().contains("lost phone"));
    // Nothing happened yet: the member is still enrolled.
    let status = world
        .run_as(
            MODERATOR,
            "gate status",
            json!({"user": MEMBER.to_string()}),
        )
        .await;
    assert!(!status.contains("Not enrolled"), "{status}");
    // The requester cannot approve their own request.
    let approve = button(&message, "keygate:approval:approve:");
    let own = world.fake.click(GUILD, MODERATOR, &message, &approve).await;
    let text = all_text(&world.responses(&own, 2).await);
    assert!(text.contains("You asked for this yourself"), "{text}");
    // A member who is no moderator cannot either.
    let member = world.fake.click(GUILD, MEMBER, &message, &approve).await;
    let text = all_text(&world.responses(&member, 1).await);
    assert!(text.contains("Only moderators"), "{text}");
    // Another moderator can.
    let second = world
        .fake
        .click(GUILD, SECOND_MODERATOR, &message, &approve)
        .await;
    let text = all_text(&world.responses(&second, 2).await);
    assert!(text.contains(&format!("Reset <@{MEMBER}>")), "{text}");
    crate::support::world::wait_for_log(&world.fake, &format!("Approved by <@{SECOND_MODERATOR}>"))
        .await;
    let edited = world
        .fake
        .channel_messages(LOG)
        .into_iter()
        .find(|m| m["id"] == message["id"])
        .unwrap();
    assert!(
        edited["content"].as_str().unwrap().contains("Approved by"),
        "{edited}"
    );
    assert_eq!(edited["components"].as_array().map_or(0, Vec::len), 0);
    // Both names are in the audit trail.
    let audit = world
        .run_as(MODERATOR, "gate audit", json!({"user": MEMBER.to_string()}))
        .await;
    assert!(
        audit.contains(&format!("by <@{MODERATOR}>"))
            && audit.contains(&format!("by <@{SECOND_MODERATOR}>"))
            && audit.contains("approval_decided"),
        "{audit}"
    );
    // A second request, left for a day, expires.
    world.enroll(GUILD, MEMBER).await;
    world
        .run_as(
            MODERATOR,
            "gate bypass",
            json!({"user": MEMBER.to_string()}),
        )
        .await;
    let later = request_message(&world).await;
    assert_ne!(later["id"], message["id"]);
    world.clock.advance(24 * 3600 + 1);
    let approve = button(&later, "keygate:approval:approve:");
    let late = world
        .fake
        .click(GUILD, SECOND_MODERATOR, &later, &approve)
        .await;
    let text = all_text(&world.responses(&late, 2).await);
    assert!(text.contains("has expired"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_approved_bypass_shows_the_code_to_the_approver_and_a_denial_changes_nothing() {
    let world = World::new().await;
    world
        .fake
        .add_user(GUILD, user(SECOND_MODERATOR, "second-mod", true, true));
    world
        .gate_setup(json!({"role": ROLE.to_string(), "log_channel": LOG.to_string(), "two_person_reset": true}))
        .await;
    world.enroll(GUILD, MEMBER).await;
    world
        .run_as(
            MODERATOR,
            "gate bypass",
            json!({"user": MEMBER.to_string()}),
        )
        .await;
    let message = request_message(&world).await;
    let deny = button(&message, "keygate:approval:deny:");
    let denied = world
        .fake
        .click(GUILD, SECOND_MODERATOR, &message, &deny)
        .await;
    let text = all_text(&world.responses(&denied, 2).await);
    assert!(text.contains("Denied"), "{text}");
    crate::support::world::wait_for_log(&world.fake, "denied").await;
    world
        .run_as(
            MODERATOR,
            "gate bypass",
            json!({"user": MEMBER.to_string()}),
        )
        .await;
    let again = request_message(&world).await;
    assert_ne!(again["id"], message["id"]);
    let approve = button(&again, "keygate:approval:approve:");
    let approved = world
        .fake
        .click(GUILD, SECOND_MODERATOR, &again, &approve)
        .await;
    let text = all_text(&world.responses(&approved, 2).await);
    let code = code_in(&text);
    let verified = verify_with(&world, &code).await;
    assert!(verified.contains("one-time code"), "{verified}");
}
