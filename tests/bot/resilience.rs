//! The bot keeps working when the world does not: a dropped gateway, a database outage, a dev
//! guild registration.

use loopback_discord as discord;
use serde_json::json;

use crate::support::outage::Outage;
use crate::support::world::{GUILD, MEMBER, OTHER_GUILD, WAIT, World, all_text};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bot_keeps_answering_after_the_gateway_connection_drops() {
    let world = World::new().await;
    world.setup_gate().await;
    world.fake.drop_gateway();
    world.fake.wait_gateway_connections(2, WAIT).await;
    let status = world
        .fake
        .slash(GUILD, MEMBER, "2fa status", json!({}))
        .await;
    assert!(all_text(&world.responses(&status, 2).await).contains("**Authenticator:** not set up"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_outage_gets_try_again_shortly_and_the_bot_recovers_by_itself() {
    let Some(db) = crate::support::TestDb::postgres().await else {
        return;
    };
    // postgres://keygate@127.0.0.1:PORT/NAME -> the same through the cuttable forwarder.
    let (head, tail) = db.url.split_once("@").unwrap();
    let (address, name) = tail.split_once('/').unwrap();
    let outage = Outage::in_front_of(address.to_owned()).await;
    let url = format!("{head}@127.0.0.1:{}/{name}", outage.port);
    db.store().await.close().await; // migrate directly, then go through the forwarder
    let world = World::with_db(
        World::fake().await,
        crate::support::TestDb {
            url,
            backend: "postgres",
            _dir: None,
        },
    )
    .await;
    world.setup_gate().await;
    world.enroll(GUILD, MEMBER).await;

    outage.cut();
    let status = world
        .fake
        .slash(GUILD, MEMBER, "2fa status", json!({}))
        .await;
    let text = all_text(&world.responses(&status, 2).await);
    assert!(
        text.contains("can't reach its database right now. Please try again shortly"),
        "{text}"
    );
    let verify = world.fake.slash(GUILD, MEMBER, "verify", json!({})).await;
    let text = all_text(&world.responses(&verify, 1).await);
    assert!(text.contains("try again shortly"), "{text}");
    assert_eq!(
        world.fake.gateway_connections(),
        1,
        "the bot stayed connected to Discord"
    );

    outage.restore();
    let status = world
        .fake
        .slash(GUILD, MEMBER, "2fa status", json!({}))
        .await;
    let text = all_text(&world.responses(&status, 2).await);
    assert!(text.contains("**Backup codes left:** 10"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dev_guild_gets_the_commands_at_once_instead_of_globally() {
    let mut world = World::new().await;
    assert_eq!(world.fake.commands(None).len(), 3);
    world.dev_guild = Some(OTHER_GUILD);
    world.restart().await;
    let path = format!(
        "/applications/{}/guilds/{OTHER_GUILD}/commands",
        discord::APPLICATION_ID
    );
    world
        .fake
        .wait_for_request(|r| r.method == "PUT" && r.path == path, WAIT)
        .await;
    let names: Vec<String> = world
        .fake
        .commands(Some(OTHER_GUILD))
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names, ["verify", "2fa", "gate"]);
}
