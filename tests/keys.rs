//! Keys cannot be lost silently, and `keygate check` changes nothing: the binary as an operator
//! runs it, against an SQLite database that already holds sealed secrets.

mod support;

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use keygate::gate::gates::Passing;
use keygate::gate::sealing::{Keyring, MasterKey};
use keygate::gate::{Member, Names, OsEntropy, Timestamp, UserId};

fn keygate(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> Output {
    keygate_for(dir, args, vars, Duration::from_secs(20))
}

/// [`keygate`], stopped after `limit` if it is still running (a bot that started).
fn keygate_for(dir: &Path, args: &[&str], vars: &[(&str, &str)], limit: Duration) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_keygate"));
    command
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default());
    for (name, value) in vars {
        command.env(name, value);
    }
    // A bot that does start must not run forever: nothing listens on these ports.
    let mut child = command
        .env("DISCORD_API_URL", "http://127.0.0.1:9")
        .env("DISCORD_GATEWAY_URL", "ws://127.0.0.1:9")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run keygate");
    let deadline = std::time::Instant::now() + limit;
    while child.try_wait().unwrap().is_none() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    child.wait_with_output().expect("keygate's output")
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// A database in `dir` with `members` enrolled members whose secrets are sealed under `key`.
async fn database_with_secrets(dir: &Path, key: &MasterKey, members: u64) -> String {
    let url = format!("sqlite://{}", dir.join("keygate.db").display());
    let db = support::TestDb {
        url: url.clone(),
        backend: "sqlite",
        _dir: None,
    };
    let h = support::Harness::with_keyring(&db, Keyring::new(key.clone(), vec![])).await;
    // Long ago: these setups have expired, so no confirmation of theirs can be in progress
    // (`rekey` leaves setups still waiting for their first code alone).
    h.clock.set(Timestamp::from_unix(1_600_000_000));
    h.configure(support::GUILD).await;
    let names = Names {
        guild_name: "g".into(),
        member_name: "m".into(),
    };
    for n in 0..members {
        let member = Member::new(support::GUILD, UserId::new(support::MEMBER.get() + n));
        h.gate
            .enroll(member, &names, &Passing::default())
            .await
            .unwrap();
    }
    h.gate.repo().close().await;
    url
}

#[tokio::test]
async fn a_lost_key_file_is_never_replaced_while_the_database_holds_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let key = MasterKey::generate(&OsEntropy);
    let url = database_with_secrets(dir.path(), &key, 1).await;
    // The key file that sealed them is gone (a new working directory, a container without its
    // volume): keygate must refuse to start rather than seal new secrets under a new key.
    let output = keygate(
        dir.path(),
        &[],
        &[("DISCORD_TOKEN", "t"), ("DATABASE_URL", url.as_str())],
    );
    let out = text(&output);
    assert!(!output.status.success(), "{out}");
    assert!(
        !dir.path().join("keygate.key").exists(),
        "no new key file was created: {out}"
    );
    assert!(
        out.contains(&key.id().to_string()),
        "names the key id: {out}"
    );
    assert!(out.contains("keygate.key"), "says where it looked: {out}");
    assert!(!out.contains("keygate is running"), "{out}");
}

#[tokio::test]
async fn a_key_that_opens_none_of_the_sealed_secrets_stops_the_bot_before_it_starts() {
    let dir = tempfile::tempdir().unwrap();
    let key = MasterKey::generate(&OsEntropy);
    let url = database_with_secrets(dir.path(), &key, 1).await;
    let other = MasterKey::generate(&OsEntropy).to_base64();
    let output = keygate(
        dir.path(),
        &[],
        &[
            ("DISCORD_TOKEN", "t"),
            ("DATABASE_URL", url.as_str()),
            ("KEYGATE_MASTER_KEY", other.as_str()),
        ],
    );
    let out = text(&output);
    assert!(!output.status.success(), "{out}");
    assert!(out.contains(&key.id().to_string()), "{out}");
    assert!(!out.contains("keygate is running"), "{out}");
    assert!(!out.contains(other.as_str()), "the key was printed");
}

#[test]
fn check_creates_no_database_and_says_it_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let key = MasterKey::generate(&OsEntropy).to_base64();
    let output = keygate(
        dir.path(),
        &["check"],
        &[("DISCORD_TOKEN", "t"), ("KEYGATE_MASTER_KEY", key.as_str())],
    );
    let out = text(&output);
    assert!(!output.status.success(), "{out}");
    assert!(
        !dir.path().join("keygate.db").exists(),
        "check created it: {out}"
    );
    assert!(out.contains("FAIL"), "{out}");
    assert!(out.contains("keygate.db"), "{out}");
}

#[tokio::test]
async fn check_reports_pending_migrations_without_applying_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keygate.db");
    std::fs::File::create(&path).unwrap();
    let url = format!("sqlite://{}", path.display());
    let key = MasterKey::generate(&OsEntropy).to_base64();
    let output = keygate(
        dir.path(),
        &["check"],
        &[
            ("DISCORD_TOKEN", "t"),
            ("DATABASE_URL", url.as_str()),
            ("KEYGATE_MASTER_KEY", key.as_str()),
        ],
    );
    let out = text(&output);
    assert!(!output.status.success(), "{out}");
    assert!(out.contains("migration"), "{out}");
    assert_eq!(
        std::fs::metadata(&path).unwrap().len(),
        0,
        "check applied something: {out}"
    );
}

#[tokio::test]
async fn rekey_reseals_every_secret_under_the_current_key_and_check_then_lets_the_old_one_go() {
    let dir = tempfile::tempdir().unwrap();
    let old = MasterKey::generate(&OsEntropy);
    let url = database_with_secrets(dir.path(), &old, 250).await;
    let new = MasterKey::generate(&OsEntropy);
    let (old_b64, new_b64) = (old.to_base64(), new.to_base64());
    let vars = [
        ("DISCORD_TOKEN", "t"),
        ("DATABASE_URL", url.as_str()),
        ("KEYGATE_MASTER_KEY", new_b64.as_str()),
        ("KEYGATE_PREVIOUS_MASTER_KEYS", old_b64.as_str()),
    ];
    let output = keygate(dir.path(), &["rekey"], &vars);
    let out = text(&output);
    assert!(output.status.success(), "{out}");
    assert!(out.contains("250"), "reports its progress: {out}");
    // Nothing is left under the old key: the new one alone opens everything.
    let output = keygate(dir.path(), &["check"], &vars[..3]);
    let out = text(&output);
    assert!(output.status.success(), "{out}");
    let output = keygate(dir.path(), &["check"], &vars);
    let out = text(&output);
    assert!(output.status.success(), "{out}");
    assert!(
        out.contains("KEYGATE_PREVIOUS_MASTER_KEYS can be removed"),
        "{out}"
    );
    // A second run finds nothing to do: rekeying resumes where it stopped.
    let output = keygate(dir.path(), &["rekey"], &vars);
    assert!(output.status.success(), "{}", text(&output));
}

#[test]
fn a_dotenv_file_above_the_working_directory_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".env"), "KEYGATE_MEMBERS_INTENT=maybe\n").unwrap();
    let below = dir.path().join("below");
    std::fs::create_dir(&below).unwrap();
    let output = keygate(&below, &["migrate"], &[]);
    let out = text(&output);
    assert!(output.status.success(), "{out}");
    assert!(!out.contains("KEYGATE_MEMBERS_INTENT"), "{out}");
}

#[tokio::test]
async fn with_postgresql_no_key_file_is_created_even_for_an_empty_database() {
    let Some(db) = support::TestDb::postgres().await else {
        return;
    };
    db.store().await.close().await;
    let dir = tempfile::tempdir().unwrap();
    let output = keygate(
        dir.path(),
        &[],
        &[("DISCORD_TOKEN", "t"), ("DATABASE_URL", db.url.as_str())],
    );
    let out = text(&output);
    assert!(!output.status.success(), "{out}");
    assert!(!dir.path().join("keygate.key").exists(), "{out}");
    assert!(out.contains("set KEYGATE_MASTER_KEY"), "{out}");
}

#[tokio::test]
async fn with_postgresql_a_key_from_a_file_is_warned_about() {
    let Some(db) = support::TestDb::postgres().await else {
        return;
    };
    db.store().await.close().await;
    let dir = tempfile::tempdir().unwrap();
    let key = MasterKey::generate(&OsEntropy);
    let path = dir.path().join("keygate.key");
    std::fs::write(&path, format!("{}\n", key.to_base64().as_str())).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    // It starts (and would run on), having said so before it connects.
    let output = keygate_for(
        dir.path(),
        &[],
        &[("DISCORD_TOKEN", "t"), ("DATABASE_URL", db.url.as_str())],
        Duration::from_secs(3),
    );
    let out = text(&output);
    assert!(
        out.contains("every process on this PostgreSQL database needs the same key"),
        "{out}"
    );
}
