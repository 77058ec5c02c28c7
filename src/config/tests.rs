//! What each setting accepts and refuses.

use super::*;
use crate::gate::OsEntropy;
use std::collections::HashMap;

fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
    let map: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Config::from_lookup(&move |name| map.get(name).cloned())
}

#[test]
fn defaults_are_an_sqlite_file_and_a_key_file() {
    let config = config(&[]).unwrap();
    assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
    assert_eq!(config.backend, Backend::Sqlite);
    assert!(
        matches!(&config.key_source, KeySource::File(path) if path == Path::new(DEFAULT_KEY_FILE)),
        "{:?}",
        config.key_source
    );
    assert_eq!(
        config.require_token().unwrap_err().to_string(),
        "missing DISCORD_TOKEN: set it in the environment or in .env (the bot token from the Discord developer portal)"
    );
}

/// What the configuration says about one variable set to `value`.
fn refusal(name: &str, value: &str) -> String {
    config(&[(name, value)]).unwrap_err().to_string()
}

#[test]
fn a_malformed_database_url_names_the_setting_and_the_reason() {
    assert_eq!(
        refusal("DATABASE_URL", "mysql://localhost/db"),
        "invalid DATABASE_URL: the scheme `mysql:` is not supported; use sqlite://keygate.db or postgres://user:password@host/database"
    );
    let no_scheme = refusal("DATABASE_URL", "keygate.db");
    assert!(
        no_scheme.starts_with("invalid DATABASE_URL: it has no scheme"),
        "{no_scheme}"
    );
    assert!(config(&[("DATABASE_URL", "postgres://u:p@localhost/keygate")]).is_ok());
}

#[test]
fn a_malformed_master_key_names_the_setting_and_the_reason_without_echoing_it() {
    assert_eq!(
        refusal("KEYGATE_MASTER_KEY", "c2hvcnQ="),
        "invalid KEYGATE_MASTER_KEY: it decodes to 5 bytes; a key is exactly 32 random bytes in base64 (`openssl rand -base64 32`)"
    );
    let garbage = refusal("KEYGATE_MASTER_KEY", "%%%");
    assert!(garbage.starts_with("invalid KEYGATE_MASTER_KEY: it is not base64"));
    assert!(!garbage.contains("%%%"));
}

#[test]
fn urls_and_ids_are_checked() {
    assert!(
        config(&[("DISCORD_API_URL", "127.0.0.1:8080")])
            .unwrap_err()
            .to_string()
            .starts_with("invalid DISCORD_API_URL")
    );
    assert!(
        config(&[("DISCORD_GATEWAY_URL", "ws://127.0.0.1:7878/?v=10")])
            .unwrap_err()
            .to_string()
            .contains("query string")
    );
    assert!(
        config(&[("KEYGATE_DEV_GUILD", "my server")])
            .unwrap_err()
            .to_string()
            .starts_with("invalid KEYGATE_DEV_GUILD")
    );
    let ok = config(&[
        ("DISCORD_API_URL", "http://127.0.0.1:8080/"),
        ("KEYGATE_DEV_GUILD", "42"),
    ])
    .unwrap();
    assert_eq!(ok.discord_api_url.as_deref(), Some("http://127.0.0.1:8080"));
    assert_eq!(ok.dev_guild, Some(GuildId::new(42)));
}

#[test]
fn plain_http_and_ws_are_only_for_a_proxy_on_this_machine() {
    const PLAIN: &str = "only for a proxy on this machine";
    const USERINFO: &str = "leave out user names and passwords";
    for (name, value, why) in [
        ("DISCORD_API_URL", "http://proxy.example.com:8080", PLAIN),
        ("DISCORD_API_URL", "http://10.0.0.5", PLAIN),
        ("DISCORD_GATEWAY_URL", "ws://gateway.example.com", PLAIN),
        ("DISCORD_API_URL", "http://127.0.0.1.example.com", PLAIN),
        ("DISCORD_API_URL", "http://localhost.example.com:80", PLAIN),
        ("DISCORD_API_URL", "http://127.0.0.1@example.com", USERINFO),
        (
            "DISCORD_API_URL",
            "http://127.0.0.1:80@example.com",
            USERINFO,
        ),
        ("DISCORD_API_URL", "http://[::1]@example.com", USERINFO),
    ] {
        let refused = refusal(name, value);
        assert!(refused.starts_with(&format!("invalid {name}")), "{refused}");
        assert!(refused.contains(why), "{value}: {refused}");
    }
    for (name, value) in [
        ("DISCORD_API_URL", "http://127.0.0.1:8080"),
        ("DISCORD_API_URL", "http://localhost:8080"),
        ("DISCORD_API_URL", "http://[::1]:8080"),
        ("DISCORD_API_URL", "https://proxy.example.com"),
        ("DISCORD_GATEWAY_URL", "ws://127.0.0.1:7878"),
        ("DISCORD_GATEWAY_URL", "wss://gateway.example.com"),
    ] {
        assert!(config(&[(name, value)]).is_ok(), "{name}={value}");
    }
}

#[test]
fn shard_settings_are_a_count_and_a_range_within_it() {
    let default = config(&[]).unwrap().shards;
    assert_eq!(default, Shards::default());
    assert_eq!(default.range(3), Ok((0, 2)), "all of them");
    let two = config(&[("KEYGATE_SHARDS", "2"), ("KEYGATE_SHARD_IDS", "1")])
        .unwrap()
        .shards;
    assert_eq!(two.count, ShardCount::Fixed(2));
    assert_eq!(two.range(2), Ok((1, 1)));
    assert!(two.partial());
    let range = config(&[("KEYGATE_SHARDS", "8"), ("KEYGATE_SHARD_IDS", "2-5")])
        .unwrap()
        .shards;
    assert_eq!(range.ids, Some((2, 5)));
    let err = config(&[("KEYGATE_SHARD_IDS", "0-1")])
        .unwrap_err()
        .to_string();
    assert!(err.contains("needs a fixed KEYGATE_SHARDS"), "{err}");
    assert!(
        range
            .range(4)
            .unwrap_err()
            .contains("goes past the 4 shard(s)")
    );
    for (name, value, why) in [
        ("KEYGATE_SHARDS", "many", "expected auto or a number"),
        ("KEYGATE_SHARDS", "0", "expected auto or a number"),
        ("KEYGATE_SHARD_IDS", "a-b", "expected a shard id"),
        ("KEYGATE_SHARD_IDS", "3-1", "the range 3-1 runs backwards"),
        ("KEYGATE_SHARD_IDS", "1", "needs a fixed KEYGATE_SHARDS"),
    ] {
        let err = config(&[(name, value)]).unwrap_err().to_string();
        assert!(err.starts_with(&format!("invalid {name}: {why}")), "{err}");
    }
    let err = config(&[("KEYGATE_SHARDS", "2"), ("KEYGATE_SHARD_IDS", "0-2")])
        .unwrap_err()
        .to_string();
    assert!(err.contains("goes past the 2 shard(s)"), "{err}");
}

#[test]
fn the_role_rate_is_a_number_or_off() {
    let proxy = ("DISCORD_API_URL", "http://127.0.0.1:8080");
    assert_eq!(config(&[]).unwrap().role_rate, Some(40));
    assert_eq!(
        config(&[("KEYGATE_ROLE_RATE", "50")]).unwrap().role_rate,
        Some(50)
    );
    assert_eq!(
        config(&[proxy, ("KEYGATE_ROLE_RATE", "OFF")])
            .unwrap()
            .role_rate,
        None
    );
    assert_eq!(
        config(&[proxy, ("KEYGATE_ROLE_RATE", "200")])
            .unwrap()
            .role_rate,
        Some(200)
    );
    // Straight to Discord, never past its 50 a second.
    let err = config(&[("KEYGATE_ROLE_RATE", "off")])
        .unwrap_err()
        .to_string();
    assert!(err.contains("off needs DISCORD_API_URL"), "{err}");
    let err = config(&[proxy, ("KEYGATE_ROLE_RATE", "10001")])
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("invalid KEYGATE_ROLE_RATE"), "{err}");
    for bad in ["0", "-1", "fast", "51"] {
        let err = config(&[("KEYGATE_ROLE_RATE", bad)])
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("invalid KEYGATE_ROLE_RATE: expected requests a second"),
            "{err}"
        );
    }
}

#[test]
fn the_claim_lease_is_a_duration_within_bounds() {
    assert_eq!(
        config(&[]).unwrap().claim_lease,
        crate::store::DEFAULT_CLAIM_LEASE
    );
    assert_eq!(
        config(&[("KEYGATE_CLAIM_LEASE", "10s")])
            .unwrap()
            .claim_lease,
        std::time::Duration::from_secs(10)
    );
    for bad in ["1s", "2h", "soon"] {
        let err = config(&[("KEYGATE_CLAIM_LEASE", bad)])
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("invalid KEYGATE_CLAIM_LEASE: expected a duration from 5s to 1h"),
            "{err}"
        );
    }
}

#[test]
fn the_hashing_threads_are_a_count_within_bounds() {
    assert_eq!(config(&[]).unwrap().hash_threads, None);
    assert_eq!(
        config(&[("KEYGATE_HASH_THREADS", "1")])
            .unwrap()
            .hash_threads,
        Some(1)
    );
    for bad in ["0", "65", "-1", "all"] {
        let err = config(&[("KEYGATE_HASH_THREADS", bad)])
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with(
                "invalid KEYGATE_HASH_THREADS: expected a number of threads from 1 to 64"
            ),
            "{err}"
        );
    }
}

#[test]
fn the_members_intent_is_a_clear_yes_or_no() {
    let err = config(&[("KEYGATE_MEMBERS_INTENT", "maybe")]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid KEYGATE_MEMBERS_INTENT: expected true or false, got \"maybe\""
    );
    assert_eq!(
        config(&[("KEYGATE_MEMBERS_INTENT", "true")])
            .unwrap()
            .members_intent,
        Some(true)
    );
    assert_eq!(
        config(&[("KEYGATE_MEMBERS_INTENT", "off")])
            .unwrap()
            .members_intent,
        Some(false)
    );
    assert_eq!(
        config(&[]).unwrap().members_intent,
        None,
        "unset: ask the portal"
    );
}

#[test]
fn the_key_file_is_created_once_with_mode_0600_and_then_reused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keygate.key");
    let first = load_key_file(&path, MissingKeyFile::Create, &OsEntropy).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let again = load_key_file(&path, MissingKeyFile::Create, &OsEntropy).unwrap();
    assert_eq!(first.id(), again.id());
}

#[test]
fn a_missing_or_readable_key_file_is_refused_with_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("absent.key");
    let err = load_key_file(&path, MissingKeyFile::Refuse, &OsEntropy).unwrap_err();
    assert!(err.to_string().contains("does not exist yet"), "{err}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        load_key_file(&path, MissingKeyFile::Create, &OsEntropy).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = load_key_file(&path, MissingKeyFile::Refuse, &OsEntropy).unwrap_err();
        assert!(err.to_string().contains("chmod 600"), "{err}");
    }
}

#[test]
fn the_web_server_is_off_by_default_and_its_settings_are_checked_together() {
    assert!(config(&[]).unwrap().web.is_none());
    let web = config(&[
        ("KEYGATE_HTTP_ADDR", "127.0.0.1:8080"),
        ("KEYGATE_PUBLIC_URL", "https://keygate.example.org/"),
        ("DISCORD_CLIENT_SECRET", "s3cret"),
    ])
    .unwrap()
    .web
    .expect("on");
    assert_eq!(web.addr.to_string(), "127.0.0.1:8080");
    assert_eq!(
        web.public_url.as_deref(),
        Some("https://keygate.example.org")
    );
    assert_eq!(web.authorize_url, DEFAULT_AUTHORIZE_URL);
    assert!(
        !format!("{web:?}").contains("s3cret"),
        "the secret is redacted"
    );
    // Only /metrics and /healthz: an address alone.
    let bare = config(&[("KEYGATE_HTTP_ADDR", "[::]:9000")])
        .unwrap()
        .web
        .unwrap();
    assert!(bare.public_url.is_none() && bare.client_secret.is_none());

    assert!(refusal("KEYGATE_HTTP_ADDR", "localhost").contains("expected an address and port"));
    assert!(refusal("KEYGATE_PUBLIC_URL", "https://x.example").contains("needs KEYGATE_HTTP_ADDR"));
    assert!(refusal("DISCORD_CLIENT_SECRET", "s").contains("needs KEYGATE_HTTP_ADDR"));
    let with_addr = |pairs: &[(&str, &str)]| {
        let mut all = vec![("KEYGATE_HTTP_ADDR", "127.0.0.1:8080")];
        all.extend_from_slice(pairs);
        config(&all).unwrap_err().to_string()
    };
    assert!(
        with_addr(&[("KEYGATE_PUBLIC_URL", "https://x.example")])
            .contains("missing DISCORD_CLIENT_SECRET"),
    );
    // Members sign in through it: plain http only on this machine.
    assert!(
        with_addr(&[
            ("KEYGATE_PUBLIC_URL", "http://keygate.example.org"),
            ("DISCORD_CLIENT_SECRET", "s")
        ])
        .contains("KEYGATE_PUBLIC_URL")
    );
    assert!(
        with_addr(&[
            ("KEYGATE_PUBLIC_URL", "https://x.example/?a=1"),
            ("DISCORD_CLIENT_SECRET", "s")
        ])
        .contains("query string")
    );
}
