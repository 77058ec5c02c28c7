use serde_json::{Value, json};

use crate::fixtures::Recorded;
use crate::interactions::ChannelPlace;
use crate::payloads::{
    application_json_with, bot_user_json_with, form_error, id, parse_id, user_json,
};
use crate::state::{Reply, Req, State};
use crate::validation::{validate_command, validate_message};
use crate::{
    ADMINISTRATOR, APPLICATION_ID, BOT_USER_ID, GUILD_MEMBERS_INTENT, KICK_MEMBERS, MANAGE_ROLES,
};

impl State {
    pub(crate) fn handle(&mut self, req: Req) -> Reply {
        // The fake's precise rules, then Discord's own schema for the route: a body either
        // refuses is refused (400, 50035, the field's path) before anything changes, even while
        // a test has the route failing.
        let checked = crate::validation::precheck(&req.method, &req.path, &req.body)
            .and_then(|()| crate::schema::validate(&req.method, &req.path, &req.body));
        let reply = match checked {
            Ok(()) => match self.rate_limiter.admit(&req.method, &req.path) {
                Err(limited) => limited,
                Ok(headers) => {
                    let mut reply = self
                        .injected_failure(&req)
                        .unwrap_or_else(|| self.route(&req));
                    reply.headers.extend(headers.values);
                    reply
                }
            },
            Err(error) => Reply::json(400, error),
        };
        self.requests.push(Recorded {
            method: req.method,
            path: req.path,
            query: req.query,
            headers: req.headers,
            body: req.body,
            files: req.files,
            fields: req.fields,
            raw_body: req.raw_body,
            status: reply.status,
            response: reply.body.clone().unwrap_or(Value::Null),
            at: tokio::time::Instant::now(),
        });
        reply
    }

    pub(crate) fn injected_failure(&mut self, req: &Req) -> Option<Reply> {
        let index = self.failures.iter().position(|f| {
            f.remaining > 0
                && (f.method == "*" || f.method == req.method)
                && req.path.contains(&f.path_contains)
        })?;
        let failure = &mut self.failures[index];
        failure.remaining -= 1;
        let mut reply = Reply::json(failure.status, failure.body.clone());
        if failure.status == 429 {
            let retry_after = failure.body["retry_after"].as_f64().unwrap_or(1.0);
            let global = failure.body["global"].as_bool().unwrap_or(false);
            reply.headers.extend([
                (
                    "Retry-After".to_owned(),
                    (retry_after.ceil() as u64).max(1).to_string(),
                ),
                ("X-RateLimit-Limit".to_owned(), "1".to_owned()),
                ("X-RateLimit-Remaining".to_owned(), "0".to_owned()),
                (
                    "X-RateLimit-Reset-After".to_owned(),
                    format!("{retry_after:.3}"),
                ),
                ("X-RateLimit-Bucket".to_owned(), "fake-bucket".to_owned()),
                (
                    "X-RateLimit-Scope".to_owned(),
                    if global { "global" } else { "user" }.to_owned(),
                ),
            ]);
            if global {
                reply
                    .headers
                    .push(("X-RateLimit-Global".to_owned(), "true".to_owned()));
            }
        }
        if failure.remaining == 0 {
            self.failures.remove(index);
        }
        Some(reply)
    }

    pub(crate) fn route(&mut self, req: &Req) -> Reply {
        let segments: Vec<&str> = req.path.trim_matches('/').split('/').collect();
        let app = APPLICATION_ID.to_string();
        if let Some(reply) = self.oauth_route(req, &segments) {
            return reply;
        }
        let unauthenticated = matches!(segments.first(), Some(&"interactions" | &"webhooks"));
        if !unauthenticated
            && !req
                .headers
                .get("authorization")
                .is_some_and(|a| a.starts_with("Bot "))
        {
            return Reply::error(401, 0, "401: Unauthorized");
        }
        let method = req.method.as_str();
        match (method, segments.as_slice()) {
            ("GET", ["gateway"]) => Reply::ok(json!({"url": self.gateway_url})),
            ("GET", ["gateway", "bot"]) => Reply::ok(json!({
                "url": self.gateway_url,
                "shards": self.sharding.recommended,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": self.sharding.starts_remaining,
                    "reset_after": 14_400_000,
                    "max_concurrency": self.sharding.max_concurrency,
                },
            })),
            ("GET", ["oauth2", "applications", "@me"] | ["applications", "@me"]) => {
                Reply::ok(application_json_with(self.application_flags))
            }
            ("GET", ["users", "@me"]) => Reply::ok(bot_user_json_with(self.owner_2fa)),
            ("GET", ["users", user]) => {
                match user.parse::<u64>().ok().and_then(|u| self.users.get(&u)) {
                    Some(u) => Reply::ok(user_json(u)),
                    None => Reply::error(404, 10013, "Unknown User"),
                }
            }
            ("PUT", ["applications", a, "commands"]) if *a == app => {
                self.put_commands(None, &req.body)
            }
            ("GET", ["applications", a, "commands"]) if *a == app => {
                Reply::ok(json!(self.global_commands))
            }
            ("POST", ["applications", a, "commands"]) if *a == app => {
                self.post_command(None, &req.body)
            }
            ("PUT", ["applications", a, "guilds", g, "commands"]) if *a == app => {
                match g.parse::<u64>() {
                    Ok(g) if self.guilds.contains_key(&g) => self.put_commands(Some(g), &req.body),
                    _ => Reply::error(404, 10004, "Unknown Guild"),
                }
            }
            ("GET", ["applications", a, "guilds", g, "commands"]) if *a == app => {
                let commands = g
                    .parse::<u64>()
                    .ok()
                    .and_then(|g| self.guild_commands.get(&g).cloned())
                    .unwrap_or_default();
                Reply::ok(json!(commands))
            }
            ("POST", ["applications", a, "guilds", g, "commands"]) if *a == app => {
                match g.parse::<u64>() {
                    Ok(g) if self.guilds.contains_key(&g) => self.post_command(Some(g), &req.body),
                    _ => Reply::error(404, 10004, "Unknown Guild"),
                }
            }
            ("POST", ["interactions", interaction, token, "callback"]) => {
                self.interaction_callback(interaction, token, req)
            }
            ("POST", ["webhooks", a, token]) if *a == app => self.followup(token, req),
            ("GET" | "PATCH" | "DELETE", ["webhooks", a, token, "messages", message])
                if *a == app =>
            {
                self.webhook_message(token, message, req)
            }
            ("GET", ["guilds", g]) => match g
                .parse::<u64>()
                .ok()
                .and_then(|g| self.guild_json(g, false))
            {
                Some(guild) => Reply::ok(guild),
                None => Reply::error(404, 10004, "Unknown Guild"),
            },
            ("GET", ["guilds", g, "roles"]) => match g.parse::<u64>() {
                Ok(g) if self.guilds.contains_key(&g) => Reply::ok(json!(self.roles_json(g))),
                _ => Reply::error(404, 10004, "Unknown Guild"),
            },
            ("GET", ["guilds", g, "channels"]) => {
                match g.parse::<u64>().ok().and_then(|g| self.guilds.get(&g)) {
                    Some(gs) => {
                        let guild = gs.guild.id;
                        Reply::ok(json!(
                            gs.channels
                                .iter()
                                .enumerate()
                                .map(|(i, c)| Self::channel_json(guild, c, i))
                                .collect::<Vec<_>>()
                        ))
                    }
                    None => Reply::error(404, 10004, "Unknown Guild"),
                }
            }
            ("GET", ["guilds", g, "members", user]) => self.get_member(g, user),
            ("DELETE", ["guilds", g, "members", user]) => self.kick_member(g, user),
            ("PUT" | "DELETE", ["guilds", g, "members", user, "roles", role]) => {
                self.member_role(method, g, user, role)
            }
            ("POST", ["users", "@me", "channels"]) => self.open_dm(&req.body),
            ("GET", ["channels", channel]) => match channel
                .parse::<u64>()
                .ok()
                .and_then(|c| self.channel_place(c).map(|p| (c, p)))
            {
                Some((c, ChannelPlace::Dm { user })) => {
                    Reply::ok(self.dm_channel_json(c, &self.users[&user]))
                }
                Some((_, ChannelPlace::Guild { guild, channel })) => {
                    Reply::ok(Self::channel_json(guild, &channel, 0))
                }
                None => Reply::error(404, 10003, "Unknown Channel"),
            },
            ("POST", ["channels", channel, "messages"]) => self.post_message(channel, req),
            ("GET" | "PATCH" | "DELETE", ["channels", channel, "messages", message]) => {
                self.channel_message(channel, message, req)
            }
            _ => Reply::not_found(),
        }
    }

    pub(crate) fn command_json(
        &mut self,
        guild: Option<u64>,
        body: &Value,
        existing: &[Value],
    ) -> Value {
        let mut command = body.clone();
        let kind = command["type"].as_u64().unwrap_or(1);
        let reused = existing
            .iter()
            .find(|c| c["name"] == body["name"] && c["type"].as_u64().unwrap_or(1) == kind)
            .map(|c| c["id"].clone());
        let command_id = reused.unwrap_or_else(|| id(self.alloc_id()));
        let version = id(self.alloc_id());
        let defaults = [
            ("type", json!(kind)),
            ("description", json!("")),
            ("options", json!([])),
            ("default_member_permissions", Value::Null),
            ("dm_permission", json!(true)),
            ("nsfw", json!(false)),
            ("integration_types", json!([0])),
            ("contexts", Value::Null),
        ];
        if let Some(map) = command.as_object_mut() {
            for (key, value) in defaults {
                if map.get(key).is_none_or(Value::is_null) {
                    map.insert(key.into(), value);
                }
            }
            map.insert("id".into(), command_id);
            map.insert("application_id".into(), id(APPLICATION_ID));
            map.insert("version".into(), version);
            map.insert("guild_id".into(), guild.map_or(Value::Null, id));
        }
        command
    }

    pub(crate) fn put_commands(&mut self, guild: Option<u64>, body: &Value) -> Reply {
        let Some(list) = body.as_array() else {
            return Reply::json(400, form_error("_", "BASE_TYPE_ARRAY", "Must be an array."));
        };
        // Each command was checked before routing (`validation::precheck`, then the schema).
        let existing = match guild {
            None => self.global_commands.clone(),
            Some(g) => self.guild_commands.get(&g).cloned().unwrap_or_default(),
        };
        let commands: Vec<Value> = list
            .iter()
            .map(|c| self.command_json(guild, c, &existing))
            .collect();
        match guild {
            None => self.global_commands = commands.clone(),
            Some(g) => {
                self.guild_commands.insert(g, commands.clone());
            }
        }
        self.last_commands_put = body.clone();
        self.commands_put += 1;
        Reply::ok(json!(commands))
    }

    pub(crate) fn post_command(&mut self, guild: Option<u64>, body: &Value) -> Reply {
        if let Err((path, message)) = validate_command(body) {
            return Reply::json(400, form_error(&path, "BASE_TYPE_BAD_LENGTH", &message));
        }
        let mut list = match guild {
            None => self.global_commands.clone(),
            Some(g) => self.guild_commands.get(&g).cloned().unwrap_or_default(),
        };
        let command = self.command_json(guild, body, &list);
        list.retain(|c| c["id"] != command["id"]);
        list.push(command.clone());
        match guild {
            None => self.global_commands = list,
            Some(g) => {
                self.guild_commands.insert(g, list);
            }
        }
        Reply::json(201, command)
    }

    pub(crate) fn get_member(&self, guild: &str, user: &str) -> Reply {
        let (Ok(guild), Ok(user)) = (guild.parse::<u64>(), user.parse::<u64>()) else {
            return Reply::not_found();
        };
        let Some(g) = self.guilds.get(&guild) else {
            return Reply::error(404, 10004, "Unknown Guild");
        };
        if user == BOT_USER_ID {
            return Reply::ok(self.bot_member_json(guild));
        }
        match g.members.get(&user) {
            Some(member) => Reply::ok(self.member_json(member, false)),
            None => Reply::error(404, 10007, "Unknown Member"),
        }
    }

    /// Removes a member, as Discord does for a kick: it needs Kick Members and a top role above
    /// the member's; never the owner; GUILD_MEMBER_REMOVE follows (with the members intent).
    pub(crate) fn kick_member(&mut self, guild: &str, user: &str) -> Reply {
        let (Ok(guild), Ok(user)) = (guild.parse::<u64>(), user.parse::<u64>()) else {
            return Reply::not_found();
        };
        let permissions = self.bot_permissions(guild);
        let top = self.bot_top_position(guild);
        let Some(g) = self.guilds.get_mut(&guild) else {
            return Reply::error(404, 10004, "Unknown Guild");
        };
        let Some(member) = g.members.get(&user) else {
            return Reply::error(404, 10007, "Unknown Member");
        };
        let highest = member
            .roles
            .iter()
            .filter_map(|r| g.role(*r))
            .map(|r| r.position)
            .max()
            .unwrap_or(0);
        if permissions & (KICK_MEMBERS | ADMINISTRATOR) == 0
            || highest >= top
            || g.guild.owner_id == user
        {
            return Reply::error(403, 50013, "Missing Permissions");
        }
        let gone = g.members.remove(&user).expect("checked above");
        if self.intents & GUILD_MEMBERS_INTENT != 0 {
            let event = json!({"guild_id": id(guild), "user": user_json(&gone)});
            self.dispatch_live("GUILD_MEMBER_REMOVE", event);
        }
        Reply::no_content()
    }

    pub(crate) fn member_role(
        &mut self,
        method: &str,
        guild: &str,
        user: &str,
        role: &str,
    ) -> Reply {
        let (Ok(guild), Ok(user), Ok(role)) = (
            guild.parse::<u64>(),
            user.parse::<u64>(),
            role.parse::<u64>(),
        ) else {
            return Reply::not_found();
        };
        let permissions = self.bot_permissions(guild);
        let top = self.bot_top_position(guild);
        let Some(g) = self.guilds.get_mut(&guild) else {
            return Reply::error(404, 10004, "Unknown Guild");
        };
        let Some(target) = g.role(role).cloned() else {
            return Reply::error(404, 10011, "Unknown Role");
        };
        let Some(member) = g.members.get_mut(&user) else {
            return Reply::error(404, 10007, "Unknown Member");
        };
        if permissions & MANAGE_ROLES == 0
            || target.position >= top
            || target.managed
            || role == guild
        {
            return Reply::error(403, 50013, "Missing Permissions");
        }
        // An elevated server lets a bot moderate only when its application's owner has 2FA.
        if g.guild.mfa_level == 1 && !self.owner_2fa {
            return Reply::error(403, 60003, "Two factor is required for this operation");
        }
        if method == "PUT" {
            if !member.roles.contains(&role) {
                member.roles.push(role);
            }
        } else {
            member.roles.retain(|r| *r != role);
        }
        if let Some(u) = self.users.get_mut(&user) {
            u.roles = self.guilds[&guild].members[&user].roles.clone();
        }
        Reply::no_content()
    }

    pub(crate) fn open_dm(&mut self, body: &Value) -> Reply {
        let Some(user) = parse_id(&body["recipient_id"]) else {
            return Reply::json(
                400,
                form_error(
                    "recipient_id",
                    "BASE_TYPE_REQUIRED",
                    "This field is required",
                ),
            );
        };
        let Some(found) = self.users.get(&user).cloned() else {
            return Reply::error(404, 10013, "Unknown User");
        };
        let channel = match self.dm_channels.get(&user) {
            Some(channel) => *channel,
            None => {
                let channel = self.alloc_id();
                self.dm_channels.insert(user, channel);
                channel
            }
        };
        Reply::ok(self.dm_channel_json(channel, &found))
    }

    pub(crate) fn post_message(&mut self, channel: &str, req: &Req) -> Reply {
        let Ok(channel) = channel.parse::<u64>() else {
            return Reply::not_found();
        };
        let guild = match self.channel_place(channel) {
            None => return Reply::error(404, 10003, "Unknown Channel"),
            Some(ChannelPlace::Dm { user }) => {
                let recipient = &self.users[&user];
                if !recipient.dms_open || recipient.bot {
                    return Reply::error(403, 50007, "Cannot send messages to this user");
                }
                None
            }
            Some(ChannelPlace::Guild { guild, .. }) => Some(guild),
        };
        if let Err(error) = validate_message(&req.body) {
            return Reply::json(400, error);
        }
        let message = self.new_message(channel, guild, &req.body, &req.files, None);
        self.messages
            .entry(channel)
            .or_default()
            .push(message.clone());
        if let Some(message) = parse_id(&message["id"]) {
            self.message_homes.entry(message).or_default().channel = Some(channel);
        }
        Reply::ok(message)
    }

    pub(crate) fn channel_message(&mut self, channel: &str, message: &str, req: &Req) -> Reply {
        let (Ok(channel), Ok(message)) = (channel.parse::<u64>(), message.parse::<u64>()) else {
            return Reply::not_found();
        };
        let wanted = id(message);
        let Some(index) = self
            .messages
            .get(&channel)
            .and_then(|ms| ms.iter().position(|m| m["id"] == wanted))
        else {
            return Reply::error(404, 10008, "Unknown Message");
        };
        match req.method.as_str() {
            "GET" => Reply::ok(self.messages[&channel][index].clone()),
            "DELETE" => {
                self.messages.get_mut(&channel).map(|ms| ms.remove(index));
                Reply::no_content()
            }
            _ => {
                if let Err(error) = validate_message(&req.body) {
                    return Reply::json(400, error);
                }
                let mut stored = self.messages[&channel][index].clone();
                self.merge_message(&mut stored, &req.body, &req.files);
                self.messages.get_mut(&channel).expect("found above")[index] = stored.clone();
                // And the copies an update-message callback keeps as its interaction's original.
                self.replace_message(&stored);
                Reply::ok(stored)
            }
        }
    }
}
