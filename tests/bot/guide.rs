//! The DM walkthrough of Discord's own 2FA, German members, and the guide on join.

use std::time::Duration;

use loopback_discord::{FakeUser, Recorded, callback};
use serde_json::{Value, json};

use crate::support::world::{
    GUILD, LOG, MEMBER, MODERATOR, QUIET_MEMBER, ROLE, WAIT, World, all_text, message_of,
};

fn components_of(message: &Value) -> Vec<(String, bool)> {
    message["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .map(|c| {
            (
                c["custom_id"].as_str().unwrap_or_default().to_owned(),
                c["disabled"].as_bool().unwrap_or(false),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_guide_arrives_by_dm_and_its_pages_turn_even_after_a_restart() {
    let mut world = World::new().await;
    let i = world
        .fake
        .slash(GUILD, MEMBER, "2fa guide", json!({}))
        .await;
    assert!(
        all_text(&world.responses(&i, 2).await).contains("sent you the guide in a direct message")
    );
    let dm = world.fake.wait_dm_messages(MEMBER, 1, WAIT).await.remove(0);
    let content = dm["content"].as_str().unwrap();
    assert!(
        content.contains("Why two-factor authentication matters")
            && content.contains("Page 1 of 9"),
        "{content}"
    );
    assert_eq!(
        components_of(&dm),
        [
            ("keygate:guide:page:1".to_owned(), true),
            ("keygate:guide:page:2".to_owned(), false),
            ("keygate:guide:done".to_owned(), false)
        ]
    );

    let next = world
        .fake
        .click(GUILD, MEMBER, &dm, "keygate:guide:page:2")
        .await;
    let page2 = world.responses(&next, 1).await.remove(0);
    assert_eq!(
        page2.callback_type,
        Some(callback::UPDATE_MESSAGE),
        "the page is replaced in place"
    );
    assert!(
        page2.content().contains("Enable Authenticator App")
            && page2.content().contains("Page 2 of 9")
    );

    // Stateless buttons: a new process turns the pages of a message the old one sent.
    world.restart().await;
    let message = page2.message.clone().unwrap();
    let back = world
        .fake
        .click(GUILD, MEMBER, &message, "keygate:guide:page:1")
        .await;
    assert!(
        world.responses(&back, 1).await[0]
            .content()
            .contains("Page 1 of 9")
    );
    let done = world
        .fake
        .click(GUILD, MEMBER, &dm, "keygate:guide:done")
        .await;
    let finished = world.responses(&done, 1).await.remove(0);
    assert!(finished.content().contains("That's the whole guide"));
    assert!(components_of(&finished.data).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_closed_dms_the_guide_is_shown_in_the_channel_with_how_to_open_them() {
    let world = World::new().await;
    let i = world
        .fake
        .slash(GUILD, QUIET_MEMBER, "2fa guide", json!({}))
        .await;
    let responses = world.responses(&i, 2).await;
    let shown = responses.last().unwrap();
    assert!(
        shown.content().contains("your DMs are closed")
            && shown.content().contains("Privacy Settings"),
        "{}",
        shown.content()
    );
    assert!(shown.content().contains("Page 1 of 9"));
    // Only the member sees it: the ephemeral deferral, then its edit.
    assert!(responses[0].is_ephemeral(), "the deferral is ephemeral");
    assert_eq!(shown.kind, "edit");
    assert!(shown.is_ephemeral());
    let next = world
        .fake
        .click(
            GUILD,
            QUIET_MEMBER,
            &message_of(shown),
            "keygate:guide:page:2",
        )
        .await;
    assert!(
        world.responses(&next, 1).await[0]
            .content()
            .contains("Page 2 of 9")
    );
    assert!(world.fake.dm_messages(QUIET_MEMBER).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_german_member_is_answered_in_german() {
    let world = World::new().await;
    world.setup_gate().await;
    let german = 930_000_000_000_000_049;
    world
        .fake
        .add_user(GUILD, FakeUser::new(german, "hans").with_locale("de"));
    let i = world
        .fake
        .slash(GUILD, german, "2fa guide", json!({}))
        .await;
    assert!(all_text(&world.responses(&i, 2).await).contains("Ich habe dir die Anleitung"));
    let dm = world.fake.wait_dm_messages(german, 1, WAIT).await.remove(0);
    assert!(
        dm["content"]
            .as_str()
            .unwrap()
            .contains("Warum Zwei-Faktor-Authentifizierung wichtig ist")
    );
    let verify = world.fake.slash(GUILD, german, "verify", json!({})).await;
    assert!(
        all_text(&world.responses(&verify, 2).await).contains("Richte deine Authenticator-App ein")
    );
    // The member commands carry German names and descriptions for German clients, and the
    // replies name them as those clients show them.
    let hint = world
        .fake
        .slash(GUILD, german, "2fa backup-codes", json!({}))
        .await;
    let text = all_text(&world.responses(&hint, 1).await);
    assert!(text.contains("`/verifizieren`"), "{text}");
    let commands = world.fake.registered_commands();
    let verify = commands
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "verify")
        .unwrap();
    assert!(
        verify["description_localizations"]["de"]
            .as_str()
            .is_some_and(|d| !d.is_empty()),
        "{verify}"
    );
    assert_eq!(verify["name_localizations"]["de"], "verifizieren");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_members_get_the_guide_by_dm_with_a_raid_cap_and_a_summary_in_the_log() {
    let mut world = World::new().await;
    // The portal allows the intent: the bot asks for it without KEYGATE_MEMBERS_INTENT.
    world
        .fake
        .set_application_flags(loopback_discord::GATEWAY_GUILD_MEMBERS_LIMITED);
    world.restart().await;
    let i = world
        .fake
        .slash(GUILD, MODERATOR, "gate setup", json!({"role": ROLE.to_string(), "log_channel": LOG.to_string(), "guide_on_join": true}))
        .await;
    let text = all_text(&world.responses(&i, 2).await);
    assert!(
        text.contains("Guide on join: on") && !text.contains("Server Members intent"),
        "{text}"
    );

    // A raid: a bot, a member with closed DMs, then six members in one window (cap: 3 a window).
    let base = 940_000_000_000_000_000;
    let mut bot = FakeUser::new(base, "raidbot");
    bot.bot = true;
    assert!(
        world.fake.join(GUILD, bot).await,
        "GUILD_MEMBER_ADD needs the members intent"
    );
    world
        .fake
        .join(GUILD, FakeUser::new(base + 1, "closed").dms_closed())
        .await;
    // Each join is handled in its own task: the closed-DM member's try is made before the raid
    // comes, so it is one of the cap's three whatever the order the tasks run in.
    let closed_id = (base + 1).to_string();
    world
        .fake
        .wait_for_request(
            |r| {
                r.method == "POST"
                    && r.path == "/users/@me/channels"
                    && r.body["recipient_id"] == closed_id.as_str()
            },
            WAIT,
        )
        .await;
    for n in 2..8 {
        world
            .fake
            .join(GUILD, FakeUser::new(base + n, &format!("raider{n}")))
            .await;
    }
    // The cap's three DM attempts (one to closed DMs) are made; the rest of the raid is skipped.
    let dm_opened = |r: &Recorded| r.method == "POST" && r.path == "/users/@me/channels";
    world.fake.wait_for_requests(dm_opened, 3, WAIT).await;
    // A minute later on the test clock, the window closes with one summary.
    let summary = close_window_until_logged(&world, "Guide on join").await;
    assert!(
        summary.contains("sent the 2FA guide to 2 new member(s)"),
        "{summary}"
    );
    assert!(
        summary.contains("1 with closed DMs")
            && summary.contains("1 bot(s)")
            && summary.contains("4 over the limit"),
        "{summary}"
    );
    // Joins are handled as they arrive (events run concurrently), so which two got the guide is
    // not fixed; how many is.
    let welcomed: Vec<u64> = (2..8)
        .map(|n| base + n)
        .filter(|u| !world.fake.dm_messages(*u).is_empty())
        .collect();
    assert_eq!(
        welcomed.len(),
        2,
        "over the cap: skipped, not queued ({summary})"
    );
    let first = welcomed[0];
    let dm = &world.fake.dm_messages(first)[0];
    assert!(
        dm["content"]
            .as_str()
            .unwrap()
            .contains("Welcome to **Keygate Test Server**")
    );
    assert!(world.fake.dm_messages(base).is_empty(), "bots are skipped");

    // Rejoining does not bring a second DM.
    world.fake.join(GUILD, FakeUser::new(first, "again")).await;
    close_window_until_logged(&world, "1 who got it in the last 30 days").await;
    assert_eq!(world.fake.dm_messages(first).len(), 1);
    assert_eq!(
        world
            .fake
            .requests()
            .iter()
            .filter(|r| dm_opened(r))
            .count(),
        3,
        "no DM was even attempted for the rejoin"
    );
}

/// Moves the test clock past the welcome window (a minute) until the log channel gets a line
/// containing `needle`; the window closes only after the joins that arrived in it are counted.
async fn close_window_until_logged(world: &World, needle: &str) -> String {
    let logged = |r: &Recorded| {
        r.method == "POST"
            && r.path == format!("/channels/{LOG}/messages")
            && r.body.to_string().contains(needle)
    };
    for _ in 0..20 {
        world.clock.advance(61);
        if let Some(post) = world
            .fake
            .next_request_within(&logged, Duration::from_millis(500))
            .await
        {
            return post.body["content"].as_str().unwrap().to_owned();
        }
    }
    panic!("no log line containing {needle:?}");
}
