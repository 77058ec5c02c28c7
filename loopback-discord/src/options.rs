use serde_json::{Map, Value, json};

use crate::fixtures::Interaction;
use crate::interactions::{ChannelPlace, Place};
use crate::payloads::{id, parse_id, user_json};
use crate::state::State;
use crate::{ADMINISTRATOR, BOT_NAME, BOT_USER_ID, FakeChannel, FakeUser};

impl State {
    pub(crate) fn find_command(&self, guild: u64, name: &str) -> Option<(Value, bool)> {
        let is_slash = |c: &&Value| c["name"] == name && c["type"].as_u64().unwrap_or(1) == 1;
        if let Some(c) = self
            .guild_commands
            .get(&guild)
            .and_then(|cs| cs.iter().find(is_slash))
        {
            return Some((c.clone(), true));
        }
        self.global_commands
            .iter()
            .find(is_slash)
            .map(|c| (c.clone(), false))
    }

    pub(crate) fn send_slash(
        &mut self,
        guild: u64,
        channel: u64,
        user: u64,
        command: &str,
        options: &Value,
    ) -> Result<Interaction, String> {
        let g = self
            .guilds
            .get(&guild)
            .ok_or_else(|| format!("unknown guild {guild}"))?;
        let member = g.members.get(&user).cloned().ok_or_else(|| {
            format!("user {user} is not a member of guild {guild}; call add_user first")
        })?;
        let channel = g
            .channels
            .iter()
            .find(|c| c.id == channel)
            .cloned()
            .ok_or_else(|| format!("unknown channel {channel} in guild {guild}"))?;
        let is_owner = g.guild.owner_id == user;
        let parts: Vec<&str> = command.trim_start_matches('/').split_whitespace().collect();
        let Some((root, rest)) = parts.split_first() else {
            return Err("empty command name".into());
        };
        let Some((definition, is_guild_command)) = self.find_command(guild, root) else {
            let known: Vec<String> = self
                .global_commands
                .iter()
                .chain(self.guild_commands.get(&guild).into_iter().flatten())
                .map(|c| c["name"].as_str().unwrap_or_default().to_owned())
                .collect();
            return Err(format!(
                "no registered command /{root} (registered: {known:?}); has the bot PUT its commands? (wait_ready)"
            ));
        };
        if !self.allow_hidden_commands {
            if let Some(contexts) = definition["contexts"].as_array()
                && !contexts.iter().any(|c| c.as_u64() == Some(0))
            {
                return Err(format!(
                    "/{root} is not available in guilds (contexts {contexts:?})"
                ));
            }
            if let Some(required) = definition["default_member_permissions"]
                .as_str()
                .and_then(|p| p.parse::<u64>().ok())
                && !is_owner
                && member.permissions & ADMINISTRATOR == 0
                && member.permissions & required != required
            {
                return Err(format!(
                    "Discord hides /{root} from user {user}: default_member_permissions {required} but the member has {} \
                     (call allow_hidden_commands(true) to invoke it anyway)",
                    member.permissions
                ));
            }
        }
        let mut definitions = definition["options"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let mut path: Vec<(String, u64)> = Vec::new();
        for part in rest {
            let sub = definitions
                .iter()
                .find(|o| o["name"] == *part && matches!(o["type"].as_u64(), Some(1 | 2)))
                .cloned()
                .ok_or_else(|| {
                    format!("/{root} has no subcommand or group {part:?} on path {command:?}")
                })?;
            path.push(((*part).to_owned(), sub["type"].as_u64().unwrap_or(1)));
            definitions = sub["options"].as_array().cloned().unwrap_or_default();
        }
        if definitions
            .iter()
            .any(|o| matches!(o["type"].as_u64(), Some(1 | 2)))
        {
            let names: Vec<&str> = definitions
                .iter()
                .filter_map(|o| o["name"].as_str())
                .collect();
            return Err(format!("{command:?} needs a subcommand, one of {names:?}"));
        }
        let given = match options {
            Value::Null => Map::new(),
            Value::Object(map) => map.clone(),
            other => return Err(format!("options must be a JSON object, got {other}")),
        };
        let mut resolved = Resolved::default();
        let mut values = self.option_values(guild, &definitions, &given, &mut resolved)?;
        for (name, kind) in path.iter().rev() {
            values = vec![json!({"name": name, "type": kind, "options": values})];
        }
        let mut data = json!({
            "id": definition["id"].clone(),
            "name": root,
            "type": 1,
            "options": values,
        });
        if is_guild_command {
            data["guild_id"] = id(guild);
        }
        if let Some(resolved) = resolved.into_json() {
            data["resolved"] = resolved;
        }
        let (interaction, token) = self.new_interaction(2, Some(guild), channel.id, user, None);
        let mut payload = self.interaction_envelope(
            interaction,
            &token,
            2,
            Place::Guild { guild, channel },
            &member,
        );
        payload.insert("data".into(), data);
        self.dispatch_live("INTERACTION_CREATE", Value::Object(payload));
        Ok(Interaction {
            id: interaction,
            token,
        })
    }

    pub(crate) fn option_values(
        &mut self,
        guild: u64,
        definitions: &[Value],
        given: &Map<String, Value>,
        resolved: &mut Resolved,
    ) -> Result<Vec<Value>, String> {
        let names: Vec<&str> = definitions
            .iter()
            .filter_map(|o| o["name"].as_str())
            .collect();
        for key in given.keys() {
            if !names.contains(&key.as_str()) {
                return Err(format!(
                    "no option {key:?}; the command's options are {names:?}"
                ));
            }
        }
        let mut out = Vec::new();
        for definition in definitions {
            let name = definition["name"].as_str().unwrap_or_default();
            let kind = definition["type"].as_u64().unwrap_or(3);
            let Some(raw) = given.get(name) else {
                if definition["required"].as_bool().unwrap_or(false) {
                    return Err(format!("required option {name:?} is missing"));
                }
                continue;
            };
            let value = self.option_value(guild, name, kind, raw, resolved)?;
            if let Some(choices) = definition["choices"].as_array()
                && !choices.is_empty()
                && !choices.iter().any(|c| c["value"] == value)
            {
                return Err(format!(
                    "option {name:?} must be one of the choices {choices:?}, got {value}"
                ));
            }
            out.push(json!({"name": name, "type": kind, "value": value}));
        }
        Ok(out)
    }

    pub(crate) fn option_value(
        &mut self,
        guild: u64,
        name: &str,
        kind: u64,
        raw: &Value,
        resolved: &mut Resolved,
    ) -> Result<Value, String> {
        let wrong = || format!("option {name:?} (type {kind}) cannot take {raw}");
        match kind {
            3 => match raw {
                Value::String(_) => Ok(raw.clone()),
                Value::Number(n) => Ok(json!(n.to_string())),
                _ => Err(wrong()),
            },
            4 => raw.as_i64().map(|v| json!(v)).ok_or_else(wrong),
            5 => raw.as_bool().map(|v| json!(v)).ok_or_else(wrong),
            10 => raw.as_f64().map(|v| json!(v)).ok_or_else(wrong),
            6 => {
                let user = parse_id(raw).ok_or_else(wrong)?;
                self.resolve_user(guild, user, resolved)?;
                Ok(id(user))
            }
            7 => {
                let channel = parse_id(raw).ok_or_else(wrong)?;
                self.resolve_channel(guild, channel, resolved);
                Ok(id(channel))
            }
            8 => {
                let role = parse_id(raw).ok_or_else(wrong)?;
                self.resolve_role(guild, role, resolved)?;
                Ok(id(role))
            }
            9 => {
                let target = parse_id(raw).ok_or_else(wrong)?;
                if self.resolve_role(guild, target, resolved).is_err() {
                    self.resolve_user(guild, target, resolved)?;
                }
                Ok(id(target))
            }
            other => Err(format!(
                "option {name:?} has type {other}, which the fake does not support"
            )),
        }
    }

    pub(crate) fn resolve_user(
        &self,
        guild: u64,
        user: u64,
        resolved: &mut Resolved,
    ) -> Result<(), String> {
        let g = &self.guilds[&guild];
        let found = g
            .members
            .get(&user)
            .or_else(|| self.users.get(&user))
            .cloned();
        let found = match (found, user == BOT_USER_ID) {
            (Some(u), _) => u,
            (None, true) => {
                let mut bot = FakeUser::new(BOT_USER_ID, BOT_NAME);
                bot.bot = true;
                bot.roles = self.bot_roles.get(&guild).cloned().unwrap_or_default();
                bot
            }
            (None, false) => {
                return Err(format!(
                    "user {user} is unknown; add_user it to some guild first"
                ));
            }
        };
        resolved.users.insert(user.to_string(), user_json(&found));
        if g.members.contains_key(&user) || user == BOT_USER_ID {
            let mut member = self.member_json(&found, true);
            if let Some(m) = member.as_object_mut() {
                m.remove("user");
            }
            resolved.members.insert(user.to_string(), member);
        }
        Ok(())
    }

    pub(crate) fn resolve_role(
        &self,
        guild: u64,
        role: u64,
        resolved: &mut Resolved,
    ) -> Result<(), String> {
        let g = &self.guilds[&guild];
        let found = g
            .role(role)
            .ok_or_else(|| format!("role {role} does not exist in guild {guild}"))?;
        resolved
            .roles
            .insert(role.to_string(), self.role_json(guild, found));
        Ok(())
    }

    /// Resolves a channel option; a channel the guild does not have yet is created (type 0).
    pub(crate) fn resolve_channel(&mut self, guild: u64, channel: u64, resolved: &mut Resolved) {
        // A channel of another server resolves as that server's (as Discord would report it); an
        // unknown id becomes a text channel of this server, for tests that name any channel.
        let (home, found) = match self.channel_place(channel) {
            Some(ChannelPlace::Guild { guild, channel }) => (guild, channel),
            _ => {
                let found = FakeChannel::text(channel, &format!("channel-{channel}"));
                self.guilds
                    .get_mut(&guild)
                    .expect("guild checked by the caller")
                    .channels
                    .push(found.clone());
                (guild, found)
            }
        };
        resolved.channels.insert(
            channel.to_string(),
            json!({
                "id": id(channel),
                "name": found.name,
                "type": found.kind,
                "guild_id": id(home),
                "parent_id": null,
                "flags": 0,
                "last_message_id": null,
                "rate_limit_per_user": 0,
                "topic": null,
                "position": 0,
                "nsfw": false,
                "permissions": self.bot_permissions(home).to_string(),
            }),
        );
    }
}

#[derive(Default)]
pub(crate) struct Resolved {
    pub(crate) users: Map<String, Value>,
    pub(crate) members: Map<String, Value>,
    pub(crate) roles: Map<String, Value>,
    pub(crate) channels: Map<String, Value>,
}

impl Resolved {
    pub(crate) fn into_json(self) -> Option<Value> {
        let mut out = Map::new();
        for (key, map) in [
            ("users", self.users),
            ("members", self.members),
            ("roles", self.roles),
            ("channels", self.channels),
        ] {
            if !map.is_empty() {
                out.insert(key.into(), Value::Object(map));
            }
        }
        (!out.is_empty()).then_some(Value::Object(out))
    }
}
