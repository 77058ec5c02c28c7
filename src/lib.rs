//! Keygate: a two-factor verification gate for Discord servers.
//!
//! A guided tour, from the heart outwards (each module is its own group, so rustfmt keeps this
//! order):

/// The gate's rules: TOTP, backup codes, sealing, throttling, and the service that ties them
/// together. Knows nothing of Discord or SQL; storage reaches it through its ports.
pub mod gate;

/// Persistence on SQLite or PostgreSQL, implementing the gate's ports; the only module that names
/// sqlx.
pub mod store;

/// What the bot says to people, in their language: the message catalogue, replies, and the
/// walkthrough of Discord's own 2FA.
pub mod guide;

/// The poise adapter: slash commands, panel buttons, modals, the role-grant worker, error replies.
pub mod discord;

/// The web server (`KEYGATE_HTTP_ADDR`): the browser check of Discord's own 2FA, Linked Roles,
/// `/metrics` and `/healthz`.
pub mod web;

/// `/gate stats`' chart of the last 30 days (a PNG; numbers only, in every language the same).
pub mod chart;

/// What `/metrics` counts, by name; no member or server ids.
pub mod metrics;

/// Typed configuration from the environment, failing fast with the setting's name and the reason.
pub mod config;

/// The operator's commands beyond running the bot: the start-up key check, `check`, `rekey`.
pub mod operator;
