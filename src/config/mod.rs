//! Environment -> typed configuration, in two phases: raw values are read, then validated into a
//! [`Config`] whose errors name the setting and the reason ("missing X", "invalid X: why").

use std::path::{Path, PathBuf};

use crate::gate::hashing::MAX_THREADS as MAX_HASH_THREADS;
use crate::gate::sealing::{Keyring, MasterKey};
use crate::gate::{Entropy, GuildId};
use crate::store::Backend;

/// The default database: an SQLite file beside the binary's working directory, created on first run.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://keygate.db";
/// The default key file, created with mode 0600 on first run when `KEYGATE_MASTER_KEY` is unset.
pub const DEFAULT_KEY_FILE: &str = "keygate.key";

/// A configuration problem, naming the variable.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("missing {name}: {hint}")]
    Missing {
        name: &'static str,
        hint: &'static str,
    },
    #[error("invalid {name}: {why}")]
    Invalid { name: &'static str, why: String },
}

/// A secret setting (the OAuth2 client secret). Never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// Discord's authorize page, where a member's browser signs in.
pub const DEFAULT_AUTHORIZE_URL: &str = "https://discord.com/oauth2/authorize";

/// A bot token. Never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct DiscordToken(String);

impl std::fmt::Debug for DiscordToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DiscordToken(<redacted>)")
    }
}

impl DiscordToken {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// Where the master key comes from.
#[derive(Debug, Clone)]
pub enum KeySource {
    /// `KEYGATE_MASTER_KEY`, already parsed and checked.
    Environment(MasterKey),
    /// A key file, created on first run.
    File(PathBuf),
}

/// What to do when the key file does not exist yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingKeyFile {
    /// Create it with a fresh key (mode 0600).
    Create,
    /// Report it; change nothing.
    Refuse,
}

/// The validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub discord_token: Option<DiscordToken>,
    pub database_url: String,
    pub backend: Backend,
    previous_keys: Vec<MasterKey>,
    pub key_source: KeySource,
    pub discord_api_url: Option<String>,
    pub discord_gateway_url: Option<String>,
    pub dev_guild: Option<GuildId>,
    /// Whether to ask Discord for the privileged Server Members intent, so the bot sees members join
    /// and can welcome them with the 2FA guide (`guide_on_join`). `None` (unset): ask exactly when
    /// the developer portal allows it; `Some` overrides that (`false` never asks).
    pub members_intent: Option<bool>,
    /// `KEYGATE_SHARDS` and `KEYGATE_SHARD_IDS`: how many gateway shards, and which this process runs.
    pub shards: Shards,
    /// `KEYGATE_CLAIM_LEASE`: how long a process holds the role changes it claimed; after that, a
    /// process that died with them claimed leaves them to the others.
    pub claim_lease: std::time::Duration,
    /// `KEYGATE_ROLE_RATE`: role requests a second the worker keeps to (Discord allows a bot 50
    /// in all); `None` (`off`) leaves the pacing to a ratelimit proxy.
    pub role_rate: Option<u32>,
    /// `KEYGATE_HASH_THREADS`: how many threads hash backup codes; `None`, one per core. Several
    /// processes on one machine each take a share of its cores.
    pub hash_threads: Option<usize>,
    /// `KEYGATE_HTTP_ADDR`, `KEYGATE_PUBLIC_URL`, `DISCORD_CLIENT_SECRET`, `DISCORD_AUTHORIZE_URL`:
    /// the web server, `None` when `KEYGATE_HTTP_ADDR` is unset.
    pub web: Option<crate::web::WebSettings>,
}

/// How many gateway shards the bot has in all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShardCount {
    /// The count Discord recommends (`GET /gateway/bot`).
    Auto,
    Fixed(u32),
}

/// The shards of this process: `ids` (inclusive; `None`: all of them) of `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shards {
    pub count: ShardCount,
    pub ids: Option<(u32, u32)>,
}

impl Default for Shards {
    fn default() -> Self {
        Self {
            count: ShardCount::Auto,
            ids: None,
        }
    }
}

impl Shards {
    /// The inclusive range this process runs, of `total` shards; an error names what is wrong.
    pub fn range(&self, total: u32) -> Result<(u32, u32), String> {
        let (first, last) = self.ids.unwrap_or((0, total.saturating_sub(1)));
        if last >= total {
            return Err(format!(
                "KEYGATE_SHARD_IDS {first}-{last} goes past the {total} shard(s) in all (ids run from 0 to {})",
                total.saturating_sub(1)
            ));
        }
        Ok((first, last))
    }

    /// Whether this process runs only some of the shards (so other processes run the rest).
    pub fn partial(&self) -> bool {
        match (self.count, self.ids) {
            (_, None) => false,
            (ShardCount::Fixed(total), Some((first, last))) => first > 0 || last + 1 < total,
            (ShardCount::Auto, Some(_)) => true,
        }
    }
}

fn parse_shards(lookup: &dyn Fn(&str) -> Option<String>) -> Result<Shards, ConfigError> {
    let count = match non_empty(lookup, "KEYGATE_SHARDS") {
        None => ShardCount::Auto,
        Some(v) if v.eq_ignore_ascii_case("auto") => ShardCount::Auto,
        Some(v) => match v.parse::<u32>() {
            Ok(n) if (1..=10_000).contains(&n) => ShardCount::Fixed(n),
            _ => {
                return Err(ConfigError::Invalid {
                    name: "KEYGATE_SHARDS",
                    why: format!("expected auto or a number of shards from 1 to 10000, got {v:?}"),
                });
            }
        },
    };
    let ids = match non_empty(lookup, "KEYGATE_SHARD_IDS") {
        None => None,
        Some(v) => {
            let bad = || ConfigError::Invalid {
                name: "KEYGATE_SHARD_IDS",
                why: format!("expected a shard id (e.g. 0) or a range A-B (e.g. 0-3), got {v:?}"),
            };
            let (first, last) = match v.split_once('-') {
                Some((a, b)) => (a.trim().parse::<u32>(), b.trim().parse::<u32>()),
                None => (v.trim().parse::<u32>(), v.trim().parse::<u32>()),
            };
            let (first, last) = (first.map_err(|_| bad())?, last.map_err(|_| bad())?);
            if first > last {
                return Err(ConfigError::Invalid {
                    name: "KEYGATE_SHARD_IDS",
                    why: format!("the range {first}-{last} runs backwards"),
                });
            }
            Some((first, last))
        }
    };
    let shards = Shards { count, ids };
    // Each process would ask Discord for the count on its own, and the count grows with the
    // servers: two processes could be told 2 and 3, leaving some servers to none of them.
    if count == ShardCount::Auto && ids.is_some() {
        return Err(ConfigError::Invalid {
            name: "KEYGATE_SHARD_IDS",
            why: "needs a fixed KEYGATE_SHARDS (the same number in every process): with auto, processes could be told different counts".into(),
        });
    }
    if let ShardCount::Fixed(total) = count {
        shards.range(total).map_err(|why| ConfigError::Invalid {
            name: "KEYGATE_SHARD_IDS",
            why,
        })?;
    }
    Ok(shards)
}

fn non_empty(lookup: &dyn Fn(&str) -> Option<String>, name: &str) -> Option<String> {
    lookup(name)
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// The web server's settings. The public address must be https (members sign in through it),
/// except on this machine; the browser check needs the client secret, and the secret is useless
/// without the web server.
fn parse_web(
    lookup: &dyn Fn(&str) -> Option<String>,
) -> Result<Option<crate::web::WebSettings>, ConfigError> {
    let client_secret = non_empty(lookup, "DISCORD_CLIENT_SECRET").map(Secret);
    let public_url = non_empty(lookup, "KEYGATE_PUBLIC_URL");
    let authorize_url = non_empty(lookup, "DISCORD_AUTHORIZE_URL")
        .map(|v| http_url("DISCORD_AUTHORIZE_URL", v, &["https", "http"]))
        .transpose()?
        .unwrap_or_else(|| DEFAULT_AUTHORIZE_URL.to_owned());
    let Some(addr) = non_empty(lookup, "KEYGATE_HTTP_ADDR") else {
        for name in ["KEYGATE_PUBLIC_URL", "DISCORD_CLIENT_SECRET"] {
            if non_empty(lookup, name).is_some() {
                return Err(ConfigError::Invalid {
                    name,
                    why:
                        "it needs KEYGATE_HTTP_ADDR (e.g. 127.0.0.1:8080), the web server it is for"
                            .into(),
                });
            }
        }
        return Ok(None);
    };
    let addr: std::net::SocketAddr = addr.parse().map_err(|_| ConfigError::Invalid {
        name: "KEYGATE_HTTP_ADDR",
        why: format!(
            "expected an address and port such as 127.0.0.1:8080 or [::]:8080, got {addr:?}"
        ),
    })?;
    let public_url = public_url
        .map(|v| {
            let v = http_url("KEYGATE_PUBLIC_URL", v, &["https", "http"])?;
            let url = url::Url::parse(&v).expect("checked by http_url");
            if url.query().is_some() || url.fragment().is_some() {
                return Err(ConfigError::Invalid {
                    name: "KEYGATE_PUBLIC_URL",
                    why: "leave out the query string and fragment; Keygate adds its own paths"
                        .into(),
                });
            }
            Ok(v.trim_end_matches('/').to_owned())
        })
        .transpose()?;
    if public_url.is_some() && client_secret.is_none() {
        return Err(ConfigError::Missing {
            name: "DISCORD_CLIENT_SECRET",
            hint: "KEYGATE_PUBLIC_URL turns on the browser check of Discord 2FA, which signs in with the application's OAuth2 client secret (developer portal → OAuth2)",
        });
    }
    Ok(Some(crate::web::WebSettings {
        addr,
        public_url,
        client_secret,
        authorize_url,
    }))
}

fn http_url(name: &'static str, value: String, schemes: &[&str]) -> Result<String, ConfigError> {
    let scheme_ok = schemes
        .iter()
        .any(|s| value.starts_with(&format!("{s}://")) && value.len() > s.len() + 3);
    if !scheme_ok {
        return Err(ConfigError::Invalid {
            name,
            why: format!(
                "expected a URL starting with {}, got {value:?}",
                schemes
                    .iter()
                    .map(|s| format!("{s}://"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
        });
    }
    if value.contains(char::is_whitespace) {
        return Err(ConfigError::Invalid {
            name,
            why: "a URL cannot contain spaces".into(),
        });
    }
    // The bot token travels in every request and in the gateway's IDENTIFY: unencrypted only
    // to a proxy on this machine.
    let url = url::Url::parse(&value).map_err(|e| ConfigError::Invalid {
        name,
        why: format!("not a URL ({e})"),
    })?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(ConfigError::Invalid {
            name,
            why: "leave out user names and passwords in the URL".into(),
        });
    }
    let scheme = url.scheme();
    if matches!(scheme, "http" | "ws") && !is_loopback(&url) {
        return Err(ConfigError::Invalid {
            name,
            why: format!(
                "plain {scheme}:// is only for a proxy on this machine (127.0.0.1, ::1 or localhost), \
                 because the bot token would cross the network unencrypted; use {scheme}s://"
            ),
        });
    }
    Ok(value.trim_end_matches('/').to_owned())
}

/// Whether a URL's host is this machine.
fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

impl Config {
    /// Reads the process environment (after `.env`, if present).
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(&|name| std::env::var(name).ok())
    }

    /// Validates raw values from any source (tests pass a map).
    pub fn from_lookup(lookup: &dyn Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        // Accept the token as copied, with or without the "Bot " prefix of the Authorization header.
        let discord_token = match non_empty(lookup, "DISCORD_TOKEN")
            .map(|t| t.trim_start_matches("Bot ").to_owned())
        {
            None => None,
            Some(token) if token.contains(char::is_whitespace) => {
                return Err(ConfigError::Invalid {
                    name: "DISCORD_TOKEN",
                    why: "a bot token contains no spaces".into(),
                });
            }
            Some(token) => Some(DiscordToken(token)),
        };

        let database_url =
            non_empty(lookup, "DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        let backend = Backend::for_url(&database_url).map_err(|why| ConfigError::Invalid {
            name: "DATABASE_URL",
            why,
        })?;
        if backend == Backend::Sqlite
            && database_url
                .trim_start_matches("sqlite:")
                .trim_start_matches("//")
                .is_empty()
        {
            return Err(ConfigError::Invalid {
                name: "DATABASE_URL",
                why: "no file name after sqlite://".into(),
            });
        }

        let key_source = match non_empty(lookup, "KEYGATE_MASTER_KEY") {
            Some(text) => KeySource::Environment(MasterKey::from_base64(&text).map_err(|e| {
                ConfigError::Invalid {
                    name: "KEYGATE_MASTER_KEY",
                    why: e.to_string(),
                }
            })?),
            None => KeySource::File(PathBuf::from(
                non_empty(lookup, "KEYGATE_KEY_FILE")
                    .unwrap_or_else(|| DEFAULT_KEY_FILE.to_owned()),
            )),
        };
        let previous_keys = match non_empty(lookup, "KEYGATE_PREVIOUS_MASTER_KEYS") {
            None => Vec::new(),
            Some(list) => list
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .enumerate()
                .map(|(i, text)| {
                    MasterKey::from_base64(text).map_err(|e| ConfigError::Invalid {
                        name: "KEYGATE_PREVIOUS_MASTER_KEYS",
                        why: format!("key {} of the list: {e}", i + 1),
                    })
                })
                .collect::<Result<_, _>>()?,
        };

        let discord_api_url = non_empty(lookup, "DISCORD_API_URL")
            .map(|v| http_url("DISCORD_API_URL", v, &["http", "https"]))
            .transpose()?;
        let discord_gateway_url = non_empty(lookup, "DISCORD_GATEWAY_URL")
            .map(|v| http_url("DISCORD_GATEWAY_URL", v, &["ws", "wss"]))
            .transpose()?;
        if let Some(url) = &discord_gateway_url
            && url.contains('?')
        {
            return Err(ConfigError::Invalid {
                name: "DISCORD_GATEWAY_URL",
                why: "leave out the query string; the bot adds ?v=10 itself".into(),
            });
        }
        let dev_guild = non_empty(lookup, "KEYGATE_DEV_GUILD")
            .map(|v| {
                v.parse::<u64>()
                    .ok()
                    .filter(|id| *id > 0)
                    .map(GuildId::new)
                    .ok_or_else(|| ConfigError::Invalid {
                        name: "KEYGATE_DEV_GUILD",
                        why: format!(
                            "expected a server id (a number, e.g. 123456789012345678), got {v:?}"
                        ),
                    })
            })
            .transpose()?;

        let members_intent =
            match non_empty(lookup, "KEYGATE_MEMBERS_INTENT").map(|v| v.to_ascii_lowercase()) {
                None => None,
                Some(v) if matches!(v.as_str(), "1" | "true" | "yes" | "on") => Some(true),
                Some(v) if matches!(v.as_str(), "0" | "false" | "no" | "off") => Some(false),
                Some(v) => {
                    return Err(ConfigError::Invalid {
                        name: "KEYGATE_MEMBERS_INTENT",
                        why: format!("expected true or false, got {v:?}"),
                    });
                }
            };

        let shards = parse_shards(lookup)?;
        let claim_lease = match non_empty(lookup, "KEYGATE_CLAIM_LEASE") {
            None => crate::store::DEFAULT_CLAIM_LEASE,
            Some(v) => match humantime::parse_duration(&v) {
                Ok(d) if (5..=3600).contains(&d.as_secs()) => d,
                _ => {
                    return Err(ConfigError::Invalid {
                        name: "KEYGATE_CLAIM_LEASE",
                        why: format!("expected a duration from 5s to 1h (e.g. 2m), got {v:?}"),
                    });
                }
            },
        };

        // Past Discord's 50 a second (or off) only behind a proxy that paces the bot: straight to
        // Discord, the 429s would add up to its invalid-request ban.
        let proxied = discord_api_url.is_some();
        let role_rate = match non_empty(lookup, "KEYGATE_ROLE_RATE") {
            None => Some(crate::discord::ratelimit::DEFAULT_PER_SECOND),
            Some(v) if v.eq_ignore_ascii_case("off") && proxied => None,
            Some(v) if v.eq_ignore_ascii_case("off") => {
                return Err(ConfigError::Invalid {
                    name: "KEYGATE_ROLE_RATE",
                    why: "off needs DISCORD_API_URL (a ratelimit proxy that paces the bot)".into(),
                });
            }
            Some(v) => match v.parse::<u32>() {
                Ok(n) if (1..=50).contains(&n) || (proxied && (1..=10_000).contains(&n)) => Some(n),
                _ => {
                    return Err(ConfigError::Invalid {
                        name: "KEYGATE_ROLE_RATE",
                        why: format!(
                            "expected requests a second from 1 to 50 (up to 10000, or off, with DISCORD_API_URL), got {v:?}"
                        ),
                    });
                }
            },
        };

        let hash_threads = match non_empty(lookup, "KEYGATE_HASH_THREADS") {
            None => None,
            Some(v) => match v.parse::<usize>() {
                Ok(n) if (1..=MAX_HASH_THREADS).contains(&n) => Some(n),
                _ => {
                    return Err(ConfigError::Invalid {
                        name: "KEYGATE_HASH_THREADS",
                        why: format!(
                            "expected a number of threads from 1 to {MAX_HASH_THREADS} (each holds 19 MiB), got {v:?}"
                        ),
                    });
                }
            },
        };

        let web = parse_web(lookup)?;

        Ok(Self {
            web,
            hash_threads,
            role_rate,
            claim_lease,
            shards,
            members_intent,
            discord_token,
            database_url,
            backend,
            previous_keys,
            key_source,
            discord_api_url,
            discord_gateway_url,
            dev_guild,
        })
    }

    /// The token, or the error `keygate` (run) reports without one.
    pub fn require_token(&self) -> Result<&DiscordToken, ConfigError> {
        self.discord_token.as_ref().ok_or(ConfigError::Missing {
            name: "DISCORD_TOKEN",
            hint: "set it in the environment or in .env (the bot token from the Discord developer portal)",
        })
    }

    /// Loads the keyring: the environment key, or the key file.
    pub fn keyring(
        &self,
        missing: MissingKeyFile,
        entropy: &dyn Entropy,
    ) -> Result<Keyring, ConfigError> {
        let current = match &self.key_source {
            KeySource::Environment(key) => key.clone(),
            KeySource::File(path) => load_key_file(path, missing, entropy)?,
        };
        Ok(Keyring::new(current, self.previous_keys.clone()))
    }
}

const KEY_FILE: &str = "KEYGATE_KEY_FILE";

fn key_file_error(path: &Path, why: impl std::fmt::Display) -> ConfigError {
    ConfigError::Invalid {
        name: KEY_FILE,
        why: format!("{}: {why}", path.display()),
    }
}

/// Reads the key file, or creates it with a fresh key (mode 0600, never overwriting).
pub fn load_key_file(
    path: &Path,
    missing: MissingKeyFile,
    entropy: &dyn Entropy,
) -> Result<MasterKey, ConfigError> {
    use std::io::Write as _;
    match std::fs::read_to_string(path) {
        Ok(text) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt as _;
                let mode = std::fs::metadata(path)
                    .map_err(|e| key_file_error(path, e))?
                    .permissions()
                    .mode();
                if mode & 0o077 != 0 {
                    return Err(key_file_error(
                        path,
                        format!(
                            "other users can read it (mode {:o}); run `chmod 600 {}`",
                            mode & 0o777,
                            path.display()
                        ),
                    ));
                }
            }
            MasterKey::from_base64(&text).map_err(|e| key_file_error(path, e))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && missing == MissingKeyFile::Create => {
            let key = MasterKey::generate(entropy);
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options
                .open(path)
                .map_err(|e| key_file_error(path, format!("cannot create it: {e}")))?;
            file.write_all(key.to_base64().as_bytes())
                .and_then(|()| file.write_all(b"\n"))
                .and_then(|()| file.sync_all())
                .map_err(|e| key_file_error(path, format!("cannot write it: {e}")))?;
            Ok(key)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(key_file_error(
            path,
            "it does not exist yet (the bot creates it on first run; or set KEYGATE_MASTER_KEY)",
        )),
        Err(e) => Err(key_file_error(path, e)),
    }
}

#[cfg(test)]
mod tests;
