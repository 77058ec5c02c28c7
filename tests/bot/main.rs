//! End to end: the real poise framework, driven through the loopback Discord. Every member and
//! moderator flow of the gate, and each failure the bot must answer well, one module per feature.

#[path = "../support/mod.rs"]
mod support;

mod browser;
mod discord_2fa;
mod enrollment;
mod gates;
mod guide;
mod lost_phone;
mod moderation;
mod real_discord;
mod resilience;
mod role_grants;
mod shards;
mod unverified;
mod verification;
mod web;
