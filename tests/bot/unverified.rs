//! Members who join and never verify: one reminder DM after `remind_after`, removal after
//! `kick_after`, the exemptions, pacing under a raid, and the permission it needs.

use loopback_discord::{self as discord, FakeUser};
use serde_json::json;

use crate::support::world::{GUILD, HIGH_ROLE, LOG, MODERATOR, ROLE, WAIT, World, wait_for_log};

const BOT_ROLE: u64 = crate::support::world::BOT_ROLE;
const HOUR: i64 = 3600;

/// A world whose bot asks for the Server Members intent (the portal allows it).
async fn with_members_intent() -> World {
    in_db(crate::support::TestDb::sqlite().await).await
}

/// [`with_members_intent`] on `db`.
async fn in_db(db: crate::support::TestDb) -> World {
    let mut world = World::with_db(World::fake().await, db).await;
    world
        .fake
        .set_application_flags(discord::GATEWAY_GUILD_MEMBERS_LIMITED);
    world.restart().await;
    world
}

fn kicked(world: &World, user: u64) -> bool {
    world
        .fake
        .requests()
        .iter()
        .any(|r| r.method == "DELETE" && r.path == format!("/guilds/{GUILD}/members/{user}"))
}

/// Waits until `/gate stats` counts `n` members waiting (joins arrive as gateway events).
async fn waiting(world: &World, n: usize) {
    let needle = format!("**Joined and not verified yet:** {n}");
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let stats = world.run_as(MODERATOR, "gate stats", json!({})).await;
        if stats.contains(&needle) {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "{stats}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Moves the test clock on by `secs` and waits for the sweep's next pass to be logged.
async fn pass(world: &World, secs: i64, needle: &str) -> serde_json::Value {
    world.clock.advance(secs);
    wait_for_log(&world.fake, needle).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn removal_needs_kick_members_and_comes_after_the_reminder() {
    reminder_then_removal(with_members_intent().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn removal_needs_kick_members_and_comes_after_the_reminder_on_postgres() {
    let Some(db) = crate::support::TestDb::postgres().await else {
        return;
    };
    reminder_then_removal(in_db(db).await).await;
}

async fn reminder_then_removal(world: World) {
    let refused = world
        .gate_setup(json!({"role": ROLE.to_string(), "kick_after": "1d"}))
        .await;
    assert!(refused.contains("**Kick Members**"), "{refused}");
    world
        .fake
        .set_role_permissions(
            GUILD,
            BOT_ROLE,
            discord::MANAGE_ROLES | discord::KICK_MEMBERS,
        )
        .await;
    let refused = world
        .gate_setup(json!({"role": ROLE.to_string(), "remind_after": "2d", "kick_after": "1d"}))
        .await;
    assert!(refused.contains("must be later"), "{refused}");
    let saved = world
        .gate_setup(json!({"role": ROLE.to_string(), "log_channel": LOG.to_string(), "remind_after": "1h", "kick_after": "1d"}))
        .await;
    assert!(
        saved.contains("reminded by DM after 1h, removed after 1d"),
        "{saved}"
    );

    let base = 941_000_000_000_000_000;
    let newcomer = base + 1;
    let verifies = base + 2;
    let helper = base + 3;
    let mut bot = FakeUser::new(base + 4, "somebot");
    bot.bot = true;
    let high = base + 5;
    for (id, name) in [
        (newcomer, "newcomer"),
        (verifies, "verifies"),
        (helper, "helper"),
    ] {
        assert!(world.fake.join(GUILD, FakeUser::new(id, name)).await);
    }
    world.fake.join(GUILD, bot).await;
    world
        .fake
        .join(GUILD, FakeUser::new(high, "high").with_roles(&[HIGH_ROLE]))
        .await;
    // Back with the gated role (another bot gives roles back to returning members).
    let returning = base + 6;
    world
        .fake
        .join(
            GUILD,
            FakeUser::new(returning, "returning").with_roles(&[ROLE]),
        )
        .await;
    let heir = base + 7;
    world.fake.join(GUILD, FakeUser::new(heir, "heir")).await;
    // Bots are never stored.
    waiting(&world, 6).await;
    // One verifies; a moderator gives another a role by hand, which exempts them at once.
    world.enroll(GUILD, verifies).await;
    world.fake.set_member_roles(GUILD, helper, &[ROLE]).await;
    waiting(&world, 4).await;

    // After an hour: one reminder, to the newcomer only. The server's owner by then (ownership
    // given to a newcomer), the member above Keygate's role and the one back with the gated role
    // are exempt when their turn comes, for good.
    world.fake.transfer_ownership(GUILD, heir).await;
    // The GUILD_UPDATE reaches the bot's cache before the pass the clock starts.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let line = pass(&world, HOUR + 60, "haven't verified: reminded 1 by DM").await;
    world.fake.transfer_ownership(GUILD, MODERATOR).await;
    let line = line.to_string();
    assert!(line.contains("3 exempt"), "{line}");
    for exempt in [high, returning, heir] {
        assert!(
            world.fake.dm_messages(exempt).is_empty(),
            "{exempt} was reminded"
        );
    }
    let dm = world.fake.dm_messages(newcomer);
    assert_eq!(dm.len(), 1);
    let text = dm[0]["content"].as_str().unwrap();
    assert!(
        text.contains("`/verify`") && text.contains("removed from the server"),
        "{text}"
    );
    assert!(world.fake.dm_messages(helper).is_empty());
    assert!(
        world
            .fake
            .dm_messages(verifies)
            .iter()
            .all(|m| !m["content"].to_string().contains("haven't verified"))
    );

    // After a day: the newcomer is removed, with the reason in Discord's audit log.
    pass(&world, 24 * HOUR, "removed 1").await;
    assert!(kicked(&world, newcomer));
    let kick = world
        .fake
        .requests()
        .into_iter()
        .find(|r| r.method == "DELETE" && r.path == format!("/guilds/{GUILD}/members/{newcomer}"))
        .unwrap();
    let reason = kick
        .headers
        .get("x-audit-log-reason")
        .cloned()
        .unwrap_or_default();
    assert!(reason.contains("verification"), "{reason:?}");
    for spared in [verifies, helper, base + 4, high, returning, heir] {
        assert!(!kicked(&world, spared), "{spared} was removed");
    }
    // In the audit trail too.
    let audit = world
        .run_as(
            MODERATOR,
            "gate audit",
            json!({"user": newcomer.to_string()}),
        )
        .await;
    assert!(audit.contains("kicked"), "{audit}");
    waiting(&world, 0).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_raid_of_two_hundred_is_removed_ten_a_minute() {
    let world = with_members_intent().await;
    world
        .fake
        .set_role_permissions(
            GUILD,
            BOT_ROLE,
            discord::MANAGE_ROLES | discord::KICK_MEMBERS,
        )
        .await;
    world
        .gate_setup(
            json!({"role": ROLE.to_string(), "log_channel": LOG.to_string(), "kick_after": "10m"}),
        )
        .await;
    let base = 942_000_000_000_000_000;
    for n in 0..200 {
        world
            .fake
            .join(GUILD, FakeUser::new(base + n, "raider"))
            .await;
    }
    waiting(&world, 200).await;
    pass(&world, 11 * 60, "190 still waiting").await;
    let count = || (0..200).filter(|n| kicked(&world, base + n)).count();
    assert_eq!(count(), 10, "one pass removes at most ten");
    pass(&world, 60, "180 still waiting").await;
    assert_eq!(count(), 20);
    // Oldest first.
    assert!((0..20).all(|n| kicked(&world, base + n)));
}

/// Discord refuses removals once Keygate loses Kick Members: one refused try, one line in the log
/// channel, then no try for an hour (two after the next refusal) instead of one every minute.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_removal_waits_an_hour_before_the_next_try() {
    let world = with_members_intent().await;
    let can_kick = discord::MANAGE_ROLES | discord::KICK_MEMBERS;
    world
        .fake
        .set_role_permissions(GUILD, BOT_ROLE, can_kick)
        .await;
    world
        .gate_setup(
            json!({"role": ROLE.to_string(), "log_channel": LOG.to_string(), "kick_after": "10m"}),
        )
        .await;
    let base = 943_000_000_000_000_000;
    for n in 0..3 {
        world
            .fake
            .join(GUILD, FakeUser::new(base + n, "lingerer"))
            .await;
    }
    waiting(&world, 3).await;
    // A moderator takes Kick Members away after setup.
    world
        .fake
        .set_role_permissions(GUILD, BOT_ROLE, discord::MANAGE_ROLES)
        .await;
    let tries = || {
        world
            .fake
            .requests()
            .iter()
            .filter(|r| {
                r.method == "DELETE" && r.path.starts_with(&format!("/guilds/{GUILD}/members/"))
            })
            .count()
    };
    let refusals = |n: usize| {
        world.fake.wait_for_requests(
            |r| {
                r.method == "POST"
                    && r.path == format!("/channels/{LOG}/messages")
                    && r.body.to_string().contains("Kick Members")
            },
            n,
            WAIT,
        )
    };
    world.clock.advance(11 * 60);
    refusals(1).await;
    assert_eq!(tries(), 1, "the first refusal stops this server's removals");
    // The next passes (a minute apart) try nothing.
    for _ in 0..3 {
        world.clock.advance(60);
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    }
    assert_eq!(tries(), 1, "no removal is tried within the hour");
    // An hour on: one more try, refused again, and said once more.
    world.clock.advance(HOUR);
    refusals(2).await;
    assert_eq!(tries(), 2);
    // Given the permission back, removals resume when the two hours are up: nobody was lost.
    world
        .fake
        .set_role_permissions(GUILD, BOT_ROLE, can_kick)
        .await;
    world.clock.advance(HOUR);
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert_eq!(tries(), 2, "the second wait is two hours");
    world.clock.advance(HOUR + 60);
    wait_for_log(&world.fake, "removed 3").await;
    waiting(&world, 0).await;
}

/// Keygate's Kick Members is not lent out: a moderator who may run `/gate` (Manage Server) but may
/// not kick cannot turn removal on or change it; they may turn it off.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_a_moderator_who_may_kick_sets_removal() {
    let world = with_members_intent().await;
    world
        .fake
        .set_role_permissions(
            GUILD,
            BOT_ROLE,
            discord::MANAGE_ROLES | discord::KICK_MEMBERS,
        )
        .await;
    let manager = 930_000_000_000_000_092;
    world.fake.add_user(
        GUILD,
        FakeUser::new(manager, "manager")
            .with_permissions(discord::EVERYONE_DEFAULT | discord::MANAGE_GUILD)
            .with_roles(&[crate::support::world::MOD_ROLE]),
    );
    let refused = world
        .run_as(
            manager,
            "gate setup",
            json!({"role": ROLE.to_string(), "kick_after": "1d"}),
        )
        .await;
    assert!(
        refused.contains("you need the **Kick Members** permission yourself"),
        "{refused}"
    );
    // The owner may; then the manager may still change the reminder, and turn removal off.
    let saved = world
        .gate_setup(json!({"role": ROLE.to_string(), "kick_after": "1d"}))
        .await;
    assert!(saved.contains("removed after 1d"), "{saved}");
    let refused = world
        .run_as(
            manager,
            "gate setup",
            json!({"role": ROLE.to_string(), "kick_after": "1h"}),
        )
        .await;
    assert!(refused.contains("yourself"), "{refused}");
    let saved = world
        .run_as(
            manager,
            "gate setup",
            json!({"role": ROLE.to_string(), "remind_after": "1h"}),
        )
        .await;
    assert!(
        saved.contains("reminded by DM after 1h, removed after 1d"),
        "{saved}"
    );
    let saved = world
        .run_as(
            manager,
            "gate setup",
            json!({"role": ROLE.to_string(), "kick_after": "off"}),
        )
        .await;
    assert!(saved.contains("Gate saved"), "{saved}");
    assert!(saved.contains("removed after off"), "{saved}");
}
