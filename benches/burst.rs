//! A raid of enrollments through the gate: 1,000 members enroll and confirm at once (10,000
//! argon2id hashes), on SQLite, for each shape of the hashing pool, against the machine's floor.
//!
//! Run: `cargo bench --bench burst` (a few minutes on two cores; `KEYGATE_BURST=200` for fewer).
//! For each pool shape it reports, in one run:
//! - the time to the last confirmation, as a ratio to the floor: the same number of argon2id
//!   hashes run directly on one thread per core with nothing else;
//! - the async runtime's scheduling delay (a task that sleeps 10 ms over and over, and how late
//!   it wakes), p50 / p99 / max;
//! - peak resident memory over the idle process (`VmHWM`, reset before each burst).
//!
//! Targets: time ≤ 1.15× the floor, scheduling delay p99 ≤ 50 ms, peak RSS growth ≤ 19 MiB per
//! hashing thread + 32 MiB.

use std::sync::Arc;
use std::time::{Duration, Instant};

use keygate::gate::gates::{Passing, RoleGate};
use keygate::gate::hashing::{self, Hasher, Memory, PoolShape, Priority};
use keygate::gate::repository::GuildConfig;
use keygate::gate::sealing::{Keyring, MasterKey};
use keygate::gate::totp::{self, TotpSecret};
use keygate::gate::{Clock, Gate, GuildId, Member, Names, OffsetClock, OsEntropy, RoleId, UserId};
use keygate::store::Store;

const GUILD: GuildId = GuildId::new(1_100_000_000_000_000_001);
const ROLE: RoleId = RoleId::new(1_300_000_000_000_000_001);

/// `VmRSS` or `VmHWM` of this process, in KiB.
fn status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Resets `VmHWM` to the current RSS, so the next reading is the peak of what follows.
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// `hashes` argon2id hashes on one plain thread per core, each with its own memory.
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

struct Outcome {
    elapsed: Duration,
    delays: Vec<Duration>,
    /// Before the burst, with the pool's memory already allocated.
    idle_kib: u64,
    peak_growth_kib: u64,
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[rank]
}

async fn burst(members: usize, shape: PoolShape) -> Outcome {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("keygate.db").display());
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    let clock = Arc::new(OffsetClock::default());
    let entropy = Arc::new(OsEntropy);
    let gate = Arc::new(Gate::new(
        store,
        Keyring::new(MasterKey::generate(&OsEntropy), vec![]),
        Hasher::new(shape, entropy.clone()),
        clock.clone(),
        entropy,
    ));
    let config = GuildConfig::unconfigured(GUILD);
    gate.configure(config, Some(RoleGate::open(ROLE)), UserId::new(1))
        .await
        .unwrap();
    let names = Names {
        guild_name: "Raid Server".into(),
        member_name: "raider".into(),
    };
    // Settle, then measure from here.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let idle = status_kib("VmRSS:");
    reset_peak();

    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let probe = {
        let stop = stop.clone();
        tokio::spawn(async move {
            let mut delays = Vec::new();
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let asked = Instant::now();
                tokio::time::sleep(Duration::from_millis(10)).await;
                delays.push(asked.elapsed().saturating_sub(Duration::from_millis(10)));
            }
            delays
        })
    };
    let started = Instant::now();
    let tasks: Vec<_> = (0..members)
        .map(|n| {
            let (gate, clock, names) = (gate.clone(), clock.clone(), names.clone());
            tokio::spawn(async move {
                let member = Member::new(GUILD, UserId::new(2_000_000 + n as u64));
                let enrollment = gate
                    .enroll(member, &names, &Passing::default())
                    .await
                    .expect("enroll");
                let uri = enrollment.otpauth_uri.as_str();
                let secret = uri
                    .split(['?', '&'])
                    .find_map(|part| part.strip_prefix("secret="))
                    .map(base32_decode)
                    .and_then(|bytes| TotpSecret::from_bytes(&bytes).ok())
                    .expect("a secret in the URI");
                let code = totp::code_at(&secret, clock.now());
                gate.confirm(member, &code, &Passing::default())
                    .await
                    .expect("confirm");
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    let elapsed = started.elapsed();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut delays = probe.await.unwrap();
    delays.sort();
    let peak = status_kib("VmHWM:");
    Outcome {
        elapsed,
        delays,
        idle_kib: idle,
        peak_growth_kib: peak.saturating_sub(idle),
    }
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

fn main() {
    // `cargo test --benches` runs this with `--bench`-less arguments; stay quick then.
    if std::env::args().any(|a| a == "--test" || a == "--list") {
        return;
    }
    let members: usize = std::env::var("KEYGATE_BURST")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let hashes = members * 10;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(hashing::cores())
        .enable_all()
        .build()
        .unwrap();
    println!(
        "{members} members enroll and confirm at once ({hashes} argon2id hashes), SQLite, {} cores",
        hashing::cores()
    );
    let floor = floor(hashes);
    println!(
        "floor: {hashes} hashes on {} plain threads: {:.2} s\n",
        hashing::cores(),
        floor.as_secs_f64()
    );
    println!(
        "| pool | time | ratio to floor | delay p50 | delay p99 | delay max | idle RSS | peak RSS growth | target growth |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let shapes = [
        (
            "cores − 1 threads, normal priority",
            hashing::cores().saturating_sub(1).max(1),
            Priority::Normal,
        ),
        (
            "one thread per core, normal priority",
            hashing::cores(),
            Priority::Normal,
        ),
        (
            "one thread per core, SCHED_IDLE",
            hashing::cores(),
            Priority::Idle,
        ),
        (
            "one thread per core, SCHED_BATCH + nice 19 (the default)",
            hashing::cores(),
            Priority::Background,
        ),
    ];
    for (name, threads, priority) in shapes {
        let outcome = runtime.block_on(burst(members, PoolShape { threads, priority }));
        let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1e3);
        println!(
            "| {name} | {:.2} s | {:.3}x | {} | {} | {} | {:.1} MiB | {:.1} MiB | ≤ {} MiB |",
            outcome.elapsed.as_secs_f64(),
            outcome.elapsed.as_secs_f64() / floor.as_secs_f64(),
            ms(percentile(&outcome.delays, 0.50)),
            ms(percentile(&outcome.delays, 0.99)),
            ms(outcome.delays.last().copied().unwrap_or_default()),
            outcome.idle_kib as f64 / 1024.0,
            outcome.peak_growth_kib as f64 / 1024.0,
            19 * threads + 32,
        );
    }
}
