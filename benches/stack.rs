//! The whole stack in a burst: a loopback Discord sends interactions over the gateway to real
//! `keygate` processes (poise, the gate, the store, the outbox), and their role worker's `PUT`s
//! come back to it. Two servers, one on each shard of two, share N members (1,000 by default).
//!
//! Run: `cargo bench --bench stack` (several minutes; `KEYGATE_BURST=200` for fewer members;
//! `KEYGATE_BENCH_ROLE_RATE=40` to keep the role worker to a production process's pacing, which
//! is off by default here: the targets are without rate limits). The
//! PostgreSQL rows need `initdb` and `pg_ctl` (on PATH or under /usr/lib/postgresql/*/bin), or a
//! server named by `KEYGATE_TEST_POSTGRES_URL`; without them they are skipped, loudly.
//! `KEYGATE_BENCH_ONLY=sqlite,postgres,postgres-2` runs only the configurations named.
//!
//! For each configuration (SQLite with one process; PostgreSQL with one; PostgreSQL with two, on
//! shards 0 and 1 of 2, each hashing on its share of the cores, `KEYGATE_HASH_THREADS`), a
//! moderator sets up a gate in each server, then two bursts are measured:
//! - enrollment: every member at once runs `/verify`, reads the QR code, presses *Enter code* and
//!   submits the first code (ten argon2id hashes each, for the backup codes), as
//!   `World::enroll_with` in `tests/support/world.rs` does; compared with the floor, the same
//!   number of hashes on one plain thread per core, measured in the same run just before each
//!   configuration starts (the machine's speed drifts over a run);
//! - verification, in the next 30-second TOTP step (the enrollment's codes would be replays):
//!   every member at once runs `/verify` and submits the code their app shows now.
//!
//! For each burst it reports the time from its start to the last role grant the loopback Discord
//! carried out (`PUT /guilds/{g}/members/{u}/roles/{r}` answered 204) and how many there were;
//! how long interactions waited for the bot's first callback (p50 / p99 / max, and how many
//! came after Discord's 3 s, which the loopback Discord refuses, or never); heartbeat gaps over
//! 1.5 intervals and new IDENTIFY/RESUME on the gateway; the `keygate` processes' peak RSS
//! (`VmHWM`, reset before the burst, summed); REST calls per grant, in all and outside the
//! interactions' own routes; the TCP connections the loopback Discord's REST server accepted; and
//! the CPU this harness used itself (the loopback Discord and the
//! members' QR decoding: one member in ten scans the QR code, the others type the setup key),
//! which it takes from the same cores. Its summary line splits the
//! cores' time (read from `/proc` every 20 ms) between the `keygate` processes, this harness,
//! PostgreSQL, interrupts (softirqs: loopback networking) and the rest, over the whole burst
//! and over its slash commands.
//!
//! Targets: every interaction acknowledged within 3 s, p99 ≤ 250 ms; no missed heartbeat; the
//! verification burst ≤ 5 s on SQLite; the enrollment burst ≤ 1.15× the floor.

use std::collections::HashMap;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use keygate::gate::hashing::{self, Memory};
use keygate::gate::totp::{self, TotpSecret};
use keygate::gate::{Clock, SystemClock};
use loopback_discord::{
    self as discord, FakeChannel, FakeDiscord, FakeGuild, FakeRole, FakeUser, Interaction,
    Recorded, Response, callback,
};
use serde_json::json;
use tokio::sync::Semaphore;

/// The two servers: `(id >> 22) % 2` puts the first on shard 0 of 2 and the second on shard 1.
const SERVERS: [u64; 2] = [900_000_000_000_000_001 - (1 << 22), 900_000_000_000_000_001];
const _: () = assert!((SERVERS[0] >> 22).is_multiple_of(2) && (SERVERS[1] >> 22) % 2 == 1);
/// Each server's log channel, in the order of `SERVERS`.
const LOGS: [u64; 2] = [920_000_000_000_000_001, 920_000_000_000_000_002];
/// The gated role, below the bot's.
const VERIFIED: u64 = 910_000_000_000_000_001;
const BOT_ROLE: u64 = 910_000_000_000_000_003;
const MOD_ROLE: u64 = 910_000_000_000_000_005;
/// Owns both servers and sets their gates up.
const MODERATOR: u64 = 930_000_000_000_000_099;
/// Member `n` is user `FIRST_MEMBER + n`, in server `SERVERS[n % 2]`.
const FIRST_MEMBER: u64 = 950_000_000_000_000_000;
/// One master key for every process (32 bytes, base64).
const MASTER_KEY: &str = "a2V5Z2F0ZS10ZXN0LW1hc3Rlci1rZXktMzItYnl0ZXM=";
const QR_FILE: &str = "keygate-qr.png";
const BACKUP_CODES_FILE: &str = "keygate-backup-codes.txt";
/// Discord's deadline for an interaction's first response; the loopback Discord enforces it.
const ACK_DEADLINE: Duration = Duration::from_secs(3);
const ACK_P99_TARGET: Duration = Duration::from_millis(250);
const VERIFY_TARGET_SQLITE: Duration = Duration::from_secs(5);
const FLOOR_RATIO_TARGET: f64 = 1.15;
/// The heartbeat interval the loopback Discord announces: Discord's is 41.25 s; 5 s spans every
/// burst with several heartbeats and stays clear of serenity's own 0.5 s read timeout, which spaces
/// heartbeats up to half a second apart even on an idle bot.
const HEARTBEAT: Duration = Duration::from_secs(5);
/// How long each set-up step may take (a process's shard going live, `/gate setup`).
const SETUP_WAIT: Duration = Duration::from_secs(60);
/// How long the grants may trail the members' last replies.
const GRANT_WAIT: Duration = Duration::from_secs(60);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Backend {
    Sqlite,
    Postgres,
}

/// A database backend and the `keygate` processes, each as `(KEYGATE_SHARDS, KEYGATE_SHARD_IDS)`.
struct Configuration {
    name: &'static str,
    backend: Backend,
    processes: &'static [(&'static str, Option<&'static str>)],
}

static CONFIGURATIONS: [Configuration; 3] = [
    Configuration {
        name: "SQLite, one process",
        backend: Backend::Sqlite,
        processes: &[("1", None)],
    },
    Configuration {
        name: "PostgreSQL, one process",
        backend: Backend::Postgres,
        processes: &[("1", None)],
    },
    Configuration {
        name: "PostgreSQL, two processes (shards 0 and 1 of 2)",
        backend: Backend::Postgres,
        processes: &[("2", Some("0")), ("2", Some("1"))],
    },
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Burst {
    Enrollment,
    Verification,
}

impl Burst {
    fn name(self) -> &'static str {
        match self {
            Self::Enrollment => "enrollment",
            Self::Verification => "verification (TOTP)",
        }
    }
}

#[derive(Clone, Copy)]
struct Member {
    server: u64,
    user: u64,
}

fn all_members(n: usize) -> Vec<Member> {
    (0..n)
        .map(|k| Member {
            server: SERVERS[k % 2],
            user: FIRST_MEMBER + k as u64,
        })
        .collect()
}

/// What one burst measured.
struct Measured {
    /// Member flows that did not finish, and why the first of them did not.
    failed: usize,
    first_failure: Option<String>,
    /// From the burst's start to the last grant answered 204.
    to_last_grant: Option<Duration>,
    grants: usize,
    /// Each interaction's wait for its first callback, sorted.
    acks: Vec<Duration>,
    /// The same waits with each interaction's type (2 slash command, 3 button, 5 modal).
    typed_acks: Vec<(u64, Duration)>,
    /// Interactions that no initial response acknowledged.
    unacknowledged: usize,
    missed_heartbeats: usize,
    new_sessions: usize,
    /// `VmHWM` of the `keygate` processes, summed; whether it was reset before the burst.
    peak_rss_kib: u64,
    peak_reset: bool,
    requests: usize,
    non_interaction_requests: usize,
    harness_cpu: Duration,
    /// Where the machine's CPU went over the burst and over its first slash commands.
    cpu: CpuUse,
    /// TCP connections the loopback Discord's REST server accepted during the burst.
    http_connections: usize,
}

impl Measured {
    fn late_acks(&self) -> usize {
        self.acks.iter().filter(|d| **d > ACK_DEADLINE).count()
    }

    /// The targets this burst missed, in words.
    fn missed_targets(
        &self,
        burst: Burst,
        backend: Backend,
        n: usize,
        floor: Duration,
    ) -> Vec<String> {
        let mut missed = Vec::new();
        if self.failed > 0 {
            missed.push(format!("{} member flows failed", self.failed));
        }
        if self.grants != n {
            missed.push(format!("{} grants, not {n}", self.grants));
        }
        if self.late_acks() + self.unacknowledged > 0 {
            missed.push("interactions not acknowledged within 3 s".into());
        }
        if percentile(&self.acks, 0.99) > ACK_P99_TARGET {
            missed.push("ack p99 > 250 ms".into());
        }
        if self.missed_heartbeats + self.new_sessions > 0 {
            missed.push("heartbeats missed or sessions restarted".into());
        }
        match burst {
            Burst::Enrollment
                if ratio(self.to_last_grant, floor).is_none_or(|r| r > FLOOR_RATIO_TARGET) =>
            {
                missed.push(format!("> {FLOOR_RATIO_TARGET}× the floor"));
            }
            Burst::Verification
                if backend == Backend::Sqlite
                    && self.to_last_grant.is_none_or(|t| t > VERIFY_TARGET_SQLITE) =>
            {
                missed.push("> 5 s".into());
            }
            _ => {}
        }
        missed
    }
}

fn ratio(elapsed: Option<Duration>, floor: Duration) -> Option<f64> {
    elapsed.map(|t| t.as_secs_f64() / floor.as_secs_f64())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[rank]
}

/// The worker's own pacing (`KEYGATE_ROLE_RATE`) the processes get: `off` unless
/// `KEYGATE_BENCH_ROLE_RATE` names one (say 40, the default a production process keeps to).
fn role_rate() -> String {
    std::env::var("KEYGATE_BENCH_ROLE_RATE").unwrap_or_else(|_| "off".to_owned())
}

/// `hashes` argon2id hashes on one plain thread per core, each with its own memory (as
/// `benches/burst.rs` measures its floor).
fn floor(hashes: usize) -> Duration {
    let started = Instant::now();
    let per_thread = hashes.div_ceil(hashing::cores());
    let threads: Vec<_> = (0..hashing::cores())
        .map(|t| {
            std::thread::spawn(move || {
                let mut memory = Memory::new();
                for n in 0..per_thread {
                    let mut salt = [0u8; 16];
                    salt[..8].copy_from_slice(&((t * per_thread + n) as u64).to_le_bytes());
                    hashing::hash_with(&mut memory, b"0ABC-DEFG-HJKM-NPQR", &salt);
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().unwrap();
    }
    started.elapsed()
}

/// User and system CPU time this process has used.
fn own_cpu() -> Duration {
    // SAFETY: all zeroes is a valid `rusage`, and getrusage only writes the struct it is given.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage
    };
    let time = |t: libc::timeval| {
        Duration::from_secs(u64::try_from(t.tv_sec).unwrap_or(0))
            + Duration::from_micros(u64::try_from(t.tv_usec).unwrap_or(0))
    };
    time(usage.ru_utime) + time(usage.ru_stime)
}

/// One reading of where the machine's CPU time has gone since boot, in clock ticks.
#[derive(Clone, Copy)]
struct CpuSample {
    at: Instant,
    /// All cores' busy ticks (user, nice, system, irq, softirq, steal) and all their ticks.
    busy: u64,
    total: u64,
    /// Of the busy ticks, those serving interrupts and softirqs (loopback networking among them).
    interrupts: u64,
    /// The PostgreSQL server's processes' ticks (those running when the burst began).
    postgres: u64,
    /// The `keygate` processes' user and system ticks, summed, and this process's.
    keygate: u64,
    harness: u64,
}

impl CpuSample {
    /// Reads the machine's ticks now, and those of the `keygate` and PostgreSQL processes named.
    fn read(keygate: &[String], postgres: &[String]) -> Self {
        let (busy, total, interrupts) = machine_ticks();
        let ticks = |pids: &[String]| pids.iter().map(|pid| process_ticks(pid)).sum();
        Self {
            at: Instant::now(),
            busy,
            total,
            interrupts,
            postgres: ticks(postgres),
            keygate: ticks(keygate),
            harness: process_ticks("self"),
        }
    }
}

/// User and system ticks of process `pid` (`/proc/{pid}/stat` fields 14 and 15).
fn process_ticks(pid: &str) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The command name may hold spaces; the fields after it are fixed.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or("", |(_, rest)| rest)
        .split_whitespace()
        .collect();
    let field = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    field(11) + field(12)
}

/// Busy, total and interrupt ticks of all cores (`/proc/stat`'s first line).
fn machine_ticks() -> (u64, u64, u64) {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let numbers: Vec<u64> = stat
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .skip(1)
        .filter_map(|f| f.parse().ok())
        .collect();
    let get = |i: usize| numbers.get(i).copied().unwrap_or(0);
    // user nice system idle iowait irq softirq steal (guest time is inside user already).
    let busy = get(0) + get(1) + get(2) + get(5) + get(6) + get(7);
    (busy, busy + get(3) + get(4), get(5) + get(6))
}

/// The ids of the processes named `postgres`.
fn postgres_pids() -> Vec<String> {
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| name.bytes().all(|b| b.is_ascii_digit()))
        .filter(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/comm"))
                .is_ok_and(|c| c.trim() == "postgres")
        })
        .collect()
}

/// Reads [`CpuSample`]s every 20 ms on a thread of its own until stopped.
struct CpuSampler {
    stop: Arc<std::sync::atomic::AtomicBool>,
    thread: std::thread::JoinHandle<Vec<CpuSample>>,
}

impl CpuSampler {
    fn start(pids: Vec<String>) -> Self {
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stopping = stop.clone();
        let postgres = postgres_pids();
        // The first reading before the burst starts, so every window has one at or before it.
        let first = CpuSample::read(&pids, &postgres);
        let thread = std::thread::spawn(move || {
            let mut samples = vec![first];
            loop {
                std::thread::sleep(Duration::from_millis(20));
                samples.push(CpuSample::read(&pids, &postgres));
                if stopping.load(std::sync::atomic::Ordering::Relaxed) {
                    return samples;
                }
            }
        });
        Self { stop, thread }
    }

    fn finish(self) -> Vec<CpuSample> {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        self.thread.join().unwrap_or_default()
    }
}

/// Where the cores' time went over one stretch of a burst, as shares of all cores' time.
#[derive(Clone, Copy, Default)]
struct CpuShare {
    length: Duration,
    busy: f64,
    keygate: f64,
    harness: f64,
    postgres: f64,
    interrupts: f64,
}

impl CpuShare {
    /// From the last sample at or before `from` to the first at or after `to`.
    fn between(samples: &[CpuSample], from: Instant, to: Instant) -> Option<Self> {
        let first = samples
            .iter()
            .rev()
            .find(|s| s.at <= from)
            .or(samples.first())?;
        let last = samples.iter().find(|s| s.at >= to).or(samples.last())?;
        let total = last.total.checked_sub(first.total).filter(|t| *t > 0)? as f64;
        let share = |a: u64, b: u64| a.saturating_sub(b) as f64 / total;
        Some(Self {
            length: last.at.saturating_duration_since(first.at),
            busy: share(last.busy, first.busy),
            keygate: share(last.keygate, first.keygate),
            harness: share(last.harness, first.harness),
            postgres: share(last.postgres, first.postgres),
            interrupts: share(last.interrupts, first.interrupts),
        })
    }

    fn describe(&self) -> String {
        // Not clamped: the parts are read at different resolutions (processes' times finer than
        // the machine's whole ticks, and a softirq may be charged to the task it interrupted as
        // well), so they can add up to a few points more than "busy", and the rest goes below 0.
        let named = self.keygate + self.harness + self.postgres + self.interrupts;
        format!(
            "{} ms: cores {:.0}% busy (keygate {:.0}%, harness {:.0}%, PostgreSQL {:.0}%, \
             interrupts {:.0}%, the rest {:.0}%)",
            self.length.as_millis(),
            self.busy * 100.0,
            self.keygate * 100.0,
            self.harness * 100.0,
            self.postgres * 100.0,
            self.interrupts * 100.0,
            (self.busy - named) * 100.0
        )
    }
}

/// The burst's CPU as a whole and over its slash commands: from its start for as long as the
/// slowest slash command waited (each wait counts from its own interaction's creation, and all
/// are created in the burst's first moments, so the window ends a little before the last ack).
#[derive(Clone, Copy, Default)]
struct CpuUse {
    whole: Option<CpuShare>,
    slash_commands: Option<CpuShare>,
}

/// A field of a `/proc/.../status` file (`VmHWM:`), in KiB.
fn status_kib(path: &str, field: &str) -> u64 {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

// ---------------------------------------------------------------------------------------------
// The loopback Discord and the keygate processes

fn server(id: u64, name: &str) -> FakeGuild {
    FakeGuild::new(id, name, MODERATOR)
        .with_role(FakeRole::new(VERIFIED, "Verified", 1))
        .with_role(
            FakeRole::new(BOT_ROLE, "Keygate", 3)
                .with_permissions(discord::MANAGE_ROLES)
                .managed(),
        )
        .with_role(
            FakeRole::new(MOD_ROLE, "Moderators", 5)
                .with_permissions(discord::MANAGE_GUILD | discord::MANAGE_ROLES),
        )
}

/// The two servers, their moderator and log channels, and the members.
async fn loopback_discord(members: &[Member]) -> FakeDiscord {
    let fake = FakeDiscord::start(
        vec![
            server(SERVERS[0], "Shard Zero Server"),
            server(SERVERS[1], "Shard One Server"),
        ],
        HashMap::from([(SERVERS[0], vec![BOT_ROLE]), (SERVERS[1], vec![BOT_ROLE])]),
    )
    .await;
    // Short enough that a burst of a few seconds spans several heartbeats.
    fake.set_heartbeat_interval(HEARTBEAT);
    for (server, log) in SERVERS.into_iter().zip(LOGS) {
        let moderator = FakeUser::new(MODERATOR, "moderator")
            .with_permissions(
                discord::EVERYONE_DEFAULT | discord::MANAGE_GUILD | discord::MANAGE_ROLES,
            )
            .with_roles(&[MOD_ROLE]);
        fake.add_user(server, moderator);
        fake.add_channel(server, FakeChannel::text(log, "keygate-log"));
    }
    for member in members {
        let name = format!("member-{}", member.user - FIRST_MEMBER);
        fake.add_user(member.server, FakeUser::new(member.user, &name));
    }
    fake
}

/// A `keygate` process (as `tests/bot/shards.rs` starts one), killed when dropped.
struct Process {
    child: tokio::process::Child,
    log: PathBuf,
}

impl Process {
    fn start(
        fake: &FakeDiscord,
        database_url: &str,
        dir: &Path,
        shards: &str,
        id: Option<&str>,
        hash_threads: usize,
    ) -> Result<Self, String> {
        let log = dir.join(format!("keygate-{}.log", id.unwrap_or("all")));
        let stderr = std::fs::File::create(&log)
            .map_err(|e| format!("cannot create {}: {e}", log.display()))?;
        let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_keygate"));
        command
            .current_dir(dir)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("DISCORD_TOKEN", "loopback-token")
            .env("DISCORD_API_URL", fake.api_url())
            .env("DISCORD_GATEWAY_URL", fake.gateway_url())
            .env("DATABASE_URL", database_url)
            .env("KEYGATE_MASTER_KEY", MASTER_KEY)
            .env("KEYGATE_SHARDS", shards)
            // Without rate limits: the loopback Discord enforces none, and neither does the worker.
            .env("KEYGATE_ROLE_RATE", role_rate())
            // As README.md says for processes sharing a machine: a share of its cores each.
            .env("KEYGATE_HASH_THREADS", hash_threads.to_string())
            .env("RUST_LOG", "warn")
            .stdout(std::process::Stdio::null())
            .stderr(stderr)
            .kill_on_drop(true);
        if let Some(id) = id {
            command.env("KEYGATE_SHARD_IDS", id);
        }
        let child = command
            .spawn()
            .map_err(|e| format!("cannot start keygate: {e}"))?;
        Ok(Self { child, log })
    }

    /// `Err`, with the end of its log, once the process has exited.
    fn check_alive(&mut self) -> Result<(), String> {
        match self.child.try_wait() {
            Ok(None) => Ok(()),
            Ok(Some(status)) => {
                let log = std::fs::read_to_string(&self.log).unwrap_or_default();
                let lines: Vec<&str> = log.lines().collect();
                let tail = lines[lines.len().saturating_sub(20)..].join("\n");
                Err(format!(
                    "keygate exited ({status}); the end of its log:\n{tail}"
                ))
            }
            Err(e) => Err(format!("cannot wait for keygate: {e}")),
        }
    }

    /// Resets `VmHWM` to the current RSS, so the next reading is the peak of what follows.
    fn reset_peak(&self) -> bool {
        self.child
            .id()
            .is_some_and(|pid| std::fs::write(format!("/proc/{pid}/clear_refs"), "5").is_ok())
    }

    /// `VmHWM`, in KiB.
    fn peak_kib(&self) -> u64 {
        self.child.id().map_or(0, |pid| {
            status_kib(&format!("/proc/{pid}/status"), "VmHWM:")
        })
    }

    async fn stop(mut self) {
        let _ = self.child.start_kill();
        let _ = self.child.wait().await;
    }
}

/// One configuration, running: the loopback Discord and the `keygate` processes.
struct Stack {
    fake: FakeDiscord,
    processes: Vec<Process>,
}

impl Stack {
    /// Starts the processes one after another, each once the previous one's shard is live
    /// (each process runs one shard: the first shard 0, the second shard 1), then waits for
    /// the commands to be registered.
    async fn start(
        config: &Configuration,
        fake: FakeDiscord,
        database_url: &str,
        dir: &Path,
    ) -> Result<Self, String> {
        let mut processes = Vec::new();
        let hash_threads = (hashing::cores() / config.processes.len()).max(1);
        for (shard, &(shards, id)) in (0u32..).zip(config.processes) {
            let mut process = Process::start(&fake, database_url, dir, shards, id, hash_threads)?;
            let live = [shard];
            let waited = fake.wait_shards_live(&live, SETUP_WAIT * 2);
            if tokio::time::timeout(SETUP_WAIT, waited).await.is_err() {
                process.check_alive()?;
                return Err(format!(
                    "shard {shard} was not live after {} s",
                    SETUP_WAIT.as_secs()
                ));
            }
            processes.push(process);
        }
        fake.wait_ready().await;
        Ok(Self { fake, processes })
    }

    /// `/gate setup` as the moderator in each server (`World::setup_gate`).
    async fn set_up_gates(&self) -> Result<(), String> {
        for (server, log) in SERVERS.into_iter().zip(LOGS) {
            let options = json!({"role": VERIFIED.to_string(), "log_channel": log.to_string()});
            let i = self
                .fake
                .slash(server, MODERATOR, "gate setup", options)
                .await;
            let responses = self
                .fake
                .responses_within(&i, 2, SETUP_WAIT)
                .await
                .ok_or_else(|| format!("/gate setup in server {server} was not answered"))?;
            let text = texts(&responses);
            if !text.contains("Gate saved") {
                return Err(format!("/gate setup in server {server}: {text}"));
            }
        }
        Ok(())
    }

    /// Runs `flow` for every input at once, one task each, and measures the burst.
    async fn burst<I, T, F, Fut>(
        &mut self,
        inputs: Vec<I>,
        flow: F,
    ) -> Result<(Measured, Vec<T>), String>
    where
        I: Send + 'static,
        T: Send + 'static,
        F: Fn(FakeDiscord, I, Instant) -> Fut + Send,
        Fut: Future<Output = Result<T, String>> + Send + 'static,
    {
        for process in &mut self.processes {
            process.check_alive()?;
        }
        let peak_reset = self.processes.iter().all(Process::reset_peak);
        let cpu = own_cpu();
        let pids = self
            .processes
            .iter()
            .filter_map(|p| p.child.id().map(|id| id.to_string()))
            .collect();
        let sampler = CpuSampler::start(pids);
        let started = Instant::now();
        let connections = self.fake.http_connections();
        let mark = self.fake.mark();
        let deadline = Instant::now() + burst_limit(inputs.len());
        let tasks: Vec<_> = inputs
            .into_iter()
            .map(|input| tokio::spawn(flow(self.fake.clone(), input, deadline)))
            .collect();
        let (mut done, mut failed, mut first_failure) = (Vec::new(), 0, None);
        for task in tasks {
            let why = match task.await {
                Ok(Ok(value)) => {
                    done.push(value);
                    continue;
                }
                Ok(Err(why)) => why,
                Err(e) => format!("the member's task failed: {e}"),
            };
            failed += 1;
            if first_failure.is_none() {
                first_failure = Some(why);
            }
        }
        // A flow ends with the member's last reply; the grant may trail it a little.
        self.fake
            .wait_requests_since(&mark, is_grant, done.len(), GRANT_WAIT)
            .await;
        let harness_cpu = own_cpu().saturating_sub(cpu);
        let ended = Instant::now();
        let samples = sampler.finish();
        let requests = self.fake.requests_since(&mark);
        let grants: Vec<Duration> = requests
            .iter()
            .filter(|(_, request)| is_grant(request))
            .map(|(at, _)| *at)
            .collect();
        let typed_acks = self.fake.typed_ack_latencies(&mark);
        let mut acks: Vec<Duration> = typed_acks.iter().map(|(_, d)| *d).collect();
        acks.sort_unstable();
        let last_slash = typed_acks
            .iter()
            .filter(|(kind, _)| *kind == 2)
            .map(|(_, d)| *d)
            .max();
        let cpu = CpuUse {
            whole: CpuShare::between(&samples, started, ended),
            slash_commands: last_slash
                .and_then(|d| CpuShare::between(&samples, started, started + d)),
        };
        let measured = Measured {
            failed,
            first_failure,
            to_last_grant: grants.iter().max().copied(),
            grants: grants.len(),
            acks,
            typed_acks,
            unacknowledged: self.fake.unacknowledged(&mark),
            missed_heartbeats: self.fake.missed_heartbeats(&mark),
            new_sessions: self.fake.sessions_started(&mark),
            peak_rss_kib: self.processes.iter().map(Process::peak_kib).sum(),
            peak_reset,
            requests: requests.len(),
            non_interaction_requests: requests
                .iter()
                .filter(|(_, request)| !is_interaction_route(request))
                .count(),
            harness_cpu,
            cpu,
            http_connections: self.fake.http_connections() - connections,
        };
        Ok((measured, done))
    }

    async fn stop(self) {
        for process in self.processes {
            process.stop().await;
        }
    }
}

/// How long a burst may take before its stragglers count as failures: generous, because the
/// enrollment's hashes alone take the floor's time.
fn burst_limit(members: usize) -> Duration {
    let members = u32::try_from(members).unwrap_or(u32::MAX);
    Duration::from_secs(120) + Duration::from_millis(500).saturating_mul(members)
}

/// A role grant the loopback Discord carried out: `PUT /guilds/{g}/members/{u}/roles/{VERIFIED}`
/// answered 204.
fn is_grant(request: &Recorded) -> bool {
    let segments: Vec<&str> = request.path.trim_matches('/').split('/').collect();
    request.method == "PUT"
        && request.status == 204
        && matches!(
            segments.as_slice(),
            ["guilds", _, "members", _, "roles", role] if role.parse::<u64>().ok() == Some(VERIFIED)
        )
}

/// A request on an interaction's own routes: its callback, follow-ups and edits.
fn is_interaction_route(request: &Recorded) -> bool {
    request.path.starts_with("/interactions/") || request.path.starts_with("/webhooks/")
}

/// Sleeps into the next 30-second TOTP step (and half a second more, for the clocks to agree).
async fn next_totp_step() {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let next = Duration::from_secs((now.as_secs() / 30 + 1) * 30);
    let wait = next.saturating_sub(now) + Duration::from_millis(500);
    println!(
        "  waiting {:.1} s for the next TOTP step",
        wait.as_secs_f64()
    );
    tokio::time::sleep(wait).await;
}

// ---------------------------------------------------------------------------------------------
// One member's flows

/// One member in this many scans the QR code, as a phone does, and checks that it carries the key
/// the message shows; the others type that setup key, as members without a camera do. Decoding
/// a QR code costs this harness about 8 ms of CPU on the two cores the bot is measured on: a
/// phone's work, not the bot's, which with every member scanning took 7% of the enrollment
/// burst's cores away from the hashing its floor is compared with.
const SCANS_ONE_IN: usize = 10;

/// `World::enroll_with` as one member does it: `/verify`, the QR code read as a phone reads it
/// (with `decoding`; otherwise the setup key typed), *Enter code*, and the first code; done once
/// the backup codes are shown.
async fn enroll(
    fake: FakeDiscord,
    member: Member,
    deadline: Instant,
    decoding: Option<Arc<Semaphore>>,
) -> Result<(Member, TotpSecret), String> {
    let Member { server, user } = member;
    let i = fake.slash(server, user, "verify", json!({})).await;
    let responses = answers(&fake, &i, 2, deadline, "the QR code").await?;
    if responses[0].callback_type != Some(callback::DEFERRED_CHANNEL_MESSAGE) {
        return Err(format!(
            "/verify was not deferred first: {}",
            texts(&responses)
        ));
    }
    let (shown, png) = responses
        .iter()
        .find_map(|r| file(r, QR_FILE).map(|png| (r, png.to_vec())))
        .ok_or_else(|| format!("no QR code shown: {}", texts(&responses)))?;
    let message = shown
        .message
        .clone()
        .ok_or("the QR code's message was not stored")?;
    let typed = secret_from_text(&shown.content())?;
    let secret = match decoding {
        Some(decoding) => {
            // CPU work: off the runtime that serves the loopback Discord, a core's worth at a time.
            let _permit = decoding.acquire().await.map_err(|e| e.to_string())?;
            let scanned = tokio::task::spawn_blocking(move || secret_from_qr(&png))
                .await
                .map_err(|e| e.to_string())??;
            if scanned.expose_bytes() != typed.expose_bytes() {
                return Err("the QR code and the setup key are different secrets".to_owned());
            }
            scanned
        }
        None => typed,
    };
    let enter = message["components"][0]["components"][0]["custom_id"]
        .as_str()
        .ok_or("no Enter code button under the QR code")?
        .to_owned();
    let click = fake.click(server, user, &message, &enter).await;
    let modal = answers(&fake, &click, 1, deadline, "the code modal").await?;
    let form = modal_id(&modal[0])?;
    let code = totp::code_at(&secret, SystemClock.now());
    let submit = fake
        .submit_modal(server, user, &form, &[("code", code.as_str())])
        .await;
    let responses = answers(&fake, &submit, 3, deadline, "the backup codes").await?;
    if !responses
        .iter()
        .any(|r| file(r, BACKUP_CODES_FILE).is_some())
    {
        return Err(format!("no backup codes: {}", texts(&responses)));
    }
    Ok((member, secret))
}

/// `World::verify_for` as one enrolled member does it: `/verify`, then the code the app shows now.
async fn verify(
    fake: FakeDiscord,
    (member, secret): (Member, TotpSecret),
    deadline: Instant,
) -> Result<(), String> {
    let Member { server, user } = member;
    let i = fake.slash(server, user, "verify", json!({})).await;
    let opened = answers(&fake, &i, 1, deadline, "the code modal").await?;
    let form = modal_id(&opened[0])?;
    let code = totp::code_at(&secret, SystemClock.now());
    let submit = fake
        .submit_modal(server, user, &form, &[("code", code.as_str())])
        .await;
    let responses = answers(&fake, &submit, 2, deadline, "the verification's answer").await?;
    let text = texts(&responses);
    if text.contains("Verified") {
        Ok(())
    } else {
        Err(format!("not verified: {text}"))
    }
}

/// At least `at_least` responses to `interaction` by `deadline`.
async fn answers(
    fake: &FakeDiscord,
    interaction: &Interaction,
    at_least: usize,
    deadline: Instant,
    what: &str,
) -> Result<Vec<Response>, String> {
    let left = deadline.saturating_duration_since(Instant::now());
    fake.responses_within(interaction, at_least, left)
        .await
        .ok_or_else(|| format!("{what} did not come in time"))
}

fn texts(responses: &[Response]) -> String {
    responses
        .iter()
        .map(Response::content)
        .collect::<Vec<_>>()
        .join(" | ")
}

fn file<'a>(response: &'a Response, name: &str) -> Option<&'a [u8]> {
    response
        .files
        .iter()
        .find(|(file_name, _)| file_name == name)
        .map(|(_, bytes)| bytes.as_slice())
}

/// The custom id of the modal a response opened.
fn modal_id(response: &Response) -> Result<String, String> {
    if response.callback_type != Some(callback::MODAL) {
        return Err(format!("no modal opened: {}", response.content()));
    }
    response.data["custom_id"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| "a modal without a custom id".to_owned())
}

/// Decodes the QR code as a phone would; the secret from its otpauth URI.
fn secret_from_qr(png: &[u8]) -> Result<TotpSecret, String> {
    let image = image::load_from_memory(png)
        .map_err(|e| format!("the QR code is not an image: {e}"))?
        .to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(image);
    let grids = prepared.detect_grids();
    let grid = grids.first().ok_or("no QR code in the image")?;
    let (_, uri) = grid
        .decode()
        .map_err(|e| format!("unreadable QR code: {e}"))?;
    let secret = uri
        .split(['?', '&'])
        .find_map(|part| part.strip_prefix("secret="))
        .ok_or("no secret in the otpauth URI")?;
    TotpSecret::from_bytes(&base32_decode(secret)).map_err(|_| "not a 160-bit secret".to_owned())
}

/// The setup key the message shows (four-letter groups of base32 between backticks), typed.
fn secret_from_text(content: &str) -> Result<TotpSecret, String> {
    let key = content
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|quoted| quoted.replace(' ', ""))
        .find(|key| key.len() == 32 && key.bytes().all(|c| matches!(c, b'A'..=b'Z' | b'2'..=b'7')))
        .ok_or("no setup key in the QR code's message")?;
    TotpSecret::from_bytes(&base32_decode(&key)).map_err(|_| "not a 160-bit secret".to_owned())
}

fn base32_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let (mut out, mut buffer, mut bits) = (Vec::new(), 0u32, 0);
    for c in text.bytes() {
        let value = ALPHABET.iter().position(|a| *a == c).unwrap_or(0) as u32;
        buffer = (buffer << 5) | value;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// A configuration from start to end

/// Both bursts, or why the configuration stopped (and the enrollment's figures, if it got that
/// far).
struct Outcome {
    /// The floor measured just before this configuration ran, which its enrollment is compared
    /// with: this shared machine's speed drifts over a run of several configurations.
    floor: Option<Duration>,
    enrollment: Option<Measured>,
    verification: Result<Measured, String>,
}

async fn run_configuration(
    config: &'static Configuration,
    database_url: String,
    dir: PathBuf,
    n: usize,
    floor: Duration,
) -> Outcome {
    let mut enrollment = None;
    let verification = run_bursts(config, &database_url, &dir, n, &mut enrollment).await;
    Outcome {
        floor: Some(floor),
        enrollment,
        verification,
    }
}

async fn run_bursts(
    config: &'static Configuration,
    database_url: &str,
    dir: &Path,
    n: usize,
    enrollment: &mut Option<Measured>,
) -> Result<Measured, String> {
    let members = all_members(n);
    let fake = loopback_discord(&members).await;
    let mut stack = Stack::start(config, fake, database_url, dir).await?;
    stack.set_up_gates().await?;
    // The set-up's own log posts land before the burst's mark.
    tokio::time::sleep(Duration::from_secs(1)).await;

    let decoding = Arc::new(Semaphore::new(hashing::cores()));
    let started = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let (measured, enrolled) = stack
        .burst(members, move |fake, member, deadline| {
            let nth = started.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let scans = nth.is_multiple_of(SCANS_ONE_IN);
            enroll(fake, member, deadline, scans.then(|| decoding.clone()))
        })
        .await?;
    println!("  {}: {}", Burst::Enrollment.name(), summary(&measured));
    *enrollment = Some(measured);

    next_totp_step().await;
    let (measured, _) = stack.burst(enrolled, verify).await?;
    println!("  {}: {}", Burst::Verification.name(), summary(&measured));
    stack.stop().await;
    Ok(measured)
}

fn summary(measured: &Measured) -> String {
    format!(
        "last grant after {}, {} grants, ack p99 {} ({}), {} member flows failed, \
         {} new REST connections; CPU over the burst {}; over its slash commands {}",
        measured.to_last_grant.map_or("–".into(), secs),
        measured.grants,
        ms(percentile(&measured.acks, 0.99)),
        acks_by_kind(&measured.typed_acks),
        measured.failed,
        measured.http_connections,
        measured
            .cpu
            .whole
            .map_or("not read".into(), |c| c.describe()),
        measured
            .cpu
            .slash_commands
            .map_or("not read".into(), |c| c.describe()),
    )
}

/// Ack p50 / p99 / max for each type of interaction: which kind waits.
fn acks_by_kind(typed: &[(u64, Duration)]) -> String {
    [(2, "slash commands"), (3, "buttons"), (5, "modals")]
        .iter()
        .filter_map(|&(kind, name)| {
            let mut acks: Vec<Duration> = typed
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, d)| *d)
                .collect();
            acks.sort_unstable();
            let max = *acks.last()?;
            Some(format!(
                "{} {name} {} / {} / {}",
                acks.len(),
                ms(percentile(&acks, 0.50)),
                ms(percentile(&acks, 0.99)),
                ms(max)
            ))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The name `KEYGATE_BENCH_ONLY` knows a configuration by.
fn key(config: &Configuration) -> &'static str {
    match (config.backend, config.processes.len()) {
        (Backend::Sqlite, _) => "sqlite",
        (Backend::Postgres, 1) => "postgres",
        (Backend::Postgres, _) => "postgres-2",
    }
}

/// The configurations `KEYGATE_BENCH_ONLY` asks for (`sqlite`, `postgres`, `postgres-2`, comma
/// separated), or all of them. An unknown name stops the run before anything is measured.
fn chosen() -> Vec<&'static Configuration> {
    let Ok(only) = std::env::var("KEYGATE_BENCH_ONLY") else {
        return CONFIGURATIONS.iter().collect();
    };
    let asked: Vec<&str> = only.split(',').map(str::trim).collect();
    let known: Vec<&str> = CONFIGURATIONS.iter().map(key).collect();
    if let Some(unknown) = asked.iter().find(|a| !known.contains(a)) {
        panic!(
            "KEYGATE_BENCH_ONLY: no configuration {unknown:?}; name some of {}",
            known.join(", ")
        );
    }
    CONFIGURATIONS
        .iter()
        .filter(|config| asked.contains(&key(config)))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL, as tests/support/mod.rs starts it

/// The admin URL of a PostgreSQL server: `KEYGATE_TEST_POSTGRES_URL`, or a throwaway server.
fn postgres_admin_url() -> Result<String, String> {
    if let Ok(url) = std::env::var("KEYGATE_TEST_POSTGRES_URL")
        && !url.is_empty()
    {
        return Ok(url);
    }
    start_throwaway_postgres()
}

/// A new database on the server; its URL.
async fn create_database(admin: &str, name: &str) -> Result<String, String> {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(admin)
        .await
        .map_err(|e| format!("cannot connect to PostgreSQL: {e}"))?;
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&pool)
        .await
        .map_err(|e| format!("cannot create database {name}: {e}"))?;
    pool.close().await;
    let (base, _) = admin
        .rsplit_once('/')
        .ok_or("the PostgreSQL URL names no database")?;
    Ok(format!("{base}/{name}"))
}

fn find_pg_bin() -> Option<PathBuf> {
    if let Ok(path) = std::env::var("PATH") {
        for dir in std::env::split_paths(&path) {
            if dir.join("initdb").is_file() && dir.join("pg_ctl").is_file() {
                return Some(dir);
            }
        }
    }
    let mut candidates: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|bin| bin.join("initdb").is_file())
        .collect();
    candidates.sort_by_key(|p| {
        p.parent()
            .and_then(|v| v.file_name())
            .and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
    });
    candidates.pop()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// PostgreSQL refuses to run as root; as root, run its tools as the `postgres` user (or `nobody`).
fn pg_command(bin: &Path, tool: &str, as_user: Option<&str>) -> Command {
    match as_user {
        Some(user) => {
            let mut command = Command::new("runuser");
            command.args(["-u", user, "--"]).arg(bin.join(tool));
            command
        }
        None => Command::new(bin.join(tool)),
    }
}

/// `initdb` and `pg_ctl start` in a temporary directory on a free port, and a watchdog that stops
/// the server and removes its files once this process exits, whatever way it exits.
fn start_throwaway_postgres() -> Result<String, String> {
    let bin =
        find_pg_bin().ok_or("initdb was not found on PATH or under /usr/lib/postgresql/*/bin")?;
    let user = if is_root() {
        let has_postgres = Command::new("id")
            .arg("postgres")
            .output()
            .is_ok_and(|o| o.status.success());
        Some(if has_postgres { "postgres" } else { "nobody" })
    } else {
        None
    };
    let dir = std::env::temp_dir().join(format!("keygate-bench-pg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    if let Some(user) = user {
        let status = Command::new("chown")
            .arg(user)
            .arg(&dir)
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("chown {user} {} failed", dir.display()));
        }
    }
    let data = dir.join("data");
    let out = pg_command(&bin, "initdb", user)
        .args([
            "-A",
            "trust",
            "-U",
            "keygate",
            "-E",
            "UTF8",
            "--no-sync",
            "-D",
        ])
        .arg(&data)
        .output()
        .map_err(|e| format!("initdb failed to start: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "initdb failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| e.to_string())?
        .port();
    let options = format!(
        "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
        dir.display()
    );
    let out = pg_command(&bin, "pg_ctl", user)
        .args(["-w", "-t", "60", "-D"])
        .arg(&data)
        .args(["-o", &options, "-l"])
        .arg(dir.join("postgres.log"))
        .arg("start")
        .output()
        .map_err(|e| format!("pg_ctl failed to start: {e}"))?;
    if !out.status.success() {
        let log = std::fs::read_to_string(dir.join("postgres.log")).unwrap_or_default();
        return Err(format!(
            "pg_ctl start failed: {}{log}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let runas = user
        .map(|u| format!("runuser -u {u} -- "))
        .unwrap_or_default();
    let watchdog = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 0.5; done; {runas}{pg_ctl} -D {data} stop -m immediate >/dev/null 2>&1; rm -rf {dir}",
        pid = std::process::id(),
        pg_ctl = bin.join("pg_ctl").display(),
        data = data.display(),
        dir = dir.display(),
    );
    Command::new("sh")
        .args(["-c", &watchdog])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start the cleanup watchdog: {e}"))?;
    Ok(format!("postgres://keygate@127.0.0.1:{port}/postgres"))
}

fn skipped_banner(why: &str) {
    eprintln!(
        "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\
         !!! PostgreSQL rows SKIPPED: {why}.\n\
         !!! Install PostgreSQL (Debian: apt-get install postgresql) to measure them.\n\
         !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
    );
}

// ---------------------------------------------------------------------------------------------
// The report

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1e3)
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines().find_map(|line| {
                line.strip_prefix("model name")
                    .and_then(|rest| rest.split_once(':'))
                    .map(|(_, model)| model.trim().to_owned())
            })
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

fn commit() -> String {
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
    };
    match git(&["rev-parse", "--short", "HEAD"]) {
        None => "unknown".into(),
        Some(head)
            if git(&["status", "--porcelain", "--untracked-files=no"])
                .is_some_and(|changes| !changes.is_empty()) =>
        {
            format!("{head}, with uncommitted changes")
        }
        Some(head) => head,
    }
}

fn table_row(
    config: &Configuration,
    burst: Burst,
    measured: &Measured,
    n: usize,
    floor: Option<Duration>,
) -> String {
    let m = measured;
    let floor = floor.expect("a configuration that ran measured its floor first");
    let per_grant = |count: usize| match m.grants {
        0 => "–".to_owned(),
        grants => format!("{:.2}", count as f64 / grants as f64),
    };
    let (floor_cell, to_floor) = match burst {
        Burst::Enrollment => (
            secs(floor),
            ratio(m.to_last_grant, floor).map_or("–".into(), |r| format!("{r:.3}x")),
        ),
        Burst::Verification => ("–".into(), "–".into()),
    };
    let missed = m.missed_targets(burst, config.backend, n, floor);
    format!(
        "| {} | {} | {} | {} | {} | {}/{n} | {} | {} | {} | {} / {} | {} / {} | {:.1} MiB{} | {} ({}) | {:.1} s | {} |",
        config.name,
        burst.name(),
        m.to_last_grant.map_or("no grant".into(), secs),
        floor_cell,
        to_floor,
        m.grants,
        ms(percentile(&m.acks, 0.50)),
        ms(percentile(&m.acks, 0.99)),
        ms(m.acks.last().copied().unwrap_or_default()),
        m.late_acks(),
        m.unacknowledged,
        m.missed_heartbeats,
        m.new_sessions,
        m.peak_rss_kib as f64 / 1024.0,
        if m.peak_reset { "" } else { " (since start)" },
        per_grant(m.requests),
        per_grant(m.non_interaction_requests),
        m.harness_cpu.as_secs_f64(),
        if missed.is_empty() {
            "met".to_owned()
        } else {
            format!("missed: {}", missed.join("; "))
        },
    )
}

fn main() {
    // `cargo test --benches` runs this with `--bench`-less arguments; stay quick then.
    if std::env::args().any(|a| a == "--test" || a == "--list") {
        return;
    }
    let n: usize = std::env::var("KEYGATE_BURST")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let hashes = n * 10;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(hashing::cores())
        .enable_all()
        .build()
        .unwrap();
    println!(
        "{n} members in two servers (shards 0 and 1 of 2) enroll at once ({hashes} argon2id hashes), then verify at once; {} cores",
        hashing::cores()
    );
    let mut postgres: Option<Result<String, String>> = None;
    let mut outcomes = Vec::new();
    let chosen = chosen();
    for (index, config) in CONFIGURATIONS.iter().enumerate() {
        if !chosen.iter().any(|c| std::ptr::eq(*c, config)) {
            continue;
        }
        println!("\n{}", config.name);
        let dir = tempfile::tempdir().expect("a temporary directory");
        let database_url = match config.backend {
            Backend::Sqlite => Ok(format!(
                "sqlite://{}",
                dir.path().join("keygate.db").display()
            )),
            Backend::Postgres => {
                let admin: &Result<String, String> = postgres.get_or_insert_with(|| {
                    let admin = postgres_admin_url();
                    if let Err(why) = &admin {
                        skipped_banner(why);
                    }
                    admin
                });
                match admin {
                    Ok(admin) => {
                        let name = format!("keygate_bench_{}_{index}", std::process::id());
                        runtime.block_on(create_database(admin, &name))
                    }
                    Err(why) => Err(format!("skipped: {why}")),
                }
            }
        };
        let outcome = match database_url {
            Err(why) => Outcome {
                floor: None,
                enrollment: None,
                verification: Err(why),
            },
            Ok(url) => {
                // Nothing else runs while it is measured: the last configuration has stopped.
                let floor = floor(hashes);
                println!(
                    "  floor: {hashes} hashes on {} plain threads: {}",
                    hashing::cores(),
                    secs(floor)
                );
                let run = run_configuration(config, url, dir.path().to_owned(), n, floor);
                runtime.block_on(async {
                    tokio::spawn(run).await.unwrap_or_else(|e| Outcome {
                        floor: Some(floor),
                        enrollment: None,
                        verification: Err(format!("panicked: {e}")),
                    })
                })
            }
        };
        if let Err(why) = &outcome.verification {
            println!("  not measured: {why}");
        }
        outcomes.push((config, outcome));
    }

    let mut command = "cargo bench --bench stack".to_owned();
    for name in [
        "KEYGATE_BENCH_ROLE_RATE",
        "KEYGATE_BURST",
        "KEYGATE_BENCH_ONLY",
    ] {
        if let Ok(value) = std::env::var(name) {
            command = format!("{name}={value} {command}");
        }
    }
    println!(
        "\nMachine: {} cores (`nproc`), {}. Commit: {}. Command: `{command}` ({n} members; the role worker's own pacing KEYGATE_ROLE_RATE={}, the loopback Discord's rate limits off).",
        hashing::cores(),
        cpu_model(),
        commit(),
        role_rate(),
    );
    let floors: Vec<String> = outcomes
        .iter()
        .filter_map(|(config, outcome)| Some(format!("{} {}", secs(outcome.floor?), config.name)))
        .collect();
    println!(
        "Floor: {hashes} argon2id hashes on {} plain threads, measured just before each configuration: {}.",
        hashing::cores(),
        floors.join(", ")
    );
    println!(
        "Targets: every interaction acknowledged within 3 s, ack p99 ≤ 250 ms; no heartbeat gap over 1.5 × {:.2} s and no new session; {n} grants a burst; verification ≤ 5 s on SQLite; enrollment ≤ {FLOOR_RATIO_TARGET}× the floor.\n",
        HEARTBEAT.as_secs_f64()
    );
    println!(
        "| configuration | burst | to last grant | floor | ratio to floor | grants | ack p50 | ack p99 | ack max | acks > 3 s / unacknowledged | missed heartbeats / new sessions | peak RSS | REST per grant (non-interaction) | harness CPU | targets |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    let mut failures = Vec::new();
    for (config, outcome) in &outcomes {
        let bursts = [
            (Burst::Enrollment, outcome.enrollment.as_ref()),
            (Burst::Verification, outcome.verification.as_ref().ok()),
        ];
        for (burst, measured) in bursts {
            match measured {
                Some(m) => {
                    println!("{}", table_row(config, burst, m, n, outcome.floor));
                    if let Some(why) = &m.first_failure {
                        failures.push(format!(
                            "{}, {}: {} member flows failed; the first: {why}",
                            config.name,
                            burst.name(),
                            m.failed
                        ));
                    }
                }
                None => println!(
                    "| {} | {} | not measured | | | | | | | | | | | | |",
                    config.name,
                    burst.name()
                ),
            }
        }
        if let Err(why) = &outcome.verification {
            failures.push(format!(
                "{}: {}",
                config.name,
                why.lines().next().unwrap_or_default()
            ));
        }
    }
    if !failures.is_empty() {
        println!();
        for failure in failures {
            println!("- {failure}");
        }
    }
}
