//! Keygate: a two-factor verification gate for Discord servers.
//!
//! A guided tour, from the heart outwards:

/// Typed configuration from the environment, failing fast with the setting's name and the reason.
pub mod config;
/// The poise adapter: slash commands, panel buttons, modals, the role-grant worker, error replies.
pub mod discord;
/// The gate's rules: TOTP, backup codes, sealing, throttling and the service that ties them together.
/// Knows nothing of Discord or SQL.
pub mod gate;
/// What the bot says to people: replies and (later) the walkthrough of Discord's own 2FA.
pub mod guide;
/// Persistence on SQLite or PostgreSQL; the only module that names sqlx.
pub mod store;
