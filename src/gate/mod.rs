//! The domain of Keygate: the gate's rules, with time and randomness as inputs.
//!
//! Architecture invariant: nothing under `gate/` imports serenity, poise or sqlx. Storage reaches the
//! service through the [`Repository`] trait, and Discord reaches it through plain ids and strings.

pub mod audit;
pub mod backup_codes;
pub mod hashing;
pub mod sealing;
pub mod service;
pub mod throttle;
pub mod totp;

use std::fmt;

pub use audit::{AuditEntry, AuditKind};
pub use service::{Gate, GateError, RepoError, Repository};

/// A Discord server (guild) id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GuildId(u64);

/// A Discord user id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UserId(u64);

/// A Discord role id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RoleId(u64);

/// A Discord channel id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ChannelId(u64);

macro_rules! snowflake {
    ($name:ident) => {
        impl $name {
            /// Wraps a Discord snowflake.
            pub const fn new(id: u64) -> Self {
                Self(id)
            }

            /// The raw snowflake.
            pub const fn get(self) -> u64 {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}
snowflake!(GuildId);
snowflake!(UserId);
snowflake!(RoleId);
snowflake!(ChannelId);

/// Seconds since the Unix epoch. Every window and lockout in the gate is computed from these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

impl Timestamp {
    pub const fn from_unix(seconds: i64) -> Self {
        Self(seconds)
    }

    pub const fn unix(self) -> i64 {
        self.0
    }

    pub const fn plus_secs(self, seconds: i64) -> Self {
        Self(self.0.saturating_add(seconds))
    }
}

/// Where the gate reads the time. Production uses [`SystemClock`]; tests move a manual clock.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> Timestamp;
}

/// The operating system's wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        let since_epoch = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        Timestamp(i64::try_from(since_epoch.as_secs()).unwrap_or(i64::MAX))
    }
}

/// A clock that only moves when told to; for tests and benchmarks.
#[derive(Debug)]
pub struct ManualClock(std::sync::atomic::AtomicI64);

impl ManualClock {
    pub fn new(start: Timestamp) -> Self {
        Self(std::sync::atomic::AtomicI64::new(start.unix()))
    }

    pub fn set(&self, to: Timestamp) {
        self.0.store(to.unix(), std::sync::atomic::Ordering::SeqCst);
    }

    pub fn advance(&self, seconds: i64) {
        self.0
            .fetch_add(seconds, std::sync::atomic::Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        Timestamp(self.0.load(std::sync::atomic::Ordering::SeqCst))
    }
}

/// Real time shifted by an offset that tests can advance: time flows (so retries come due) and
/// tests can still jump to the next TOTP step.
#[derive(Debug, Default)]
pub struct OffsetClock(std::sync::atomic::AtomicI64);

impl OffsetClock {
    pub fn advance(&self, seconds: i64) {
        self.0
            .fetch_add(seconds, std::sync::atomic::Ordering::SeqCst);
    }
}

impl Clock for OffsetClock {
    fn now(&self) -> Timestamp {
        SystemClock
            .now()
            .plus_secs(self.0.load(std::sync::atomic::Ordering::SeqCst))
    }
}

/// Where the gate draws secret randomness: TOTP secrets, backup codes, salts and nonces.
pub trait Entropy: Send + Sync + 'static {
    fn fill(&self, buf: &mut [u8]);
}

/// The operating system's CSPRNG (getrandom), read directly for every secret.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsEntropy;

impl Entropy for OsEntropy {
    fn fill(&self, buf: &mut [u8]) {
        use rand::TryRng;
        // An OS CSPRNG that fails is not something the gate can work around; issuing a weak secret
        // instead would be worse than stopping.
        rand::rngs::SysRng
            .try_fill_bytes(buf)
            .expect("the operating system's random number generator failed");
    }
}

/// Member and server names as Discord shows them, used for labels in the authenticator app.
#[derive(Debug, Clone)]
pub struct Names {
    pub guild_name: String,
    pub member_name: String,
}
