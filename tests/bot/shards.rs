//! Shards: `auto` runs as many as Discord recommends, and two processes with disjoint shard
//! ranges on one database each answer their own servers, with every role change applied once;
//! with real `keygate` processes on PostgreSQL, a process killed with a change claimed leaves it
//! to the next after the claim lease, and a restart on 3 shards keeps everything.

use keygate::config::{ShardCount, Shards};
use keygate::gate::{Clock, totp};
use loopback_discord::FakeChannel;
use serde_json::json;

use crate::support::TestDb;
use crate::support::world::{
    BOT_ROLE, GUILD, LOG, MEMBER, MODERATOR, ROLE, SECOND_MEMBER, WAIT, World, all_text, guild,
    user,
};

/// A server on shard 0 of 2 (the test servers are on shard 1).
const ZERO_GUILD: u64 = GUILD - (1 << 22);
const ZERO_LOG: u64 = LOG + 100;

/// The test servers, plus one on shard 0 of 2, with Discord recommending 2 shards.
async fn two_shard_discord() -> loopback_discord::FakeDiscord {
    let fake = World::fake().await;
    fake.add_guild(guild(ZERO_GUILD, "Shard Zero Server"), vec![BOT_ROLE]);
    fake.add_user(ZERO_GUILD, user(MEMBER, "ferris", false, true));
    fake.add_user(ZERO_GUILD, user(MODERATOR, "moderator", true, true));
    fake.add_channel(ZERO_GUILD, FakeChannel::text(ZERO_LOG, "keygate-log"));
    fake.set_recommended_shards(2);
    fake
}

async fn world_on_two_shards() -> World {
    World::with_db(two_shard_discord().await, TestDb::sqlite().await).await
}

async fn setup_zero_guild(world: &World) {
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
    setup_zero_guild(&world).await;
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

/// A `keygate` process, killed (SIGKILL) when dropped.
struct Process {
    child: tokio::process::Child,
}

impl Process {
    fn start(world: &World, dir: &std::path::Path, shards: &str, ids: Option<&str>) -> Self {
        let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_keygate"));
        command
            .current_dir(dir)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("DISCORD_TOKEN", "loopback-token")
            .env("DISCORD_API_URL", world.fake.api_url())
            .env("DISCORD_GATEWAY_URL", world.fake.gateway_url())
            .env("DATABASE_URL", &world.db.url)
            .env("KEYGATE_MASTER_KEY", MASTER_KEY)
            .env("KEYGATE_SHARDS", shards)
            .env("KEYGATE_CLAIM_LEASE", "5s")
            .env("RUST_LOG", "warn")
            .kill_on_drop(true);
        if let Some(ids) = ids {
            command.env("KEYGATE_SHARD_IDS", ids);
        }
        let log = std::fs::File::create(
            dir.join(format!("keygate-{shards}-{}.log", ids.unwrap_or("all"))),
        )
        .expect("a log file");
        command.stderr(log);
        Self {
            child: command.spawn().expect("start keygate"),
        }
    }

    /// `kill -9`: no shutdown, claims left as they are.
    async fn kill(mut self) {
        let _ = self.child.start_kill();
        let _ = self.child.wait().await;
    }
}

/// One master key for every process (32 bytes, base64).
const MASTER_KEY: &str = "a2V5Z2F0ZS10ZXN0LW1hc3Rlci1rZXktMzItYnl0ZXM=";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keygate_processes_share_postgres_and_a_killed_ones_claims_pass_on() {
    let Some(db) = TestDb::postgres().await else {
        return;
    };
    let world = World::without_bot(two_shard_discord().await, db);
    let dir = tempfile::tempdir().expect("a working directory");
    let first = Process::start(&world, dir.path(), "2", Some("0"));
    world.fake.wait_shards_live(&[0], WAIT * 4).await;
    let second = Process::start(&world, dir.path(), "2", Some("1"));
    world.fake.wait_shards_live(&[0, 1], WAIT * 4).await;
    world.fake.wait_ready().await;

    world.setup_gate().await;
    setup_zero_guild(&world).await;
    let (app, _) = world.enroll(GUILD, MEMBER).await;
    let (zero_app, _) = world.enroll(ZERO_GUILD, MEMBER).await;
    for guild in [GUILD, ZERO_GUILD] {
        assert!(world.fake.member_roles(guild, MEMBER).contains(&ROLE));
        assert_eq!(grants(&world, guild, MEMBER), 1, "{guild}: applied once");
    }
    // A thief guessing on the other shard locks the member out there.
    let wrong = crate::support::wrong_code(&zero_app, world.clock.now());
    let mut last = String::new();
    for _ in 0..keygate::gate::throttle::FAILURES_PER_WINDOW {
        last = all_text(
            &world
                .verify_for(ZERO_GUILD, MEMBER, json!({}), &wrong)
                .await,
        );
    }
    assert!(last.contains("Too many wrong codes"), "{last}");

    // A grant on the wire when both processes die: claimed, never answered.
    let mut held = world
        .fake
        .hold_next("PUT", &format!("/members/{SECOND_MEMBER}/roles/{ROLE}"));
    world.confirm_enrollment(GUILD, SECOND_MEMBER).await;
    held.arrived(WAIT).await;
    first.kill().await;
    second.kill().await;

    // One process on 3 shards now: it takes the claimed grant over once the lease has run out,
    // and the first member's app still opens the gate.
    world.fake.set_recommended_shards(3);
    let third = Process::start(&world, dir.path(), "3", None);
    world.fake.wait_shards_live(&[0, 1, 2], WAIT * 4).await;
    let granted = tokio::time::timeout(WAIT * 2, async {
        while !world
            .fake
            .member_roles(GUILD, SECOND_MEMBER)
            .contains(&ROLE)
        {
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    })
    .await;
    assert!(granted.is_ok(), "the killed process's claim passed on");
    // The code of a time step after the one the app was confirmed with (each step opens once).
    let now = world.clock.now().unix();
    let next_step = (now / 30 + 1) * 30;
    tokio::time::sleep(std::time::Duration::from_secs((next_step - now + 1) as u64)).await;
    let code = totp::code_at(&app, world.clock.now());
    let responses = world.verify_for(GUILD, MEMBER, json!({}), &code).await;
    let text = all_text(&responses);
    assert!(text.contains("Verified"), "{text}");
    // The lockout moved with its server: even the right code is refused there.
    let right = totp::code_at(&zero_app, world.clock.now());
    let text = all_text(
        &world
            .verify_for(ZERO_GUILD, MEMBER, json!({}), &right)
            .await,
    );
    assert!(
        text.contains("Too many wrong codes"),
        "still locked out: {text}"
    );
    third.kill().await;
    drop(held);
}
