//! Shared test fixtures: a fresh database per test on SQLite or PostgreSQL, and a gate wired to it.
//!
//! PostgreSQL: when `KEYGATE_TEST_POSTGRES_URL` names a server (an admin URL, as `.ci/run` exports),
//! tests create their databases there; otherwise, when `initdb` is found (on PATH or under
//! /usr/lib/postgresql/*/bin), each test binary starts a throwaway server in a temporary directory
//! on a free port. Without either, PostgreSQL tests print a loud SKIPPED banner, and with `CI=true`
//! they fail instead.
#![allow(
    dead_code,
    reason = "each test binary uses a different part of the fixtures"
)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, OnceLock};

use keygate::gate::gates::RoleGate;
use keygate::gate::hashing::{Hasher, PoolShape, Priority};
use keygate::gate::repository::GuildConfig;
use keygate::gate::sealing::{Keyring, MasterKey};
use keygate::gate::{Gate, GuildId, ManualClock, OsEntropy, RoleId, Timestamp, UserId};
use keygate::store::Store;

/// A database for one test. SQLite files live in a temporary directory kept alive here.
pub struct TestDb {
    pub url: String,
    pub backend: &'static str,
    pub _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub async fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        let url = format!("sqlite://{}", dir.path().join("keygate.db").display());
        Self {
            url,
            backend: "sqlite",
            _dir: Some(dir),
        }
    }

    /// A fresh PostgreSQL database, or `None` (after a loud banner) when PostgreSQL is unavailable
    /// outside CI.
    pub async fn postgres() -> Option<Self> {
        let admin = match postgres_admin_url() {
            Ok(url) => url,
            Err(why) => {
                if std::env::var("CI").is_ok_and(|v| v == "true") {
                    panic!("PostgreSQL is required under CI=true, but {why}");
                }
                eprintln!(
                    "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\
                     !!! PostgreSQL tests SKIPPED: {why}.\n\
                     !!! Install PostgreSQL (Debian: apt-get install postgresql) to run them.\n\
                     !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
                );
                return None;
            }
        };
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "keygate_test_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&admin)
            .await
            .expect("connect to the test PostgreSQL server");
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&pool)
            .await
            .expect("create test database");
        pool.close().await;
        let url = match admin.rsplit_once('/') {
            Some((base, _)) => format!("{base}/{name}"),
            None => unreachable!("admin URLs end in a database name"),
        };
        Some(Self {
            url,
            backend: "postgres",
            _dir: None,
        })
    }

    pub async fn store(&self) -> Store {
        let store = Store::connect(&self.url).await.expect("open store");
        store.migrate().await.expect("migrate");
        store
    }
}

/// The admin URL of a PostgreSQL server for tests, starting one if needed (once per process).
fn postgres_admin_url() -> Result<String, String> {
    if let Ok(url) = std::env::var("KEYGATE_TEST_POSTGRES_URL")
        && !url.is_empty()
    {
        return Ok(url);
    }
    static SERVER: OnceLock<Result<String, String>> = OnceLock::new();
    SERVER.get_or_init(start_throwaway_postgres).clone()
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
    let dir = std::env::temp_dir().join(format!(
        "keygate-pg-{}-{}",
        std::process::id(),
        rand_suffix()
    ));
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
    // Stop the server and remove its files once this test process exits, whatever way it exits.
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

fn rand_suffix() -> u64 {
    use std::hash::{BuildHasher, Hasher as _};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(0);
    h.finish()
}

pub const GUILD: GuildId = GuildId::new(1_100_000_000_000_000_001);
pub const OTHER_GUILD: GuildId = GuildId::new(1_100_000_000_000_000_002);
pub const MEMBER: UserId = UserId::new(1_200_000_000_000_000_001);
pub const OTHER_MEMBER: UserId = UserId::new(1_200_000_000_000_000_002);
pub const MODERATOR: UserId = UserId::new(1_200_000_000_000_000_099);
pub const ROLE: RoleId = RoleId::new(1_300_000_000_000_000_001);
/// A fixed start time: 2027-01-15 08:00:00 UTC, mid-step.
pub const START: Timestamp = Timestamp::from_unix(1_800_000_015);

/// A gate over a store, with a manual clock and the OS entropy.
pub struct Harness {
    pub gate: Gate<Store>,
    pub clock: Arc<ManualClock>,
    pub keyring: Keyring,
}

impl Harness {
    pub async fn new(db: &TestDb) -> Self {
        Self::with_keyring(db, Keyring::new(MasterKey::generate(&OsEntropy), vec![])).await
    }

    pub async fn with_keyring(db: &TestDb, keyring: Keyring) -> Self {
        let clock = Arc::new(ManualClock::new(START));
        let store = db.store().await;
        let gate = Gate::new(
            store,
            keyring.clone(),
            Hasher::new(
                PoolShape {
                    threads: 2,
                    priority: Priority::Background,
                },
                Arc::new(OsEntropy),
            ),
            clock.clone(),
            Arc::new(OsEntropy),
        );
        Self {
            gate,
            clock,
            keyring,
        }
    }

    /// Configures `guild` with the test role.
    pub async fn configure(&self, guild: GuildId) {
        self.gate
            .configure(
                GuildConfig::unconfigured(guild),
                Some(RoleGate::open(ROLE)),
                MODERATOR,
            )
            .await
            .expect("configure");
    }
}

/// A well-formed authenticator code that is certainly wrong around `at`: it matches none of the
/// steps the gate accepts (the current one and one either side), even if the clock moves on a step
/// before the gate checks it.
pub fn wrong_code(secret: &keygate::gate::totp::TotpSecret, at: Timestamp) -> String {
    let valid: Vec<String> = [-30, 0, 30, 60]
        .iter()
        .map(|offset| keygate::gate::totp::code_at(secret, at.plus_secs(*offset)))
        .collect();
    (0..5)
        .map(|n| format!("{n}{n}{n}{n}{n}{n}"))
        .find(|code| !valid.contains(code))
        .expect("four valid codes cannot cover five candidates")
}

/// Reads the base32 secret out of an otpauth URI.
pub fn secret_from_uri(uri: &str) -> String {
    uri.split(['?', '&'])
        .find_map(|part| part.strip_prefix("secret="))
        .expect("otpauth URI carries a secret")
        .to_owned()
}

/// Decodes RFC 4648 base32 (no padding), as an authenticator app does.
pub fn base32_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0);
    for c in text.bytes().filter(|c| *c != b' ' && *c != b'=') {
        let value = ALPHABET
            .iter()
            .position(|a| *a == c.to_ascii_uppercase())
            .expect("base32 symbol") as u32;
        buffer = (buffer << 5) | value;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    out
}

/// Runs the same async test body on SQLite and on PostgreSQL.
#[macro_export]
macro_rules! on_both_backends {
    ($( $(#[$meta:meta])* async fn $name:ident($db:ident) $body:block )*) => {
        mod sqlite {
            use super::*;
            $(
                $(#[$meta])*
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let $db = support::TestDb::sqlite().await;
                    $body
                }
            )*
        }
        mod postgres {
            use super::*;
            $(
                $(#[$meta])*
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let Some($db) = support::TestDb::postgres().await else { return };
                    $body
                }
            )*
        }
    };
}
pub mod outage;
pub mod world;
