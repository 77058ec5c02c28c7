//! An enrolled member verifies: authenticator and backup codes, replays, lockout, self-service.

use keygate::discord::custom_id::CodeForm;
use keygate::gate::{Clock, totp};
use loopback_discord::callback;
use serde_json::json;

use crate::support::world::{
    GUILD, MEMBER, MODERATOR, ROLE, WAIT, World, all_text, form, texts, wait_for_log,
};
use crate::support::wrong_code;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_enrolled_member_verifies_with_the_app_and_a_replay_is_refused_and_reported() {
    let world = World::new().await;
    world.setup_gate().await;
    let (secret, _) = world.enroll(GUILD, MEMBER).await;
    let code = totp::code_at(&secret, world.clock.now());
    let responses = world.verify_with(GUILD, MEMBER, &code).await;
    assert!(
        all_text(&responses).contains("Verified with your authenticator app"),
        "{:?}",
        texts(&responses)
    );

    let replay = world.verify_with(GUILD, MEMBER, &code).await;
    assert!(
        all_text(&replay).contains("already used"),
        "{:?}",
        texts(&replay)
    );
    wait_for_log(&world.fake, "already used").await;

    let wrong = wrong_code(&secret, world.clock.now());
    let wrong_text = all_text(&world.verify_with(GUILD, MEMBER, &wrong).await);
    assert!(wrong_text.contains("didn't match"), "{wrong_text}");
    wait_for_log(&world.fake, "entered a wrong code").await;
    let junk = world.verify_with(GUILD, MEMBER, "hello!").await;
    assert!(
        all_text(&junk).contains("isn't a valid code"),
        "{:?}",
        texts(&junk)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lockout_is_explained_and_a_moderator_unlock_lets_the_member_back_in() {
    let world = World::new().await;
    world.setup_gate().await;
    let (secret, _) = world.enroll(GUILD, MEMBER).await;
    let wrong = wrong_code(&secret, world.clock.now());
    let mut last = Vec::new();
    for _ in 0..5 {
        last = world.verify_with(GUILD, MEMBER, &wrong).await;
    }
    assert!(
        all_text(&last).contains("verification is paused until <t:"),
        "{:?}",
        texts(&last)
    );
    wait_for_log(&world.fake, "too many wrong codes").await;
    // While locked, /verify answers at once with the time, without opening a modal.
    let locked = world.verify_with(GUILD, MEMBER, &wrong).await;
    assert!(
        all_text(&locked).contains("paused until"),
        "{:?}",
        texts(&locked)
    );

    let status = world
        .fake
        .slash(
            GUILD,
            MODERATOR,
            "gate status",
            json!({"user": MEMBER.to_string()}),
        )
        .await;
    assert!(all_text(&world.responses(&status, 2).await).contains("locked until"));
    let unlock = world
        .fake
        .slash(
            GUILD,
            MODERATOR,
            "gate unlock",
            json!({"user": MEMBER.to_string()}),
        )
        .await;
    assert!(all_text(&world.responses(&unlock, 2).await).contains("can try codes again"));
    let ok = world
        .verify_with(GUILD, MEMBER, &totp::code_at(&secret, world.clock.now()))
        .await;
    assert!(all_text(&ok).contains("Verified"), "{:?}", texts(&ok));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_code_works_once() {
    let world = World::new().await;
    world.setup_gate().await;
    let (_, codes) = world.enroll(GUILD, MEMBER).await;
    let first = world
        .verify_with(GUILD, MEMBER, &codes[3].to_lowercase())
        .await;
    assert!(
        all_text(&first).contains("Verified with a backup code"),
        "{:?}",
        texts(&first)
    );
    assert!(all_text(&first).contains("9 left"));
    let again = world.verify_with(GUILD, MEMBER, &codes[3]).await;
    assert!(
        all_text(&again).contains("already used"),
        "{:?}",
        texts(&again)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn members_check_status_renew_backup_codes_and_remove_themselves() {
    let world = World::new().await;
    world.setup_gate().await;
    let (secret, old_codes) = world.enroll(GUILD, MEMBER).await;

    let status = world
        .fake
        .slash(GUILD, MEMBER, "2fa status", json!({}))
        .await;
    let text = all_text(&world.responses(&status, 2).await);
    assert!(
        text.contains("**Backup codes left:** 10")
            && text.contains(&format!("**Roles from the gate:** <@&{ROLE}>")),
        "{text}"
    );

    // New backup codes need a fresh authenticator code.
    let renew = world
        .fake
        .slash(GUILD, MEMBER, "2fa backup-codes", json!({}))
        .await;
    let opened = world.responses(&renew, 1).await;
    assert_eq!(
        (
            opened[0].callback_type,
            opened[0].data["custom_id"].as_str()
        ),
        (
            Some(callback::MODAL),
            Some(form(CodeForm::BackupCodes).as_str())
        )
    );
    let code = totp::code_at(&secret, world.clock.now());
    let submit = world
        .fake
        .submit_modal(
            GUILD,
            MEMBER,
            &form(CodeForm::BackupCodes),
            &[("code", &code)],
        )
        .await;
    let responses = world.responses(&submit, 2).await;
    let reply = responses
        .iter()
        .find(|r| r.files.iter().any(|(n, _)| n == "keygate-backup-codes.txt"))
        .expect("new codes");
    assert!(
        reply.content().contains("old codes stopped working"),
        "{}",
        reply.content()
    );
    let file = String::from_utf8(reply.files[0].1.clone()).unwrap();
    let new_codes: Vec<&str> = file
        .lines()
        .filter(|l| l.len() == 19 && l.matches('-').count() == 3)
        .collect();
    assert_eq!(new_codes.len(), 10);
    world.clock.advance(30);
    let stale = world.verify_with(GUILD, MEMBER, &old_codes[0]).await;
    assert!(
        all_text(&stale).contains("didn't match"),
        "{:?}",
        texts(&stale)
    );

    // Removing needs a fresh code from the app itself: the form asks for six digits only (a
    // backup code does not even fit), and a backup code typed in anyway is refused with why.
    let remove = world
        .fake
        .slash(GUILD, MEMBER, "2fa remove", json!({}))
        .await;
    let opened = world.responses(&remove, 1).await.remove(0);
    assert_eq!(opened.data["custom_id"], form(CodeForm::Remove));
    let input = &opened.data["components"][0]["components"][0];
    assert_eq!(input["label"], "6-digit code from your app");
    assert_eq!(input["max_length"], 16);
    let squeezed = new_codes[0].replace('-', "");
    let submit = world
        .fake
        .submit_modal(
            GUILD,
            MEMBER,
            &form(CodeForm::Remove),
            &[("code", &squeezed)],
        )
        .await;
    let text = all_text(&world.responses(&submit, 2).await);
    assert!(text.contains("not a backup code"), "{text}");
    assert!(text.contains("saved backup codes too"), "{text}");
    world.clock.advance(30);
    let remove = world
        .fake
        .slash(GUILD, MEMBER, "2fa remove", json!({}))
        .await;
    world.responses(&remove, 1).await;
    let code = totp::code_at(&secret, world.clock.now());
    let submit = world
        .fake
        .submit_modal(GUILD, MEMBER, &form(CodeForm::Remove), &[("code", &code)])
        .await;
    assert!(
        all_text(&world.responses(&submit, 2).await)
            .contains("your authenticator and backup codes for this server are deleted")
    );
    world
        .fake
        .wait_for_request(
            |r| {
                r.method == "DELETE" && r.path.ends_with(&format!("/members/{MEMBER}/roles/{ROLE}"))
            },
            WAIT,
        )
        .await;
    let status = world
        .fake
        .slash(GUILD, MEMBER, "2fa status", json!({}))
        .await;
    assert!(all_text(&world.responses(&status, 2).await).contains("**Authenticator:** not set up"));
}

/// While the bot's first response is on its way an interaction counts as waiting (a crowd of them
/// makes the role worker and spent codes step aside); once acknowledged it no longer does, though
/// its handling goes on (here: the code is checked and the deferral edited).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interaction_counts_as_waiting_until_its_first_response_only() {
    let world = World::new().await;
    world.setup_gate().await;
    let (secret, _) = world.enroll(GUILD, MEMBER).await;
    world.next_step();
    let bot = world.bot.as_ref().expect("a bot");
    assert_eq!(bot.interactions_awaiting(), 0);

    let mut modal_sent = world.fake.hold_next("POST", "/callback");
    let verify = world.fake.slash(GUILD, MEMBER, "verify", json!({})).await;
    modal_sent.arrived(WAIT).await;
    assert_eq!(
        bot.interactions_awaiting(),
        1,
        "its first response (the modal) is on its way"
    );
    modal_sent.release();
    let opened = world.responses(&verify, 1).await;
    assert_eq!(opened[0].callback_type, Some(callback::MODAL));
    let modal = crate::support::world::modal_id(&opened[0]);

    let mut result_sent = world.fake.hold_next("PATCH", "/messages/@original");
    let code = totp::code_at(&secret, world.clock.now());
    let submit = world
        .fake
        .submit_modal(GUILD, MEMBER, &modal, &[("code", &code)])
        .await;
    result_sent.arrived(WAIT).await;
    assert_eq!(
        bot.interactions_awaiting(),
        0,
        "deferred: no longer waiting, while its result is still being sent"
    );
    result_sent.release();
    let responses = world.responses(&submit, 2).await;
    assert!(
        all_text(&responses).contains("Verified with your authenticator app"),
        "{:?}",
        texts(&responses)
    );
    assert_eq!(bot.interactions_awaiting(), 0);
}
