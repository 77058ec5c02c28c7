//! Discord 2FA in the server's rules: a gate that requires it (`discord_2fa`), and the role
//! Keygate gives every member whose check finds it on (`discord_2fa_role`). The sign-in itself is
//! in `web.rs`.

use serde_json::json;

use crate::support::world::*;
use crate::web::{Visit, check_link, get, through_discord, world};
use keygate::gate::Clock;

/// Signs `user` in through their check link and returns Keygate's result page.
async fn check_in_browser(world: &World, guild: u64, user: u64) -> Visit {
    world.fake.set_browser_user(Some(user));
    let (link, _) = check_link(world, guild, user).await;
    get(&through_discord(world, &link, "authorize").await, "en").await
}

/// Waits until `user` holds (or, with `held: false`, lacks) `role` in GUILD.
async fn wait_for_role(world: &World, user: u64, role: u64, held: bool) {
    for _ in 0..150 {
        if world.fake.member_roles(GUILD, user).contains(&role) == held {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("role {role} never became held={held} for {user}");
}

#[tokio::test]
async fn a_gate_that_requires_discord_2fa_sends_the_member_to_the_check_first() {
    let world = world().await;
    let saved = world
        .gate_setup(json!({"role": ROLE.to_string(), "discord_2fa": true}))
        .await;
    assert!(
        saved.contains("Gate saved") && saved.contains("Discord 2FA confirmed within 30 days"),
        "{saved}"
    );

    // Not confirmed: refused before enrollment, with the check link; nothing counted.
    let i = world.fake.slash(GUILD, MEMBER, "verify", json!({})).await;
    let responses = world.responses(&i, 1).await;
    let refusal = responses.last().unwrap();
    let message = message_of(refusal);
    assert!(
        message["content"]
            .as_str()
            .unwrap()
            .contains("own Discord account"),
        "{message}"
    );
    let button = &message["components"][0]["components"][0];
    assert_eq!(
        button["style"], 5,
        "the check link comes with it: {message}"
    );
    assert!(!responses.iter().any(|r| !r.files.is_empty()), "no QR code");

    // 2FA off at Discord: still refused.
    world.fake.set_mfa_enabled(MEMBER, false);
    assert!(
        check_in_browser(&world, GUILD, MEMBER)
            .await
            .body
            .contains("Discord 2FA is off")
    );
    let i = world.fake.slash(GUILD, MEMBER, "verify", json!({})).await;
    assert!(all_text(&world.responses(&i, 1).await).contains("own Discord account"));

    // On: enrollment and the role.
    world.fake.set_mfa_enabled(MEMBER, true);
    assert!(
        check_in_browser(&world, GUILD, MEMBER)
            .await
            .body
            .contains("Discord 2FA is on")
    );
    let (secret, _) = world.enroll(GUILD, MEMBER).await;
    assert!(world.fake.member_roles(GUILD, MEMBER).contains(&ROLE));

    // Thirty days later the confirmation no longer counts: the modal is not even opened.
    world.clock.advance(30 * 24 * 3600);
    let i = world.fake.slash(GUILD, MEMBER, "verify", json!({})).await;
    let responses = world.responses(&i, 1).await;
    assert_ne!(
        responses[0].callback_type,
        Some(loopback_discord::callback::MODAL)
    );
    assert!(
        all_text(&responses).contains("own Discord account"),
        "{:?}",
        texts(&responses)
    );
    // Checked again: the authenticator works as before.
    assert!(
        check_in_browser(&world, GUILD, MEMBER)
            .await
            .body
            .contains("Discord 2FA is on")
    );
    let code = keygate::gate::totp::code_at(&secret, world.clock.now());
    let verified = world.verify_with(GUILD, MEMBER, &code).await;
    assert!(
        all_text(&verified).contains("Verified"),
        "{:?}",
        texts(&verified)
    );
}

#[tokio::test]
async fn a_gate_cannot_require_discord_2fa_without_the_browser_check() {
    let world = World::new().await;
    let refused = world
        .gate_setup(json!({"role": ROLE.to_string(), "discord_2fa": true}))
        .await;
    assert!(
        refused.contains("isn't switched on for this bot"),
        "{refused}"
    );
    assert!(!refused.contains("Gate saved"));
}

#[tokio::test]
async fn the_servers_role_for_discord_2fa_follows_each_check() {
    let world = world().await;
    // Neither a gate's role nor one with powers: every member with 2FA gets it, without a code.
    let refused = world
        .gate_setup(json!({"role": ROLE.to_string(), "discord_2fa_role": ROLE.to_string()}))
        .await;
    assert!(refused.contains("one of this server's gates"), "{refused}");
    let refused = world
        .gate_setup(json!({"role": ROLE.to_string(), "discord_2fa_role": ACTIVE_ROLE.to_string()}))
        .await;
    assert!(!refused.contains("Gate saved"), "{refused}");
    let saved = world
        .gate_setup(json!({"role": ROLE.to_string(), "discord_2fa_role": STAFF_ROLE.to_string()}))
        .await;
    assert!(
        saved.contains("Gate saved") && saved.contains(&format!("get <@&{STAFF_ROLE}>")),
        "{saved}"
    );

    world.fake.set_mfa_enabled(MEMBER, true);
    let page = check_in_browser(&world, GUILD, MEMBER).await;
    assert!(page.body.contains("in a moment"), "{}", page.body);
    wait_for_role(&world, MEMBER, STAFF_ROLE, true).await;
    assert!(
        !world.fake.member_roles(GUILD, MEMBER).contains(&ROLE),
        "the gate still needs a code"
    );

    // A later check that finds 2FA off takes it away.
    world.fake.set_mfa_enabled(MEMBER, false);
    assert!(
        check_in_browser(&world, GUILD, MEMBER)
            .await
            .body
            .contains("Discord 2FA is off")
    );
    wait_for_role(&world, MEMBER, STAFF_ROLE, false).await;

    // Dropped: Keygate gives it no more.
    let dropped = world
        .run_as(
            MODERATOR,
            "gate drop",
            json!({"role": STAFF_ROLE.to_string()}),
        )
        .await;
    assert!(
        dropped.contains("no longer") || dropped.contains("stopped"),
        "{dropped}"
    );
    world.fake.set_mfa_enabled(MEMBER, true);
    let page = check_in_browser(&world, GUILD, MEMBER).await;
    assert!(!page.body.contains("in a moment"), "{}", page.body);

    // Set again, then the role gains powers: the worker refuses to hand it out.
    let saved = world
        .gate_setup(json!({"role": ROLE.to_string(), "discord_2fa_role": STAFF_ROLE.to_string()}))
        .await;
    assert!(saved.contains("Gate saved"), "{saved}");
    world
        .fake
        .set_role_permissions(GUILD, STAFF_ROLE, loopback_discord::BAN_MEMBERS)
        .await;
    world.fake.set_mfa_enabled(SECOND_MEMBER, true);
    assert!(
        check_in_browser(&world, GUILD, SECOND_MEMBER)
            .await
            .body
            .contains("in a moment")
    );
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert!(
        !world
            .fake
            .member_roles(GUILD, SECOND_MEMBER)
            .contains(&STAFF_ROLE)
    );
}

#[tokio::test]
async fn a_gate_cannot_be_put_on_the_role_for_discord_2fa() {
    let world = world().await;
    let saved = world
        .gate_setup(json!({"role": ROLE.to_string(), "discord_2fa_role": STAFF_ROLE.to_string()}))
        .await;
    assert!(saved.contains("Gate saved"), "{saved}");
    let refused = world
        .gate_setup(json!({"role": STAFF_ROLE.to_string()}))
        .await;
    assert!(refused.contains("can't also be a gate"), "{refused}");
}
