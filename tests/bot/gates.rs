//! Several gates per server: who may pass each (`eligible`), dangerous roles, timed roles
//! (`lasts`, *End now*), re-verification (`reverify_every`), losing eligibility, and the
//! moderator code that Keygate's own moderator commands ask for.

use std::time::Duration;

use keygate::discord::custom_id::{CodeForm, CustomId};
use keygate::gate::{Clock, RoleId, totp};
use loopback_discord::{Recorded, Response, callback};
use serde_json::{Value, json};

use crate::support::world::{
    ACTIVE_ROLE, GUILD, HELPER_ROLE, LOG, MEMBER, MODERATOR, ROLE, SECOND_MEMBER, STAFF_ROLE, WAIT,
    World, all_text, form, last_text, log_lines, message_of, modal_id, wait_for_log,
};
use crate::support::wrong_code;

const HOUR: i64 = 60 * 60;
const DAY: i64 = 24 * HOUR;

fn role_change(r: &Recorded, method: &str, user: u64, role: u64) -> bool {
    r.method == method && r.path == format!("/guilds/{GUILD}/members/{user}/roles/{role}")
}

/// Role changes of `user`'s `role` made so far with `method`.
fn changes(world: &World, method: &str, user: u64, role: u64) -> Vec<Recorded> {
    world
        .fake
        .requests()
        .into_iter()
        .filter(|r| role_change(r, method, user, role))
        .collect()
}

async fn wait_for_change(world: &World, method: &str, user: u64, role: u64, nth: usize) {
    world
        .fake
        .wait_for_requests(
            |r| role_change(r, method, user, role) && r.status == 204,
            nth,
            WAIT,
        )
        .await;
}

/// The moderator-powers gate: Staff (active), only for Staff, for an hour.
async fn timed_gate(world: &World) {
    let text = world
        .gate_setup(json!({
            "role": ACTIVE_ROLE.to_string(),
            "eligible": STAFF_ROLE.to_string(),
            "lasts": "1h",
            "log_channel": LOG.to_string(),
        }))
        .await;
    assert!(
        text.contains("Gate saved")
            && text.contains(&format!("only members with <@&{STAFF_ROLE}>"))
            && text.contains("removed 1h after each pass"),
        "{text}"
    );
}

/// The follow-up that reports a timed role, and its *End now* button's id.
fn end_now(responses: &[Response]) -> (Value, String) {
    let report = responses
        .iter()
        .find(|r| r.content().contains("End now"))
        .unwrap_or_else(|| panic!("no End now in {:?}", all_text(responses)));
    let message = message_of(report);
    let id = message["components"][0]["components"][0]["custom_id"]
        .as_str()
        .expect("a button")
        .to_owned();
    (message, id)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dangerous_role_is_gated_only_with_eligible_and_eligible_must_make_sense() {
    let world = World::new().await;
    let text = world
        .gate_setup(json!({"role": ACTIVE_ROLE.to_string()}))
        .await;
    assert!(
        text.contains("powerful permissions: Ban Members, Kick Members")
            && text.contains("eligible:@Moderator"),
        "the permissions found and the fix: {text}"
    );
    // No permission of its own, but a channel overwrite lets it manage messages there.
    let text = world
        .gate_setup(json!({"role": HELPER_ROLE.to_string()}))
        .await;
    assert!(
        text.contains("powerful permissions: Manage Messages"),
        "{text}"
    );
    let text = world
        .gate_setup(json!({"role": ACTIVE_ROLE.to_string(), "eligible": GUILD.to_string()}))
        .await;
    assert!(text.contains("can't be @everyone"), "{text}");
    let text = world
        .gate_setup(json!({"role": ACTIVE_ROLE.to_string(), "eligible": ACTIVE_ROLE.to_string()}))
        .await;
    assert!(text.contains("itself"), "{text}");
    // Nothing was saved by any of those.
    let config = world
        .fake
        .slash(GUILD, MODERATOR, "gate config", json!({}))
        .await;
    let text = last_text(&world.responses(&config, 2).await);
    assert!(text.contains("**Gates** (0 of 10)"), "{text}");

    for (lasts, expected) in [
        ("soon", "can't read `soon` as a length of time for `lasts`"),
        ("45d", "`lasts` must be from 1m to 30d"),
        ("30s", "`lasts` must be from 1m to 30d"),
    ] {
        let text = world
            .gate_setup(json!({"role": ROLE.to_string(), "lasts": lasts}))
            .await;
        assert!(text.contains(expected), "{lasts}: {text}");
    }
    let text = world
        .gate_setup(json!({"role": ROLE.to_string(), "reverify_every": "12h"}))
        .await;
    assert!(
        text.contains("`reverify_every` must be from 1d to 365d"),
        "{text}"
    );

    timed_gate(&world).await;
    world.setup_gate().await;
    let config = world
        .fake
        .slash(GUILD, MODERATOR, "gate config", json!({}))
        .await;
    let text = last_text(&world.responses(&config, 2).await);
    assert!(
        text.contains("**Gates** (2 of 10)")
            && text.contains(&format!(
                "<@&{ACTIVE_ROLE}>: only members with <@&{STAFF_ROLE}>; removed 1h after each pass"
            ))
            && text.contains(&format!("<@&{ROLE}>: every member may pass; kept for good")),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_without_the_eligible_role_is_told_which_role_and_nothing_is_counted() {
    let world = World::new().await;
    timed_gate(&world).await;
    wait_for_log(&world.fake, "set up the gate").await;
    let before = world.fake.requests().len();
    let i = world
        .fake
        .slash(
            GUILD,
            MEMBER,
            "verify",
            json!({"role": ACTIVE_ROLE.to_string()}),
        )
        .await;
    let responses = world.responses(&i, 1).await;
    assert_eq!(responses[0].callback_type, Some(callback::CHANNEL_MESSAGE));
    let text = all_text(&responses);
    assert!(
        text.contains(&format!("Only members who have <@&{STAFF_ROLE}>"))
            && text.contains("Nothing was counted"),
        "{text}"
    );
    // Without `role`: no gate is open to them.
    let i = world.fake.slash(GUILD, MEMBER, "verify", json!({})).await;
    let text = all_text(&world.responses(&i, 1).await);
    assert!(
        text.contains(&format!("one of these roles: <@&{STAFF_ROLE}>")),
        "{text}"
    );
    let calls: Vec<String> = world.fake.requests()[before..]
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert!(
        calls.iter().all(|c| c.starts_with("POST /interactions/")),
        "only the answers went out, no role change: {calls:?}"
    );
    // Nothing was started or counted: no setup, no lockout, nothing in the audit trail.
    let status = world
        .fake
        .slash(GUILD, MEMBER, "2fa status", json!({}))
        .await;
    let text = all_text(&world.responses(&status, 2).await);
    assert!(
        text.contains("not set up") && text.contains("**Lockout:** none"),
        "{text}"
    );
    let audit = world
        .fake
        .slash(
            GUILD,
            MODERATOR,
            "gate audit",
            json!({"user": MEMBER.to_string()}),
        )
        .await;
    assert!(all_text(&world.responses(&audit, 2).await).contains("audit trail is empty"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn members_pick_among_the_gates_open_to_them_and_a_timed_role_ends_now_or_on_time() {
    let mut world = World::new().await;
    world.setup_gate().await;
    timed_gate(&world).await;
    world
        .fake
        .set_member_roles(GUILD, MEMBER, &[STAFF_ROLE])
        .await;

    // Two gates are open to a Staff member: a menu of both, only for them.
    let i = world.fake.slash(GUILD, MEMBER, "verify", json!({})).await;
    let menu = &world.responses(&i, 1).await[0];
    assert!(menu.is_ephemeral());
    let message = message_of(menu);
    let select = &message["components"][0]["components"][0];
    assert_eq!(select["custom_id"], CustomId::PickGate.to_string());
    let values: Vec<&str> = select["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["value"].as_str().unwrap())
        .collect();
    assert_eq!(values.len(), 2);
    assert!(
        values.contains(&ROLE.to_string().as_str())
            && values.contains(&ACTIVE_ROLE.to_string().as_str())
    );
    // Someone else has one gate open: straight to it, no menu.
    let other = world
        .fake
        .slash(GUILD, SECOND_MEMBER, "verify", json!({}))
        .await;
    assert_eq!(
        world.responses(&other, 1).await[0].callback_type,
        Some(callback::DEFERRED_CHANNEL_MESSAGE),
        "enrollment for the only gate open to them"
    );

    // The Staff member enrolls for the timed gate.
    let (secret, _, responses) = world
        .enroll_with(GUILD, MEMBER, json!({"role": ACTIVE_ROLE.to_string()}))
        .await;
    wait_for_change(&world, "PUT", MEMBER, ACTIVE_ROLE, 1).await;
    assert!(
        world
            .fake
            .member_roles(GUILD, MEMBER)
            .contains(&ACTIVE_ROLE)
    );
    assert!(
        !world.fake.member_roles(GUILD, MEMBER).contains(&ROLE),
        "only the gate picked"
    );
    let text = all_text(&responses);
    assert!(
        text.contains(&format!("You have <@&{ACTIVE_ROLE}> until <t:")),
        "{text}"
    );
    let (message, button) = end_now(&responses);
    assert_eq!(
        button,
        CustomId::EndNow(RoleId::new(ACTIVE_ROLE)).to_string()
    );
    wait_for_log(
        &world.fake,
        &format!("passed the gate for <@&{ACTIVE_ROLE}> until <t:"),
    )
    .await;

    // End now: the message says so, the role goes, the log channel hears.
    let click = world.fake.click(GUILD, MEMBER, &message, &button).await;
    let ended = world.responses(&click, 1).await;
    assert_eq!(ended[0].callback_type, Some(callback::UPDATE_MESSAGE));
    assert!(
        ended[0].content().contains("is being removed"),
        "{:?}",
        ended[0].data
    );
    wait_for_change(&world, "DELETE", MEMBER, ACTIVE_ROLE, 1).await;
    let removal = changes(&world, "DELETE", MEMBER, ACTIVE_ROLE).remove(0);
    assert_eq!(
        removal.audit_reason().as_deref(),
        Some("Keygate: the member ended their timed role")
    );
    wait_for_log(&world.fake, "ended their time with").await;
    assert_eq!(
        message_of(&ended[0])["components"],
        json!([]),
        "the button is gone with the role"
    );

    // Verified again: an hour from now; verified once more half an hour later: it moves on.
    let code = totp::code_at(&secret, world.clock.now());
    let options = json!({"role": ACTIVE_ROLE.to_string()});
    let i = world
        .fake
        .slash(GUILD, MEMBER, "verify", options.clone())
        .await;
    let verify = modal_id(&world.responses(&i, 1).await[0]);
    assert_eq!(
        verify,
        form(CodeForm::Verify(Some(RoleId::new(ACTIVE_ROLE))))
    );
    let submit = world
        .fake
        .submit_modal(GUILD, MEMBER, &verify, &[("code", &code)])
        .await;
    let first = world.responses(&submit, 3).await;
    assert!(
        all_text(&first).contains("until <t:"),
        "{:?}",
        all_text(&first)
    );
    end_now(&first);
    wait_for_change(&world, "PUT", MEMBER, ACTIVE_ROLE, 2).await;
    world.clock.advance(HOUR / 2);
    let code = totp::code_at(&secret, world.clock.now());
    world.verify_for(GUILD, MEMBER, options, &code).await;
    wait_for_change(&world, "PUT", MEMBER, ACTIVE_ROLE, 3).await;
    world.clock.advance(HOUR / 2 + 60);
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(
        changes(&world, "DELETE", MEMBER, ACTIVE_ROLE).len(),
        1,
        "an hour after the first pass, the later one still holds"
    );
    assert!(
        world
            .fake
            .member_roles(GUILD, MEMBER)
            .contains(&ACTIVE_ROLE)
    );

    // The bot is down when the time comes; the removal happens when it is back.
    let bot = world.bot.take().unwrap();
    bot.shutdown().await;
    world.clock.advance(HOUR);
    world.start_bot().await;
    wait_for_change(&world, "DELETE", MEMBER, ACTIVE_ROLE, 2).await;
    let removal = changes(&world, "DELETE", MEMBER, ACTIVE_ROLE).remove(1);
    assert_eq!(
        removal.audit_reason().as_deref(),
        Some("Keygate: timed role ended")
    );
    assert!(
        !world
            .fake
            .member_roles(GUILD, MEMBER)
            .contains(&ACTIVE_ROLE)
    );
    wait_for_log(&world.fake, &format!("time with <@&{ACTIVE_ROLE}> ended")).await;
    let audit = world
        .fake
        .slash(
            GUILD,
            MODERATOR,
            "gate audit",
            json!({"user": MEMBER.to_string()}),
        )
        .await;
    let text = all_text(&world.responses(&audit, 2).await);
    assert!(
        text.contains("**expired**") && text.contains("**ended_early**"),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_permanent_role_is_reminded_then_removed_unless_passed_again() {
    let world = World::new().await;
    let text = world
        .gate_setup(json!({
            "role": ROLE.to_string(),
            "reverify_every": "2d",
            "log_channel": LOG.to_string(),
        }))
        .await;
    assert!(
        text.contains("removed unless passed again every 2d"),
        "{text}"
    );
    world.enroll(GUILD, MEMBER).await;
    let (second_secret, _) = world.enroll(GUILD, SECOND_MEMBER).await;
    let status = world
        .fake
        .slash(GUILD, MEMBER, "2fa status", json!({}))
        .await;
    let text = all_text(&world.responses(&status, 2).await);
    assert!(text.contains("verify again before <t:"), "{text}");

    // A tenth of two days before: one reminder each, by DM, without a link; one summary.
    world.clock.advance(2 * DAY - 4 * HOUR);
    for user in [MEMBER, SECOND_MEMBER] {
        let dm = world.fake.wait_dm_messages(user, 1, WAIT).await;
        let text = dm[0]["content"].as_str().unwrap();
        assert!(
            text.contains("Run `/verify` in that server before <t:")
                && text.contains("In `Keygate Test Server`")
                && text.contains("due for `Verified`")
                && !text.contains("http"),
            "{text}"
        );
    }
    wait_for_log(&world.fake, "Re-verification: reminded 2 member(s)").await;
    // The next pass does not remind again.
    world.clock.advance(120);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(world.fake.dm_messages(MEMBER).len(), 1, "one reminder only");

    // One of them verifies again; the other does not and loses the role when it lapses.
    let code = totp::code_at(&second_secret, world.clock.now());
    world.verify_with(GUILD, SECOND_MEMBER, &code).await;
    world.clock.advance(4 * HOUR);
    wait_for_change(&world, "DELETE", MEMBER, ROLE, 1).await;
    let removal = changes(&world, "DELETE", MEMBER, ROLE).remove(0);
    assert_eq!(
        removal.audit_reason().as_deref(),
        Some("Keygate: not re-verified in time")
    );
    wait_for_log(&world.fake, "removed 1 role(s)").await;
    assert!(
        world
            .fake
            .member_roles(GUILD, SECOND_MEMBER)
            .contains(&ROLE)
    );
    assert!(changes(&world, "DELETE", SECOND_MEMBER, ROLE).is_empty());
    let summaries = log_lines(&world.fake)
        .into_iter()
        .filter(|l| l.contains("Re-verification"))
        .count();
    assert_eq!(summaries, 2, "one summary per pass that did something");
}

/// A reminder that could not go out (Discord failed the member check, or refused the DM with a
/// 4xx other than 403) is tried again on the next pass, not used up: the role never lapses
/// without its reminder because Discord had a bad minute.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reminder_that_failed_is_sent_on_the_next_pass() {
    let member_check = format!("/guilds/{GUILD}/members/{MEMBER}");
    reminder_retried_after("GET", &member_check, 500).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reminder_discord_refused_is_sent_on_the_next_pass() {
    // The DM itself (the only message the bot sends after the enrollment here).
    reminder_retried_after("POST", "/messages", 400).await;
}

async fn reminder_retried_after(method: &str, path_contains: &str, status: u16) {
    let world = World::new().await;
    world
        .gate_setup(json!({"role": ROLE.to_string(), "reverify_every": "2d"}))
        .await;
    world.enroll(GUILD, MEMBER).await;
    wait_for_change(&world, "PUT", MEMBER, ROLE, 1).await;
    world.fake.fail_next(
        method,
        path_contains,
        status,
        json!({"message": format!("{status}: injected"), "code": 0}),
        1,
    );
    world.clock.advance(2 * DAY - 4 * HOUR);
    world
        .fake
        .wait_for_request(
            |r| r.method == method && r.path.contains(path_contains) && r.status == status,
            WAIT,
        )
        .await;
    assert!(
        world.fake.dm_messages(MEMBER).is_empty(),
        "the call failed: no DM yet"
    );
    // The next pass, a minute later, reminds.
    world.clock.advance(60);
    let dm = world.fake.wait_dm_messages(MEMBER, 1, WAIT).await;
    assert!(
        dm[0]["content"]
            .as_str()
            .unwrap()
            .contains("Run `/verify` in that server before <t:"),
        "{dm:?}"
    );
    world.clock.advance(120);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(world.fake.dm_messages(MEMBER).len(), 1, "one reminder only");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn losing_the_eligible_role_loses_the_gated_role_at_once_with_the_members_intent() {
    let mut world = World::new().await;
    // The portal allows the intent: the bot asks for it without KEYGATE_MEMBERS_INTENT.
    world
        .fake
        .set_application_flags(loopback_discord::GATEWAY_GUILD_MEMBERS_LIMITED);
    world.restart().await;
    world
        .gate_setup(json!({
            "role": ACTIVE_ROLE.to_string(),
            "eligible": STAFF_ROLE.to_string(),
            "log_channel": LOG.to_string(),
        }))
        .await;
    world
        .fake
        .set_member_roles(GUILD, MEMBER, &[STAFF_ROLE])
        .await;
    world.enroll(GUILD, MEMBER).await;
    wait_for_change(&world, "PUT", MEMBER, ACTIVE_ROLE, 1).await;
    // A moderator takes Staff away: the gated role follows.
    assert!(
        world
            .fake
            .set_member_roles(GUILD, MEMBER, &[ACTIVE_ROLE])
            .await,
        "GUILD_MEMBER_UPDATE is dispatched with the intent"
    );
    wait_for_change(&world, "DELETE", MEMBER, ACTIVE_ROLE, 1).await;
    let removal = changes(&world, "DELETE", MEMBER, ACTIVE_ROLE).remove(0);
    assert_eq!(
        removal.audit_reason().as_deref(),
        Some("Keygate: the member no longer holds the role this gate needs")
    );
    wait_for_log(&world.fake, &format!("no longer has <@&{STAFF_ROLE}>")).await;
    // Other role changes (one that keeps Staff) take nothing away.
    world
        .fake
        .set_member_roles(GUILD, SECOND_MEMBER, &[STAFF_ROLE])
        .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(changes(&world, "DELETE", SECOND_MEMBER, ACTIVE_ROLE).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_the_intent_the_worker_checks_eligibility_before_it_grants() {
    let world = World::new().await;
    timed_gate(&world).await;
    world
        .fake
        .set_member_roles(GUILD, MEMBER, &[STAFF_ROLE])
        .await;
    // Discord is failing role grants for a while; meanwhile Staff is taken away (no event: the
    // bot runs without the Server Members intent).
    world.fake.fail_next(
        "PUT",
        &format!("/roles/{ACTIVE_ROLE}"),
        503,
        json!({"message": "Service Unavailable", "code": 0}),
        5,
    );
    let options = json!({"role": ACTIVE_ROLE.to_string()});
    let staff_taken_away = async {
        world
            .fake
            .wait_for_request(|r| role_change(r, "PUT", MEMBER, ACTIVE_ROLE), WAIT)
            .await;
        assert!(
            !world.fake.set_member_roles(GUILD, MEMBER, &[]).await,
            "no event without the intent"
        );
    };
    let (responses, ()) = tokio::join!(
        world.confirm_enrollment_with(GUILD, MEMBER, options),
        staff_taken_away
    );
    let text = all_text(&responses);
    assert!(text.contains("no longer have the role"), "{text}");
    assert!(
        changes(&world, "PUT", MEMBER, ACTIVE_ROLE)
            .iter()
            .all(|r| r.status == 503),
        "never granted"
    );
    assert!(
        !world
            .fake
            .member_roles(GUILD, MEMBER)
            .contains(&ACTIVE_ROLE)
    );
    wait_for_log(&world.fake, &format!("I didn't give <@&{ACTIVE_ROLE}>")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moderator_commands_ask_an_enrolled_moderator_for_a_fresh_code_first() {
    let world = World::new().await;
    world.setup_gate().await;
    let (_, _) = world.enroll(GUILD, MEMBER).await;
    // Not enrolled: turning it on is refused (the moderator would lock themselves out).
    let text = world
        .gate_setup(json!({"role": ROLE.to_string(), "moderator_code": true}))
        .await;
    assert!(text.contains("set up your own authenticator app"), "{text}");
    let (moderator_secret, moderator_backup) = world.enroll(GUILD, MODERATOR).await;
    let text = world
        .gate_setup(json!({"role": ROLE.to_string(), "moderator_code": true}))
        .await;
    assert!(text.contains("Moderator code: on"), "{text}");

    // /gate revoke now opens the step-up modal; a wrong code changes nothing.
    let revoke = |world: &World| {
        let fake = world.fake.clone();
        async move {
            let i = fake
                .slash(
                    GUILD,
                    MODERATOR,
                    "gate revoke",
                    json!({"user": MEMBER.to_string()}),
                )
                .await;
            fake.responses(&i, 1, WAIT).await.remove(0)
        }
    };
    let opened = revoke(&world).await;
    let step_up = modal_id(&opened);
    assert!(step_up.starts_with("keygate:stepup:"), "{step_up}");
    let wrong = wrong_code(&moderator_secret, world.clock.now());
    let submit = world
        .fake
        .submit_modal(GUILD, MODERATOR, &step_up, &[("code", &wrong)])
        .await;
    let text = all_text(&world.responses(&submit, 3).await);
    assert!(
        text.contains("didn't match") && text.contains("not carried out"),
        "{text}"
    );
    // The waiting command was used up by that attempt.
    let again = world
        .fake
        .submit_modal(GUILD, MODERATOR, &step_up, &[("code", &wrong)])
        .await;
    assert!(all_text(&world.responses(&again, 1).await).contains("expired"));
    // A backup code is not a fresh code.
    let opened = revoke(&world).await;
    let submit = world
        .fake
        .submit_modal(
            GUILD,
            MODERATOR,
            &modal_id(&opened),
            &[("code", &moderator_backup[0].replace('-', ""))],
        )
        .await;
    assert!(all_text(&world.responses(&submit, 3).await).contains("not a backup code"));
    assert!(
        changes(&world, "DELETE", MEMBER, ROLE).is_empty(),
        "nothing was revoked"
    );
    assert!(world.fake.member_roles(GUILD, MEMBER).contains(&ROLE));

    // The right code: the command runs.
    let opened = revoke(&world).await;
    let code = totp::code_at(&moderator_secret, world.clock.now());
    let submit = world
        .fake
        .submit_modal(GUILD, MODERATOR, &modal_id(&opened), &[("code", &code)])
        .await;
    let text = all_text(&world.responses(&submit, 2).await);
    assert!(
        text.contains(&format!("Removed <@&{ROLE}> from <@{MEMBER}>")),
        "{text}"
    );
    wait_for_change(&world, "DELETE", MEMBER, ROLE, 1).await;
    // The same code again (a replay, say by someone watching) does not pass a second command.
    let opened = revoke(&world).await;
    let submit = world
        .fake
        .submit_modal(GUILD, MODERATOR, &modal_id(&opened), &[("code", &code)])
        .await;
    assert!(all_text(&world.responses(&submit, 3).await).contains("already used"));

    // A moderator without an authenticator is told to set one up; nothing runs.
    let other = 930_000_000_000_000_097;
    world.fake.add_user(
        GUILD,
        crate::support::world::user(other, "other-mod", true, true),
    );
    let i = world
        .fake
        .slash(
            GUILD,
            other,
            "gate unlock",
            json!({"user": MEMBER.to_string()}),
        )
        .await;
    let text = all_text(&world.responses(&i, 1).await);
    assert!(text.contains("haven't set one up here yet"), "{text}");
    // When they do (it may be a thief holding their session), the other moderators hear of it.
    world.enroll(GUILD, other).await;
    wait_for_log(&world.fake, &format!("🚨 <@{other}>, who can use `/gate`")).await;
    assert!(
        log_lines(&world.fake)
            .iter()
            .any(|l| l.contains("entered a wrong code"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_open_gate_whose_role_gains_dangerous_permissions_stops_granting_it() {
    let world = World::new().await;
    world.setup_gate().await;
    wait_for_log(&world.fake, "set up the gate").await;
    // After setup (or a gate carried over from an older Keygate), the role gets Ban Members.
    world
        .fake
        .set_role_permissions(GUILD, ROLE, loopback_discord::BAN_MEMBERS)
        .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let responses = world.confirm_enrollment(GUILD, MEMBER).await;
    let text = all_text(&responses);
    assert!(text.contains("powerful moderator permissions"), "{text}");
    wait_for_log(&world.fake, "now has powerful permissions (Ban Members)").await;
    assert!(
        changes(&world, "PUT", MEMBER, ROLE).is_empty(),
        "never granted"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_the_intent_verify_shows_the_lost_eligible_role_and_the_gated_role_goes() {
    let world = World::new().await;
    timed_gate(&world).await;
    world
        .fake
        .set_member_roles(GUILD, MEMBER, &[STAFF_ROLE])
        .await;
    world
        .enroll_with(GUILD, MEMBER, json!({"role": ACTIVE_ROLE.to_string()}))
        .await;
    wait_for_change(&world, "PUT", MEMBER, ACTIVE_ROLE, 1).await;
    // Staff is taken away; no event reaches the bot (no Server Members intent).
    assert!(
        !world
            .fake
            .set_member_roles(GUILD, MEMBER, &[ACTIVE_ROLE])
            .await
    );
    // Their next /verify shows Discord's view of their roles: refused, and the powers go now.
    let i = world
        .fake
        .slash(
            GUILD,
            MEMBER,
            "verify",
            json!({"role": ACTIVE_ROLE.to_string()}),
        )
        .await;
    assert!(all_text(&world.responses(&i, 1).await).contains("Only members who have"));
    wait_for_change(&world, "DELETE", MEMBER, ACTIVE_ROLE, 1).await;
    wait_for_log(&world.fake, &format!("no longer has <@&{STAFF_ROLE}>")).await;
}
