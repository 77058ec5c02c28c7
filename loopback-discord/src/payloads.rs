use serde_json::{Map, Value, json};

use crate::fixtures::{FakeChannel, FakeRole, FakeUser};
use crate::messages::merge_into;
use crate::state::State;
use crate::{APP_OWNER_ID, APPLICATION_ID, BOT_NAME, BOT_USER_ID, JOINED_AT};

/// A JSON snowflake.
pub(crate) fn id(value: u64) -> Value {
    Value::String(value.to_string())
}

pub(crate) fn parse_id(value: &Value) -> Option<u64> {
    match value {
        Value::String(s) => s.parse().ok(),
        Value::Number(n) => n.as_u64(),
        _ => None,
    }
}

pub(crate) fn now() -> String {
    serenity::model::Timestamp::now().to_string()
}

pub(crate) fn user_json(user: &FakeUser) -> Value {
    json!({
        "id": id(user.id),
        "username": user.name,
        "discriminator": "0",
        "global_name": user.name,
        "avatar": null,
        "banner": null,
        "accent_color": null,
        "bot": user.bot,
        "system": false,
        "public_flags": 0,
        "flags": 0,
        "avatar_decoration_data": null,
        "collectibles": null,
        "primary_guild": null,
    })
}

pub(crate) fn bot_user_json() -> Value {
    bot_user_json_with(true)
}

/// The bot's user; `mfa_enabled` says whether the application's owner has 2FA (what Discord's
/// elevated servers require of a bot).
pub(crate) fn bot_user_json_with(mfa_enabled: bool) -> Value {
    json!({
        "id": id(BOT_USER_ID),
        "username": BOT_NAME,
        "discriminator": "0",
        "global_name": null,
        "avatar": null,
        "banner": null,
        "accent_color": null,
        "bot": true,
        "system": false,
        "mfa_enabled": mfa_enabled,
        "verified": true,
        "email": null,
        "locale": "en-US",
        "premium_type": 0,
        "public_flags": 0,
        "flags": 0,
        "avatar_decoration_data": null,
    })
}

pub(crate) fn application_json() -> Value {
    application_json_with(0)
}

/// The application, with its `flags` (the portal's privileged-intent switches among them).
pub(crate) fn application_json_with(flags: u64) -> Value {
    let owner = FakeUser::new(APP_OWNER_ID, "keygate-owner");
    json!({
        "id": id(APPLICATION_ID),
        "name": BOT_NAME,
        "icon": null,
        "description": "A two-factor verification gate for Discord servers",
        "summary": "",
        "type": null,
        "bot": bot_user_json(),
        "rpc_origins": [],
        "bot_public": false,
        "bot_require_code_grant": false,
        "terms_of_service_url": null,
        "privacy_policy_url": null,
        "owner": user_json(&owner),
        "verify_key": "0000000000000000000000000000000000000000000000000000000000000000",
        "team": null,
        "guild_id": null,
        "flags": flags,
        "tags": [],
        "install_params": {"scopes": ["bot", "applications.commands"], "permissions": "268435456"},
        "integration_types_config": {"0": {"oauth2_install_params": {"scopes": ["bot", "applications.commands"], "permissions": "268435456"}}},
        "custom_install_url": null,
        "role_connections_verification_url": null,
        "approximate_guild_count": 1,
        "redirect_uris": [],
        "interactions_endpoint_url": null,
        "hook": true,
        "is_monetized": false,
    })
}

/// A Discord error body; `errors` maps a dotted path to one error.
pub(crate) fn discord_error(code: u64, message: &str) -> Value {
    json!({"message": message, "code": code})
}

pub(crate) fn form_error(path: &str, code: &str, message: &str) -> Value {
    let mut errors = json!({"_errors": [{"code": code, "message": message}]});
    for segment in path.rsplit('.') {
        let mut level = Map::new();
        level.insert(segment.to_owned(), errors);
        errors = Value::Object(level);
    }
    json!({"message": "Invalid Form Body", "code": 50035, "errors": errors})
}

impl State {
    pub(crate) fn role_json(&self, guild: u64, role: &FakeRole) -> Value {
        let bot_role = self
            .bot_roles
            .get(&guild)
            .is_some_and(|roles| roles.contains(&role.id));
        let tags = if role.managed && bot_role {
            json!({"bot_id": id(BOT_USER_ID)})
        } else {
            json!({})
        };
        json!({
            "id": id(role.id),
            "name": role.name,
            "description": null,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": null, "tertiary_color": null},
            "hoist": false,
            "icon": null,
            "unicode_emoji": null,
            "position": role.position,
            "permissions": role.permissions.to_string(),
            "managed": role.managed,
            "mentionable": false,
            "flags": 0,
            "tags": tags,
        })
    }

    pub(crate) fn roles_json(&self, guild: u64) -> Vec<Value> {
        let Some(g) = self.guilds.get(&guild) else {
            return Vec::new();
        };
        g.guild
            .roles
            .iter()
            .map(|r| self.role_json(guild, r))
            .collect()
    }

    /// A guild member; `interaction` adds the `permissions` field that only interactions carry.
    pub(crate) fn member_json(&self, user: &FakeUser, interaction: bool) -> Value {
        let mut member = json!({
            "user": user_json(user),
            "nick": null,
            "avatar": null,
            "banner": null,
            "roles": user.roles.iter().map(|r| id(*r)).collect::<Vec<_>>(),
            "joined_at": JOINED_AT,
            "premium_since": null,
            "deaf": false,
            "mute": false,
            "flags": 0,
            "pending": false,
            "communication_disabled_until": null,
            "unusual_dm_activity_until": null,
            "avatar_decoration_data": null,
        });
        if interaction {
            member["permissions"] = Value::String(user.permissions.to_string());
        }
        member
    }

    pub(crate) fn bot_member_json(&self, guild: u64) -> Value {
        let mut bot = FakeUser::new(BOT_USER_ID, BOT_NAME);
        bot.bot = true;
        bot.roles = self.bot_roles.get(&guild).cloned().unwrap_or_default();
        let mut member = self.member_json(&bot, false);
        member["user"] = bot_user_json();
        member
    }

    pub(crate) fn channel_json(guild: u64, channel: &FakeChannel, position: usize) -> Value {
        json!({
            "id": id(channel.id),
            "type": channel.kind,
            "guild_id": id(guild),
            "name": channel.name,
            "position": position,
            "permission_overwrites": channel.role_overwrites.iter().map(|(role, allow, deny)| json!({
                "id": id(*role),
                "type": 0,
                "allow": allow.to_string(),
                "deny": deny.to_string(),
            })).collect::<Vec<_>>(),
            "parent_id": null,
            "nsfw": false,
            "topic": null,
            "last_message_id": null,
            "rate_limit_per_user": 0,
            "flags": 0,
        })
    }

    pub(crate) fn dm_channel_json(&self, channel: u64, user: &FakeUser) -> Value {
        json!({
            "id": id(channel),
            "type": 1,
            "last_message_id": self.messages.get(&channel).and_then(|m| m.last()).map(|m| m["id"].clone()),
            "flags": 0,
            "recipients": [user_json(user)],
        })
    }

    pub(crate) fn guild_json(&self, guild: u64, create: bool) -> Option<Value> {
        let g = self.guilds.get(&guild)?;
        let mut out = json!({
            "id": id(guild),
            "name": g.guild.name,
            "icon": null,
            "icon_hash": null,
            "splash": null,
            "discovery_splash": null,
            "owner_id": id(g.guild.owner_id),
            "afk_channel_id": null,
            "afk_timeout": 300,
            "widget_enabled": false,
            "widget_channel_id": null,
            "verification_level": 1,
            "default_message_notifications": 1,
            "explicit_content_filter": 2,
            "roles": self.roles_json(guild),
            "emojis": [],
            "features": [],
            "mfa_level": g.guild.mfa_level,
            "application_id": null,
            "system_channel_id": id(guild),
            "system_channel_flags": 0,
            "rules_channel_id": null,
            "max_presences": null,
        });
        let rest = json!({
            "max_members": 500_000,
            "vanity_url_code": null,
            "description": null,
            "banner": null,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": g.guild.preferred_locale,
            "public_updates_channel_id": null,
            "max_video_channel_users": 25,
            "max_stage_video_channel_users": 50,
            "approximate_member_count": null,
            "approximate_presence_count": null,
            "welcome_screen": null,
            "nsfw_level": 0,
            "nsfw": false,
            "stickers": [],
            "premium_progress_bar_enabled": false,
            "safety_alerts_channel_id": null,
            "incidents_data": null,
            "hub_type": null,
            "latest_onboarding_question_id": null,
        });
        merge_into(&mut out, rest);
        if create {
            let mut members = vec![self.bot_member_json(guild)];
            members.extend(g.members.values().map(|u| self.member_json(u, false)));
            let extra = json!({
                "joined_at": JOINED_AT,
                "large": false,
                "unavailable": false,
                "member_count": members.len(),
                "voice_states": [],
                "members": members,
                "channels": g.channels.iter().enumerate().map(|(i, c)| Self::channel_json(guild, c, i)).collect::<Vec<_>>(),
                "threads": [],
                "presences": [],
                "stage_instances": [],
                "guild_scheduled_events": [],
                "soundboard_sounds": [],
                "embedded_activities": [],
                "application_command_counts": {},
                "lazy": true,
            });
            merge_into(&mut out, extra);
        }
        Some(out)
    }

    /// READY for shard `shard` of `total`: its servers only, a new session id.
    pub(crate) fn ready_json(&mut self, shard: u32, total: u32) -> Value {
        self.sessions += 1;
        let session_id = format!("fake-session-{}", self.sessions);
        let total_u64 = u64::from(total.max(1));
        let guilds: Vec<Value> = self
            .guilds
            .keys()
            .filter(|g| (*g >> 22) % total_u64 == u64::from(shard))
            .map(|g| json!({"id": id(*g), "unavailable": true}))
            .collect();
        json!({
            "v": 10,
            "user": bot_user_json_with(self.owner_2fa),
            "user_settings": {},
            "private_channels": [],
            "relationships": [],
            "guilds": guilds,
            "guild_join_requests": [],
            "presences": [],
            "session_id": session_id,
            "session_type": "normal",
            "resume_gateway_url": self.gateway_url,
            "shard": [shard, total],
            "application": {"id": id(APPLICATION_ID), "flags": self.application_flags},
            "geo_ordered_rtc_regions": [],
            "auth_session_id_hash": "",
            "_trace": ["fake-discord"],
        })
    }
}
