use crate::http::percent_decode;

use std::collections::HashMap;

use serde_json::Value;

use crate::{EPHEMERAL, EVERYONE_DEFAULT};

#[derive(Clone, Debug)]
pub struct FakeGuild {
    pub id: u64,
    pub name: String,
    pub owner_id: u64,
    pub roles: Vec<FakeRole>,
    pub preferred_locale: String,
    /// 1 (ELEVATED): moderation actions, role changes among them, need the bot's owner to have 2FA.
    pub mfa_level: u64,
}

impl FakeGuild {
    /// A guild with no roles but `@everyone` (added by the fake) and the locale `en-US`.
    pub fn new(id: u64, name: &str, owner_id: u64) -> Self {
        Self {
            id,
            name: name.into(),
            owner_id,
            roles: Vec::new(),
            preferred_locale: "en-US".into(),
            mfa_level: 0,
        }
    }

    /// The server requires 2FA for moderation actions (`mfa_level` 1, ELEVATED).
    pub fn requiring_2fa_for_moderation(mut self) -> Self {
        self.mfa_level = 1;
        self
    }

    pub fn with_role(mut self, role: FakeRole) -> Self {
        self.roles.push(role);
        self
    }
}

#[derive(Clone, Debug)]
pub struct FakeRole {
    pub id: u64,
    pub name: String,
    pub position: i64,
    pub permissions: u64,
    pub managed: bool,
}

impl FakeRole {
    pub fn new(id: u64, name: &str, position: i64) -> Self {
        Self {
            id,
            name: name.into(),
            position,
            permissions: 0,
            managed: false,
        }
    }

    pub fn with_permissions(mut self, permissions: u64) -> Self {
        self.permissions = permissions;
        self
    }

    /// A role managed by an integration, like the role Discord creates for a bot.
    pub fn managed(mut self) -> Self {
        self.managed = true;
        self
    }
}

#[derive(Clone, Debug)]
pub struct FakeUser {
    pub id: u64,
    pub name: String,
    pub roles: Vec<u64>,
    /// The member's computed guild permissions, sent as `member.permissions` in interactions.
    pub permissions: u64,
    pub locale: String,
    pub dms_open: bool,
    pub bot: bool,
}

impl FakeUser {
    /// A member without roles, with `@everyone`'s default permissions, locale `en-US`, DMs open.
    pub fn new(id: u64, name: &str) -> Self {
        Self {
            id,
            name: name.into(),
            roles: Vec::new(),
            permissions: EVERYONE_DEFAULT,
            locale: "en-US".into(),
            dms_open: true,
            bot: false,
        }
    }

    pub fn with_roles(mut self, roles: &[u64]) -> Self {
        self.roles = roles.to_vec();
        self
    }

    pub fn with_permissions(mut self, permissions: u64) -> Self {
        self.permissions = permissions;
        self
    }

    pub fn with_locale(mut self, locale: &str) -> Self {
        self.locale = locale.into();
        self
    }

    pub fn dms_closed(mut self) -> Self {
        self.dms_open = false;
        self
    }
}

/// A guild channel (type 0 text, 2 voice, 4 category, 5 announcement, ...).
#[derive(Clone, Debug)]
pub struct FakeChannel {
    pub id: u64,
    pub name: String,
    pub kind: u64,
    /// Permission overwrites for roles: (role id, allowed bits, denied bits).
    pub role_overwrites: Vec<(u64, u64, u64)>,
}

impl FakeChannel {
    /// A text channel without overwrites.
    pub fn text(id: u64, name: &str) -> Self {
        Self {
            id,
            name: name.into(),
            kind: 0,
            role_overwrites: Vec::new(),
        }
    }

    /// Allows (and denies) permissions to `role` in this channel.
    pub fn with_role_overwrite(mut self, role: u64, allow: u64, deny: u64) -> Self {
        self.role_overwrites.push((role, allow, deny));
        self
    }
}

/// How the fake answers a RESUME (op 6) after [`FakeDiscord::drop_gateway`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResumePolicy {
    /// Dispatch RESUMED and continue the session on the new connection (the default). Serenity
    /// then has made two connections in all.
    Resume,
    /// Answer op 9 INVALID_SESSION with `d: false`. Serenity restarts the shard on a third
    /// connection (after up to five seconds) and IDENTIFYs again: READY and GUILD_CREATE follow.
    InvalidSession,
}

/// Interaction callback types: the `type` of `POST /interactions/{id}/{token}/callback`.
pub mod callback {
    /// A message as the first response.
    pub const CHANNEL_MESSAGE: u64 = 4;
    /// "Thinking…": the answer follows as an edit of the original response.
    pub const DEFERRED_CHANNEL_MESSAGE: u64 = 5;
    /// A component's acknowledgement without a visible change.
    pub const DEFERRED_UPDATE_MESSAGE: u64 = 6;
    /// A component's message replaced in place.
    pub const UPDATE_MESSAGE: u64 = 7;
    /// A modal opened as the first response.
    pub const MODAL: u64 = 9;
}

/// An interaction the fake sent to the bot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interaction {
    pub id: u64,
    pub token: String,
}

/// What the bot answered to an interaction.
#[derive(Clone, Debug)]
pub struct Response {
    /// `"callback"` (POST /interactions/{id}/{token}/callback), `"followup"` (POST
    /// /webhooks/{app}/{token}), `"edit"` (PATCH /webhooks/{app}/{token}/messages/{@original|id})
    /// or `"delete"` (DELETE of the same).
    pub kind: &'static str,
    /// The callback's `type` (4 message, 5 deferred, 6 deferred update, 7 update, 9 modal).
    pub callback_type: Option<u64>,
    /// The callback's `data`, or the follow-up / edit body (`payload_json` for multipart).
    pub data: Value,
    pub files: Vec<(String, Vec<u8>)>,
    /// The message as the fake stores it after this response (callback types 4, 5, 6, 7,
    /// follow-ups and edits): a full Discord message object, which [`FakeDiscord::click`] accepts.
    pub message: Option<Value>,
}

impl Response {
    /// The text of the response: `data.content`, else the stored message's content.
    pub fn content(&self) -> String {
        self.data["content"]
            .as_str()
            .or_else(|| self.message.as_ref().and_then(|m| m["content"].as_str()))
            .unwrap_or_default()
            .to_owned()
    }

    /// Whether the response carries the ephemeral flag (64).
    pub fn is_ephemeral(&self) -> bool {
        let flags = self.data["flags"]
            .as_u64()
            .or_else(|| self.message.as_ref().and_then(|m| m["flags"].as_u64()))
            .unwrap_or(0);
        flags & EPHEMERAL != 0
    }
}

/// One REST call the bot made.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    /// The path without the `/api/v10` prefix and without the query.
    pub path: String,
    pub query: Vec<(String, String)>,
    /// Header names are lowercase.
    pub headers: HashMap<String, String>,
    /// The JSON body, the `payload_json` part of a multipart body, or `Null`.
    pub body: Value,
    /// Multipart file parts: file name and bytes.
    pub files: Vec<(String, Vec<u8>)>,
    /// Multipart text parts other than `payload_json`.
    pub fields: Vec<(String, String)>,
    pub raw_body: Vec<u8>,
    pub status: u16,
    /// The JSON the fake answered with (`Null` for 204).
    pub response: Value,
    /// When the fake answered it.
    pub at: tokio::time::Instant,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(&name.to_ascii_lowercase())
            .map(String::as_str)
    }

    /// The `X-Audit-Log-Reason` header, percent-decoded.
    pub fn audit_reason(&self) -> Option<String> {
        self.header("x-audit-log-reason").map(percent_decode)
    }
}
