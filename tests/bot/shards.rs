//! Shards: `auto` runs as many as Discord recommends, and two processes with disjoint shard
//! ranges on one database each answer their own servers, with every role change applied once.

use keygate::config::{ShardCount, Shards};
use loopback_discord::FakeChannel;
use serde_json::json;

use crate::support::TestDb;
use crate::support::world::{
    BOT_ROLE, GUILD, LOG, MEMBER, MODERATOR, ROLE, SECOND_MEMBER, WAIT, World, guild, user,
};

/// A server on shard 0 of 2 (the test servers are on shard 1).
const ZERO_GUILD: u64 = GUILD - (1 << 22);
const ZERO_LOG: u64 = LOG + 100;

async fn world_on_two_shards() -> World {
    let fake = World::fake().await;
    fake.add_guild(guild(ZERO_GUILD, "Shard Zero Server"), vec![BOT_ROLE]);
    fake.add_user(ZERO_GUILD, user(MEMBER, "ferris", false, true));
    fake.add_user(ZERO_GUILD, user(MODERATOR, "moderator", true, true));
    fake.add_channel(ZERO_GUILD, FakeChannel::text(ZERO_LOG, "keygate-log"));
    fake.set_recommended_shards(2);
    World::with_db(fake, TestDb::sqlite().await).await
}

fn grants(world: &World, guild: u64, user: u64) -> usize {
    world
        .fake
        .requests()
        .iter()
        .filter(|r| {
            r.method == "PUT" && r.path == format!("/guilds/{guild}/members/{user}/roles/{ROLE}")
        })
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_on_disjoint_shards_answer_their_servers_and_grant_once() {
    let mut world = world_on_two_shards().await;
    assert_eq!(
        (world.fake.shard_of(GUILD), world.fake.shard_of(ZERO_GUILD)),
        (1, 0)
    );
    // `auto`: both recommended shards in this one process.
    world.fake.wait_shards_live(&[0, 1], WAIT * 2).await;
    let mut identified = world.fake.identified_shards();
    identified.sort_unstable();
    assert_eq!(identified, vec![[0, 2], [1, 2]]);

    // Two processes: shard 0 here, shard 1 there, one database.
    if let Some(bot) = world.bot.take() {
        bot.shutdown().await;
    }
    world.shards = Shards {
        count: ShardCount::Fixed(2),
        ids: Some((0, 0)),
    };
    world.launch().await;
    world.shards.ids = Some((1, 1));
    let other = world.start_only().await;
    world.fake.wait_shards_live(&[0, 1], WAIT * 2).await;
    assert_eq!(world.fake.identified_shards().len(), 4);

    world.setup_gate().await;
    let i = world
        .fake
        .slash(
            ZERO_GUILD,
            MODERATOR,
            "gate setup",
            json!({"role": ROLE.to_string(), "log_channel": ZERO_LOG.to_string()}),
        )
        .await;
    assert!(world.answer(&i).await.contains("Gate saved"));
    world.enroll(ZERO_GUILD, MEMBER).await;
    world.enroll(GUILD, MEMBER).await;
    world.enroll(GUILD, SECOND_MEMBER).await;
    for (guild, user) in [
        (ZERO_GUILD, MEMBER),
        (GUILD, MEMBER),
        (GUILD, SECOND_MEMBER),
    ] {
        assert!(world.fake.member_roles(guild, user).contains(&ROLE));
        assert_eq!(
            grants(&world, guild, user),
            1,
            "{guild}/{user}: applied once"
        );
    }
    other.shutdown().await;
}
