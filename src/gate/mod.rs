//! The domain of Keygate: the gate's rules, with time and randomness as inputs.
//!
//! Architecture invariant: nothing under `gate/` imports serenity, poise or sqlx. Storage reaches the
//! service through the ports in [`repository`], and Discord reaches it through plain ids and strings.

pub mod approvals;
pub mod audit;
pub mod backup_codes;
pub mod bypass;
pub mod clock;
pub mod discord_2fa;
pub mod entropy;
pub mod gates;
pub mod hashing;
pub mod ids;
pub mod lifecycle;
pub mod moderation;
pub mod outbox;
pub mod outcome;
mod prompt_configs;
pub mod repository;
pub mod sealing;
pub mod service;
mod single_flight;
mod standing;
pub mod throttle;
pub mod totp;
pub mod unverified;

pub use audit::{AuditEntry, AuditKind};
pub use clock::{Clock, ManualClock, OffsetClock, SystemClock, Timestamp};
pub use entropy::{Entropy, OsEntropy};
pub use ids::{ChannelId, GuildId, Member, Names, RoleId, UserId};
pub use outcome::GateError;
pub use repository::{RepoError, Repository};
pub use service::Gate;
