//! The `keygate` binary: `keygate` (run), `keygate migrate`, `keygate check`, `keygate rekey`.
//! Everything of substance lives in the library; this file wires configuration to it.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use std::sync::Arc;

use keygate::config::{Config, MissingKeyFile};
use keygate::discord::BotSettings;
use keygate::discord::worker::Pacing;
use keygate::gate::hashing::{Hasher, PoolShape};
use keygate::gate::{Clock, Gate, OsEntropy, SystemClock};
use keygate::store::Store;

#[derive(Parser)]
#[command(
    name = "keygate",
    version,
    about = "A two-factor verification gate for Discord servers"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the bot (the default).
    Run,
    /// Apply database migrations and exit.
    Migrate,
    /// Check the configuration, the database and the master key, and say exactly what is wrong.
    /// Changes nothing.
    Check,
    /// Re-seal every stored secret under the current master key (after a key rotation).
    Rekey,
}

fn main() -> ExitCode {
    // A missing .env is normal; a malformed one is worth saying. Only the working directory's:
    // a .env further up is somebody else's settings.
    if let Err(e) = dotenvy::from_path(".env")
        && !e.not_found()
    {
        // A malformed line is not echoed: it may hold the token or the master key.
        match e {
            dotenvy::Error::LineParse(_, index) => {
                eprintln!(
                    "error: could not read .env: malformed line (near character {index}); check its quoting"
                );
            }
            other => eprintln!(
                "error: could not read .env: {}",
                if matches!(other, dotenvy::Error::Io(_)) {
                    other.to_string()
                } else {
                    "invalid content".into()
                }
            ),
        }
        return ExitCode::FAILURE;
    }
    tracing_subscriber::fmt()
        .with_env_filter(log_filter())
        .with_writer(std::io::stderr)
        .init();

    let cli = Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let result = runtime.block_on(async {
        match cli.command.unwrap_or(Command::Run) {
            Command::Run => run().await,
            Command::Migrate => migrate().await,
            Command::Check => check().await,
            Command::Rekey => rekey().await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The libraries whose logs can carry secrets: `RUST_LOG` has no say over them.
const HELD: [&str; 8] = [
    "serenity",
    "poise",
    "reqwest",
    "hyper",
    "hyper_util",
    "tungstenite",
    "tokio_tungstenite",
    "sqlx",
];

/// `RUST_LOG` (default `info`), with the Discord client's internals held at `warn` whatever it says:
/// their debug spans record request bodies and gateway events (codes members type, interaction
/// tokens, the QR image), which must never reach a log. `RUST_LOG`'s own directives for those
/// libraries (and span directives, which match in any library) are dropped, so a more specific
/// one cannot undo the hold.
fn log_filter() -> tracing_subscriber::EnvFilter {
    let asked = std::env::var("RUST_LOG").unwrap_or_default();
    let kept: Vec<&str> = asked
        .split(',')
        .map(str::trim)
        .filter(|directive| !directive.is_empty() && !about_held(directive))
        .collect();
    let mut filter = if kept.is_empty() {
        tracing_subscriber::EnvFilter::new("info")
    } else {
        tracing_subscriber::EnvFilter::try_new(kept.join(",")).unwrap_or_else(|_| {
            eprintln!("warning: RUST_LOG is not a valid log filter; logging at info");
            tracing_subscriber::EnvFilter::new("info")
        })
    };
    for quiet in [
        "serenity=warn",
        "poise=warn",
        "reqwest=warn",
        "hyper=warn",
        "hyper_util=warn",
        "tungstenite=warn",
        "tokio_tungstenite=warn",
        "sqlx=warn",
        // Held above warn: the gateway warns with the whole text of a frame it cannot parse (a
        // typed code, an interaction token) and with the parse error, which quotes the offending
        // value; the HTTP client warns with routes that carry interaction tokens. Keygate logs
        // what matters of those failures itself (`describe`).
        "serenity::gateway=error",
        "serenity::http=error",
    ] {
        filter = filter.add_directive(quiet.parse().expect("a valid directive"));
    }
    filter
}

/// Whether a `RUST_LOG` directive is about a held library, or is a span directive.
fn about_held(directive: &str) -> bool {
    if directive.contains('[') {
        return true;
    }
    // EnvFilter matches a target by prefix and lets the longest directive win: any directive
    // whose target starts with a held name (`serenity::gateway::ws`, `tungstenite:`) would
    // outrank the hold.
    let target = directive.split('=').next().unwrap_or_default().trim();
    HELD.iter().any(|held| target.starts_with(held))
}

async fn open_store(config: &Config) -> Result<Store, String> {
    let store = Store::connect(&config.database_url)
        .await
        .map_err(|e| e.to_string())?;
    store.migrate().await.map_err(|e| e.to_string())?;
    Ok(store.with_claim_lease(config.claim_lease))
}

async fn run() -> Result<(), String> {
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let token = config
        .require_token()
        .map_err(|e| e.to_string())?
        .expose()
        .to_owned();
    let store = open_store(&config).await?;
    let keyring = keygate::operator::keyring_for(&config, &store, &OsEntropy).await?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let entropy = Arc::new(OsEntropy);
    let hasher = Hasher::new(
        PoolShape::with_threads(config.hash_threads),
        entropy.clone(),
    );
    let gate = Arc::new(Gate::new(
        store.clone(),
        keyring,
        hasher,
        clock.clone(),
        entropy,
    ));
    let settings = BotSettings {
        token,
        api_url: config.discord_api_url.clone(),
        gateway_url: config.discord_gateway_url.clone(),
        dev_guild: config.dev_guild,
        pacing: Pacing::default(),
        clock,
        members_intent: config.members_intent,
        refusal_limits: keygate::discord::budget::Limits::default(),
        shards: config.shards,
        role_rate: config.role_rate,
        join_pacing: keygate::discord::join::JoinPacing::default(),
        sweep_pacing: keygate::discord::reverify::SweepPacing::default(),
        web: config.web.clone(),
    };
    let stop = shutdown_signal();
    let mut bot = keygate::discord::start(settings, gate)
        .await
        .map_err(|e| format!("could not start the bot: {e}"))?;
    tracing::info!("keygate is running; press Ctrl+C to stop");
    let outcome = tokio::select! {
        () = stop => {
            tracing::info!("shutting down: finishing replies in flight; pending role grants stay queued");
            bot.shutdown().await;
            Ok(())
        }
        stopped = bot.wait() => stopped.map_err(|e| format!("the Discord connection stopped: {e}")),
    };
    store.close().await;
    outcome
}

/// SIGINT (Ctrl+C) or SIGTERM. The handlers are registered when this is called, not when the
/// future is first polled, so a signal that arrives right after start-up is not missed.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
        let mut interrupt = signal(SignalKind::interrupt()).expect("SIGINT handler");
        async move {
            tokio::select! {
                _ = term.recv() => {}
                _ = interrupt.recv() => {}
            }
        }
    }
    #[cfg(not(unix))]
    async {
        let _ = tokio::signal::ctrl_c().await;
    }
}

async fn migrate() -> Result<(), String> {
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let store = open_store(&config).await?;
    store.close().await;
    println!(
        "database is up to date ({})",
        config
            .database_url
            .split('@')
            .next_back()
            .unwrap_or_default()
    );
    Ok(())
}

/// Reports every problem it finds, not only the first, and changes nothing.
async fn check() -> Result<(), String> {
    let config = Config::from_env().map_err(|e| format!("configuration: {e}"))?;
    let mut problems = 0;
    for finding in keygate::operator::check(&config, &OsEntropy).await {
        match finding {
            keygate::operator::Finding::Ok(line) => println!("ok   {line}"),
            keygate::operator::Finding::Problem(line) => {
                problems += 1;
                println!("FAIL {line}");
            }
        }
    }
    if problems == 0 {
        println!("all checks passed");
        Ok(())
    } else {
        Err(format!("{problems} problem(s) found"))
    }
}

/// Re-seals every secret under the current key, with progress; safe to stop and run again.
async fn rekey() -> Result<(), String> {
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let store = open_store(&config).await?;
    let keyring = config
        .keyring(MissingKeyFile::Refuse, &OsEntropy)
        .map_err(|e| e.to_string())?;
    println!(
        "re-sealing secrets under master key {}",
        keyring.current_id()
    );
    let done = keygate::operator::rekey(&store, &keyring, &OsEntropy, |done, total| {
        println!("re-sealed {done} of {total}");
    })
    .await;
    store.close().await;
    let done = done?;
    println!(
        "done: {done} secret(s) re-sealed; run `keygate check` to see whether the previous keys can go"
    );
    Ok(())
}
