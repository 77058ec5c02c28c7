//! What the operator's commands do beyond running the bot: the start-up check that the keys open
//! every stored secret (so a lost key is never silently replaced), `keygate check` (which changes
//! nothing), and `keygate rekey` (re-sealing every secret under the current key).

use crate::config::{Config, KeySource, MissingKeyFile, ShardCount};
use crate::gate::Entropy;
use crate::gate::sealing::{KeyId, Keyring};
use crate::store::{Backend, Store};

/// Secrets re-sealed per batch by `keygate rekey`; each batch is its own transaction per row, so
/// an interrupted run resumes where it stopped.
const REKEY_BATCH: u32 = 100;

/// Where the current key was looked for, for messages.
fn key_source(config: &Config) -> String {
    match &config.key_source {
        KeySource::Environment(_) => "KEYGATE_MASTER_KEY".to_owned(),
        KeySource::File(path) => format!("the key file {}", path.display()),
    }
}

fn ids(keys: &[(KeyId, u64)]) -> String {
    keys.iter()
        .map(|(id, n)| format!("{id} ({n} secret(s))"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The keyring to run with, for a migrated database: the configured key, creating the key file
/// only when the database holds no sealed secret. Refuses (naming the key ids and where it
/// looked) when the database holds secrets the loaded keys cannot open.
pub async fn keyring_for(
    config: &Config,
    store: &Store,
    entropy: &dyn Entropy,
) -> Result<Keyring, String> {
    let sealed = store.sealed_key_ids().await.map_err(|e| e.to_string())?;
    // Several processes share a PostgreSQL database: each creating a key file of its own would
    // seal secrets under different keys. There the key must be given.
    let missing = if sealed.is_empty() && config.backend == Backend::Sqlite {
        MissingKeyFile::Create
    } else {
        MissingKeyFile::Refuse
    };
    let keyring = config.keyring(missing, entropy).map_err(|e| {
        if config.backend == Backend::Postgres && sealed.is_empty() {
            format!(
                "{e}. With PostgreSQL, set KEYGATE_MASTER_KEY (`openssl rand -base64 32`) to the same \
                 key in every process; no key file is created, because each process would make its own"
            )
        } else if sealed.is_empty() {
            e.to_string()
        } else {
            format!(
                "{e}. The database holds secrets sealed with master key {}; a new key would lock out \
                 every enrolled member, so none is created. Restore the key file, or set \
                 KEYGATE_MASTER_KEY to that key",
                ids(&sealed)
            )
        }
    })?;
    let unknown: Vec<(KeyId, u64)> = sealed
        .into_iter()
        .filter(|(id, _)| !keyring.knows(*id))
        .collect();
    if !unknown.is_empty() {
        return Err(format!(
            "the database holds secrets sealed with master key {}, which the loaded keys ({} from {}, \
             and KEYGATE_PREVIOUS_MASTER_KEYS) do not open: set KEYGATE_MASTER_KEY (or the key file) \
             to the key this database was created with",
            ids(&unknown),
            keyring.current_id(),
            key_source(config)
        ));
    }
    if config.backend == Backend::Postgres && matches!(config.key_source, KeySource::File(_)) {
        tracing::warn!(
            "the master key comes from a key file; every process on this PostgreSQL database needs \
             the same key, so set KEYGATE_MASTER_KEY in each instead"
        );
    }
    Ok(keyring)
}

/// One line of `keygate check`'s report.
pub enum Finding {
    Ok(String),
    Problem(String),
}

/// Everything `keygate check` finds, problems and all, without changing anything: a missing
/// database or pending migrations are reported, not created or applied.
pub async fn check(config: &Config, entropy: &dyn Entropy) -> Vec<Finding> {
    let mut findings = Vec::new();
    match config.require_token() {
        Ok(_) => findings.push(Finding::Ok("DISCORD_TOKEN is set".into())),
        Err(e) => findings.push(Finding::Problem(e.to_string())),
    }
    let keyring = match config.keyring(MissingKeyFile::Refuse, entropy) {
        Ok(keyring) => {
            findings.push(Finding::Ok(format!(
                "master key {} loaded from {}",
                keyring.current_id(),
                key_source(config)
            )));
            Some(keyring)
        }
        Err(e) => {
            findings.push(Finding::Problem(e.to_string()));
            None
        }
    };
    check_shards(config, &mut findings);
    findings.push(Finding::Ok(hashing_summary(config)));
    findings.push(Finding::Ok(web_summary(config)));
    let store = match Store::open_existing(&config.database_url).await {
        Ok(store) => store,
        Err(e) => {
            findings.push(Finding::Problem(e.to_string()));
            return findings;
        }
    };
    match store.pending_migrations().await {
        Ok(pending) if pending.is_empty() => findings.push(Finding::Ok(format!(
            "database reachable and migrated ({:?})",
            store.backend()
        ))),
        Ok(pending) => {
            findings.push(Finding::Problem(format!(
                "the database lacks {} migration(s): {}; run `keygate migrate` (or start keygate) to apply them",
                pending.len(),
                pending.join(", ")
            )));
            store.close().await;
            return findings;
        }
        Err(e) => findings.push(Finding::Problem(e.to_string())),
    }
    if let Some(keyring) = &keyring {
        check_sealed(&store, keyring, &mut findings).await;
    }
    store.close().await;
    findings
}

/// What the web server will serve.
fn web_summary(config: &Config) -> String {
    let Some(web) = &config.web else {
        return "web server: off (KEYGATE_HTTP_ADDR unset)".into();
    };
    let check = match (&web.public_url, web.addr.ip().is_loopback()) {
        _ if web.client_secret.is_none() => {
            "no browser check of Discord 2FA (DISCORD_CLIENT_SECRET unset)".into()
        }
        (Some(url), _) => format!("the browser check of Discord 2FA at {url}"),
        (None, true) => format!(
            "the browser check of Discord 2FA at http://{} (this machine only)",
            web.addr
        ),
        (None, false) => "no browser check of Discord 2FA (KEYGATE_PUBLIC_URL unset)".into(),
    };
    format!(
        "web server: {} with /metrics, /healthz and {check}",
        web.addr
    )
}

/// The shard settings, and SQLite where several processes would need one shared database.
fn check_shards(config: &Config, findings: &mut Vec<Finding>) {
    let count = match config.shards.count {
        ShardCount::Auto => "as many as Discord recommends".to_owned(),
        ShardCount::Fixed(n) => n.to_string(),
    };
    let ids = match config.shards.ids {
        None => "all of them".to_owned(),
        Some((first, last)) if first == last => format!("shard {first}"),
        Some((first, last)) => format!("shards {first}-{last}"),
    };
    findings.push(Finding::Ok(format!(
        "shards: {count} in all; this process runs {ids}"
    )));
    if config.shards.partial() && config.backend == Backend::Sqlite {
        findings.push(Finding::Problem(
            "KEYGATE_SHARD_IDS leaves shards to other processes, but DATABASE_URL is SQLite, which one process alone may use: give every process the same PostgreSQL DATABASE_URL and KEYGATE_MASTER_KEY".into(),
        ));
    }
}

/// How many threads will hash backup codes, and the memory they hold.
fn hashing_summary(config: &Config) -> String {
    let cores = crate::gate::hashing::cores();
    let threads = crate::gate::hashing::PoolShape::with_threads(config.hash_threads).threads;
    let source = match config.hash_threads {
        None => "one per core".to_owned(),
        Some(_) if threads > cores => {
            format!("KEYGATE_HASH_THREADS; more than the {cores} cores here, which hash no faster")
        }
        Some(_) => "KEYGATE_HASH_THREADS".to_owned(),
    };
    let mib = threads * crate::gate::hashing::MEMORY_KIB as usize / 1024;
    let noun = if threads == 1 { "thread" } else { "threads" };
    format!("hashing backup codes: {threads} {noun} ({source}), {mib} MiB of memory in all")
}

/// One sealed secret per key id opens with the loaded keys; previous keys that seal nothing any
/// more can go.
async fn check_sealed(store: &Store, keyring: &Keyring, findings: &mut Vec<Finding>) {
    match store.sealed_samples().await {
        Ok(samples) => {
            for (member, sealed) in samples {
                match keyring.open(&sealed, member) {
                    Ok(_) => findings.push(Finding::Ok(format!(
                        "secrets sealed with key {} open",
                        sealed.key_id
                    ))),
                    Err(e) => findings.push(Finding::Problem(format!("master key: {e}"))),
                }
            }
        }
        Err(e) => findings.push(Finding::Problem(e.to_string())),
    }
    if keyring.previous_count() == 0 {
        return;
    }
    match store.sealed_key_ids().await {
        Ok(sealed) if sealed.iter().all(|(id, _)| *id == keyring.current_id()) => {
            findings.push(Finding::Ok(
                "no secret is sealed with a previous key any more: KEYGATE_PREVIOUS_MASTER_KEYS can be removed"
                    .into(),
            ))
        }
        Ok(sealed) => findings.push(Finding::Ok(format!(
            "secrets are still sealed with previous keys ({}); run `keygate rekey` to move them to {}",
            ids(&sealed),
            keyring.current_id()
        ))),
        Err(e) => findings.push(Finding::Problem(e.to_string())),
    }
}

/// Re-seals every secret under the current key, in batches, calling `progress(done, total)` after
/// each. Resumable: a row is re-sealed in a conditional write of its own. The number re-sealed.
pub async fn rekey(
    store: &Store,
    keyring: &Keyring,
    entropy: &dyn Entropy,
    mut progress: impl FnMut(u64, u64),
) -> Result<u64, String> {
    let current = keyring.current_id();
    let total: u64 = store
        .sealed_key_ids()
        .await
        .map_err(|e| e.to_string())?
        .iter()
        .filter(|(id, _)| *id != current)
        .map(|(_, n)| n)
        .sum();
    let mut done = 0;
    loop {
        let now = crate::gate::Clock::now(&crate::gate::SystemClock);
        let batch = store
            .sealed_under_other_keys(current, REKEY_BATCH, now)
            .await
            .map_err(|e| e.to_string())?;
        if batch.is_empty() {
            return Ok(done);
        }
        let mut moved = false;
        for (member, sealed) in &batch {
            let secret = keyring
                .open(sealed, *member)
                .map_err(|e| format!("cannot re-seal: {e}"))?;
            let fresh = keyring.seal(&secret, *member, entropy);
            // A member who re-enrolled meanwhile is sealed under the current key already.
            if store
                .reseal(*member, sealed, &fresh)
                .await
                .map_err(|e| e.to_string())?
            {
                done += 1;
                moved = true;
            }
        }
        progress(done, total);
        if !moved {
            return Err(
                "secrets under a previous key keep changing; run `keygate rekey` again".into(),
            );
        }
    }
}
