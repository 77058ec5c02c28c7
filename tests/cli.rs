//! The `keygate` binary: run without a token, migrate, check (including a wrong master key).

mod support;

use std::path::Path;
use std::process::{Command, Output};

use keygate::gate::gates::Passing;
use keygate::gate::sealing::{Keyring, MasterKey};
use keygate::gate::{Names, OsEntropy};

fn keygate(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_keygate"));
    command
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default());
    for (name, value) in vars {
        command.env(name, value);
    }
    command.output().expect("run keygate")
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn running_without_a_token_says_exactly_that_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let output = keygate(dir.path(), &[], &[]);
    assert!(!output.status.success());
    assert!(
        text(&output).contains("error: missing DISCORD_TOKEN"),
        "{}",
        text(&output)
    );
}

#[test]
fn a_malformed_database_url_is_named_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let output = keygate(
        dir.path(),
        &["migrate"],
        &[("DATABASE_URL", "mysql://localhost/keygate")],
    );
    assert!(!output.status.success());
    assert!(
        text(&output).contains("invalid DATABASE_URL: the scheme `mysql:` is not supported"),
        "{}",
        text(&output)
    );
}

#[test]
fn first_run_creates_the_sqlite_file_and_a_private_key_file_and_sigterm_stops_it_cleanly() {
    use std::io::BufRead as _;
    let dir = tempfile::tempdir().unwrap();
    // Nothing listens on port 9 here: the bot starts, cannot reach "Discord", keeps trying.
    let mut child = Command::new(env!("CARGO_BIN_EXE_keygate"))
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DISCORD_TOKEN", "test-token")
        .env("DISCORD_API_URL", "http://127.0.0.1:9")
        .env("DISCORD_GATEWAY_URL", "ws://127.0.0.1:9")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Whatever happens below, the bot does not outlive the test.
    struct KillOnDrop(u32);
    impl Drop for KillOnDrop {
        fn drop(&mut self) {
            let _ = Command::new("kill")
                .arg("-KILL")
                .arg(self.0.to_string())
                .status();
        }
    }
    let _guard = KillOnDrop(child.id());
    let stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in stderr.lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let running = std::iter::from_fn(|| rx.recv_timeout(std::time::Duration::from_secs(60)).ok())
        .find(|line| line.contains("keygate is running"));
    assert!(
        running.is_some(),
        "the bot did not report that it is running"
    );

    let key = dir.path().join("keygate.key");
    assert!(dir.path().join("keygate.db").is_file());
    assert!(key.is_file());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(
            std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let killed = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    assert!(
        status.success(),
        "SIGTERM is a clean shutdown, got {status:?}"
    );
    let rest: Vec<String> = rx.try_iter().collect();
    assert!(rest.iter().any(|l| l.contains("shutting down")), "{rest:?}");
}

#[test]
fn migrate_applies_the_schema_and_check_passes_with_a_token_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let key = MasterKey::generate(&OsEntropy).to_base64();
    let output = keygate(dir.path(), &["migrate"], &[]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(text(&output).contains("database is up to date"));
    let output = keygate(
        dir.path(),
        &["check"],
        &[("DISCORD_TOKEN", "t"), ("KEYGATE_MASTER_KEY", key.as_str())],
    );
    assert!(output.status.success(), "{}", text(&output));
    assert!(text(&output).contains("all checks passed"));
}

#[test]
fn check_lists_every_problem() {
    let dir = tempfile::tempdir().unwrap();
    let output = keygate(dir.path(), &["check"], &[]);
    assert!(!output.status.success());
    let out = text(&output);
    assert!(out.contains("FAIL missing DISCORD_TOKEN"), "{out}");
    assert!(
        out.contains("FAIL invalid KEYGATE_KEY_FILE: keygate.key: it does not exist yet"),
        "{out}"
    );
    // Nothing is created on the way: the database is reported missing, not made.
    assert!(
        out.contains("FAIL the database file keygate.db does not exist"),
        "{out}"
    );
    assert!(!dir.path().join("keygate.db").exists());
    assert!(out.contains("3 problem(s) found"), "{out}");
    assert!(
        out.contains("shards: as many as Discord recommends in all; this process runs all of them"),
        "{out}"
    );

    // Shards left to other processes need a database they can share.
    let output = keygate(
        dir.path(),
        &["check"],
        &[("KEYGATE_SHARDS", "2"), ("KEYGATE_SHARD_IDS", "1")],
    );
    let out = text(&output);
    assert!(
        out.contains("shards: 2 in all; this process runs shard 1"),
        "{out}"
    );
    assert!(
        out.contains(
            "FAIL KEYGATE_SHARD_IDS leaves shards to other processes, but DATABASE_URL is SQLite"
        ),
        "{out}"
    );

    // The hashing threads, one per core unless a share of them is set.
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    assert!(
        out.contains(&format!(
            "ok   hashing backup codes: {cores} thread{} (one per core), {} MiB of memory in all",
            if cores == 1 { "" } else { "s" },
            cores * 19
        )),
        "{out}"
    );
    let output = keygate(dir.path(), &["check"], &[("KEYGATE_HASH_THREADS", "1")]);
    let out = text(&output);
    assert!(
        out.contains(
            "ok   hashing backup codes: 1 thread (KEYGATE_HASH_THREADS), 19 MiB of memory in all"
        ),
        "{out}"
    );
    let output = keygate(dir.path(), &["check"], &[("KEYGATE_HASH_THREADS", "0")]);
    let out = text(&output);
    assert!(
        out.contains(
            "invalid KEYGATE_HASH_THREADS: expected a number of threads from 1 to 64 (each holds 19 MiB), got \"0\""
        ),
        "{out}"
    );
}

#[tokio::test]
async fn check_detects_a_wrong_master_key() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("keygate.db").display());
    let right = MasterKey::generate(&OsEntropy);
    let wrong = MasterKey::generate(&OsEntropy);
    {
        let db = support::TestDb {
            url: url.clone(),
            backend: "sqlite",
            _dir: None,
        };
        let h = support::Harness::with_keyring(&db, Keyring::new(right.clone(), vec![])).await;
        h.configure(support::GUILD).await;
        let names = Names {
            guild_name: "g".into(),
            member_name: "m".into(),
        };
        h.gate
            .enroll(
                keygate::gate::Member::new(support::GUILD, support::MEMBER),
                &names,
                &Passing::default(),
            )
            .await
            .unwrap();
        h.gate.repo().close().await;
    }
    let vars = [("DISCORD_TOKEN", "t"), ("DATABASE_URL", url.as_str())];
    let wrong_key = wrong.to_base64();
    let output = keygate(
        dir.path(),
        &["check"],
        &[vars[0], vars[1], ("KEYGATE_MASTER_KEY", wrong_key.as_str())],
    );
    assert!(!output.status.success());
    let out = text(&output);
    assert!(
        out.contains(&format!(
            "sealed with master key {}, but the loaded key is {}",
            right.id(),
            wrong.id()
        )),
        "{out}"
    );
    assert!(
        !out.contains(wrong_key.as_str()) && !out.contains(right.to_base64().as_str()),
        "a key was printed"
    );

    let right_key = right.to_base64();
    let output = keygate(
        dir.path(),
        &["check"],
        &[vars[0], vars[1], ("KEYGATE_MASTER_KEY", right_key.as_str())],
    );
    assert!(output.status.success(), "{}", text(&output));
    assert!(text(&output).contains(&format!("secrets sealed with key {} open", right.id())));
}

/// A loopback Discord with one server.
async fn one_server_discord() -> loopback_discord::FakeDiscord {
    loopback_discord::FakeDiscord::start(
        vec![loopback_discord::FakeGuild::new(
            900_000_000_000_000_001,
            "Logs",
            930_000_000_000_000_099,
        )],
        std::collections::HashMap::new(),
    )
    .await
}

/// Runs the `keygate` binary in `dir` against `fake` (with `RUST_LOG`, if given); its stderr goes
/// to the returned file. Killed when dropped.
fn keygate_against(
    fake: &loopback_discord::FakeDiscord,
    dir: &Path,
    rust_log: Option<&str>,
) -> (tokio::process::Child, std::path::PathBuf) {
    let log_path = dir.join("stderr.log");
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_keygate"));
    command
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DISCORD_TOKEN", "test-token")
        .env("DISCORD_API_URL", fake.api_url())
        .env("DISCORD_GATEWAY_URL", fake.gateway_url())
        .stderr(std::fs::File::create(&log_path).unwrap())
        .kill_on_drop(true);
    if let Some(filter) = rust_log {
        command.env("RUST_LOG", filter);
    }
    (command.spawn().unwrap(), log_path)
}

/// serenity logs the whole text of a gateway frame it cannot parse, and the parse error quotes
/// the offending value. Run with `RUST_LOG=trace`, the binary must still log neither the code a
/// member typed nor the interaction token of such a frame.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_gateway_frame_puts_no_code_or_token_in_the_logs_even_at_trace() {
    let fake = one_server_discord().await;
    fake.add_user(
        900_000_000_000_000_001,
        loopback_discord::FakeUser::new(930_000_000_000_000_001, "ferris"),
    );
    let dir = tempfile::tempdir().unwrap();
    // Everything, and the held libraries by name: their hold must stand all the same.
    let (mut child, log_path) = keygate_against(
        &fake,
        dir.path(),
        Some(
            "trace,serenity=trace,serenity::gateway::ws=trace,serenity:=trace,tungstenite:=trace,tokio_tungstenite::x=trace,[shard]=trace",
        ),
    );
    fake.wait_ready().await;

    let (code, token) = ("864209", "aW50ZXJhY3Rpb246c2VjcmV0LXRva2Vu");
    // A modal submit carrying the code a member typed and its interaction token, cut short: not
    // JSON, so serenity cannot parse the frame.
    let frame = serde_json::json!({
        "op": 0, "s": 2, "t": "INTERACTION_CREATE",
        "d": {
            "id": "1700000000000000001", "application_id": "1400000000000000002", "type": 5,
            "token": token, "version": 1, "guild_id": "900000000000000001",
            "data": {"custom_id": "keygate:form:confirm", "components": [
                {"type": 1, "components": [{"type": 4, "custom_id": "code", "value": code}]}
            ]}
        }
    })
    .to_string();
    fake.send_raw_frame(&frame[..frame.len() - 3]).await;
    // A complete frame whose sequence number is the token: the parse error quotes it.
    let quoting =
        serde_json::json!({"op": 0, "s": token, "t": "INTERACTION_CREATE", "d": {"code": code}});
    fake.send_raw_frame(&quoting.to_string()).await;
    // A command after them on the same connection is answered: the bot read both frames (and
    // survived them).
    let guide = fake
        .slash(
            900_000_000_000_000_001,
            930_000_000_000_000_001,
            "2fa guide",
            serde_json::json!({}),
        )
        .await;
    let answered = fake
        .responses(&guide, 1, std::time::Duration::from_secs(15))
        .await;
    assert!(!answered.is_empty());
    let _ = child.start_kill();
    let _ = child.wait().await;
    let logged = std::fs::read_to_string(&log_path).unwrap();
    assert!(
        logged.contains("keygate is running"),
        "the bot ran with logs on: {logged}"
    );
    assert!(!logged.contains(code), "the typed code is in the logs");
    assert!(
        !logged.contains(token),
        "the interaction token is in the logs"
    );
}

/// A command registration Discord refuses (400, 50035) is logged once with Discord's code and the
/// field it names, and the bot keeps running.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_command_registration_is_logged_with_the_field_discord_names() {
    let fake = one_server_discord().await;
    fake.fail_next(
        "PUT",
        "/commands",
        400,
        serde_json::json!({"message": "Invalid Form Body", "code": 50035, "errors": {"0": {"name": {"_errors": [
            {"code": "APPLICATION_COMMAND_INVALID_NAME", "message": "Command name is invalid"}
        ]}}}}),
        1,
    );
    let dir = tempfile::tempdir().unwrap();
    let (mut child, log_path) = keygate_against(&fake, dir.path(), None);
    fake.wait_for_request(
        |r| r.method == "PUT" && r.path.ends_with("/commands"),
        std::time::Duration::from_secs(30),
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    assert!(child.try_wait().unwrap().is_none(), "the bot keeps running");
    let _ = child.start_kill();
    let _ = child.wait().await;
    let logged = std::fs::read_to_string(&log_path).unwrap();
    let line = logged
        .lines()
        .find(|l| l.contains("Discord refused Keygate's slash commands"))
        .unwrap_or_else(|| panic!("no refusal line: {logged}"));
    assert!(line.contains("50035"), "{line}");
    assert!(
        line.contains("0.name: APPLICATION_COMMAND_INVALID_NAME (Command name is invalid)"),
        "{line}"
    );
    let puts = fake
        .requests()
        .iter()
        .filter(|r| r.method == "PUT" && r.path.ends_with("/commands"))
        .count();
    assert_eq!(puts, 1, "not retried");
}
