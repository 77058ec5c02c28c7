use serde_json::{Value, json};

use crate::fixtures::Response;
use crate::interactions::InteractionRef;
use crate::payloads::{bot_user_json, form_error, id, now, parse_id, user_json};
use crate::state::{Reply, Req, State};
use crate::validation::{nest_error, validate_message, validate_modal};
use crate::{APPLICATION_ID, EPHEMERAL, LOADING};

/// How long an interaction token works for follow-ups and edits.
const TOKEN_LIFETIME: std::time::Duration = std::time::Duration::from_secs(15 * 60);

impl State {
    pub(crate) fn attachments_json(
        &mut self,
        channel: u64,
        body: &Value,
        files: &[(String, Vec<u8>)],
    ) -> Vec<Value> {
        let described = body["attachments"].as_array().cloned().unwrap_or_default();
        files
            .iter()
            .enumerate()
            .map(|(index, (name, bytes))| {
                let attachment = self.alloc_id();
                let description = described.get(index).map_or(Value::Null, |d| d["description"].clone());
                let content_type = match name.rsplit('.').next().map(str::to_ascii_lowercase).as_deref() {
                    Some("png") => "image/png",
                    Some("jpg" | "jpeg") => "image/jpeg",
                    Some("txt") => "text/plain; charset=utf-8",
                    Some("json") => "application/json; charset=utf-8",
                    _ => "application/octet-stream",
                };
                json!({
                    "id": id(attachment),
                    "filename": name,
                    "description": description,
                    "size": bytes.len(),
                    "url": format!("https://cdn.discordapp.com/attachments/{channel}/{attachment}/{name}"),
                    "proxy_url": format!("https://media.discordapp.net/attachments/{channel}/{attachment}/{name}"),
                    "content_type": content_type,
                    "ephemeral": false,
                })
            })
            .collect()
    }

    /// A message object as Discord returns it.
    pub(crate) fn new_message(
        &mut self,
        channel: u64,
        guild: Option<u64>,
        body: &Value,
        files: &[(String, Vec<u8>)],
        by: Option<InteractionRef>,
    ) -> Value {
        let message = self.alloc_id();
        let attachments = self.attachments_json(channel, body, files);
        let embeds: Vec<Value> = body["embeds"]
            .as_array()
            .into_iter()
            .flatten()
            .map(normalize_embed)
            .collect();
        let mut out = json!({
            "id": id(message),
            "channel_id": id(channel),
            "author": bot_user_json(),
            "content": body["content"].as_str().unwrap_or_default(),
            "timestamp": now(),
            "edited_timestamp": null,
            "tts": body["tts"].as_bool().unwrap_or(false),
            "mention_everyone": false,
            "mentions": [],
            "mention_roles": [],
            "mention_channels": [],
            "attachments": attachments,
            "embeds": embeds,
            "reactions": [],
            "pinned": false,
            "webhook_id": null,
            "type": 0,
            "flags": body["flags"].as_u64().unwrap_or(0),
            "components": body["components"].as_array().cloned().unwrap_or_default(),
            "sticker_items": [],
            "position": 0,
        });
        if let Some(guild) = guild {
            out["guild_id"] = id(guild);
        }
        if let Some(nonce) = body.get("nonce") {
            out["nonce"] = nonce.clone();
        }
        if let Some(by) = by {
            out["webhook_id"] = id(APPLICATION_ID);
            out["application_id"] = id(APPLICATION_ID);
            out["type"] = json!(if by.kind == 2 { 20 } else { 0 });
            let user = self
                .users
                .get(&by.user)
                .map(user_json)
                .unwrap_or(Value::Null);
            let owners = match guild {
                Some(g) => json!({"0": id(g)}),
                None => json!({"0": "0"}),
            };
            match by.kind {
                2 => {
                    out["interaction_metadata"] = json!({"type": 2, "id": id(by.id), "user": user, "authorizing_integration_owners": owners});
                }
                3 => {
                    out["interaction_metadata"] = json!({
                        "type": 3,
                        "id": id(by.id),
                        "user": user,
                        "authorizing_integration_owners": owners,
                        "interacted_message_id": by.source_message.map_or(Value::Null, id),
                    });
                }
                _ => {}
            }
        }
        out
    }

    /// Applies an edit (PATCH body and new files) to a stored message.
    pub(crate) fn merge_message(
        &mut self,
        message: &mut Value,
        body: &Value,
        files: &[(String, Vec<u8>)],
    ) {
        let channel = parse_id(&message["channel_id"]).unwrap_or(0);
        for key in ["content", "components", "flags", "allowed_mentions"] {
            if let Some(value) = body.get(key).filter(|v| !v.is_null()) {
                message[key] = value.clone();
            }
        }
        if let Some(embeds) = body["embeds"].as_array() {
            message["embeds"] = json!(embeds.iter().map(normalize_embed).collect::<Vec<_>>());
        }
        let old: Vec<Value> = message["attachments"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let mut kept: Vec<Value> = match body["attachments"].as_array() {
            Some(listed) => old
                .into_iter()
                .filter(|a| {
                    listed
                        .iter()
                        .any(|l| parse_id(&l["id"]) == parse_id(&a["id"]))
                })
                .collect(),
            None => old,
        };
        let new_files = self.attachments_json(channel, &json!({}), files);
        kept.extend(new_files);
        message["attachments"] = json!(kept);
        message["edited_timestamp"] = json!(now());
    }

    pub(crate) fn interaction_callback(
        &mut self,
        interaction: &str,
        token: &str,
        req: &Req,
    ) -> Reply {
        let Some(interaction) = interaction
            .parse::<u64>()
            .ok()
            .filter(|i| self.interactions.get(i).is_some_and(|s| s.token == token))
        else {
            return Reply::error(404, 10062, "Unknown interaction");
        };
        let (kind, guild, channel, user, source, created, acknowledged) = {
            let i = &self.interactions[&interaction];
            (
                i.kind,
                i.guild_id,
                i.channel_id,
                i.user_id,
                i.source_message,
                i.created,
                i.acknowledged,
            )
        };
        if acknowledged {
            return Reply::error(400, 40060, "Interaction has already been acknowledged.");
        }
        if self
            .callback_deadline
            .is_some_and(|d| created.elapsed() > d)
        {
            return Reply::error(404, 10062, "Unknown interaction");
        }
        let Some(callback_type) = req.body["type"].as_u64() else {
            return Reply::json(
                400,
                form_error("type", "BASE_TYPE_REQUIRED", "This field is required"),
            );
        };
        let data = req.body.get("data").cloned().unwrap_or(Value::Null);
        let by = InteractionRef {
            id: interaction,
            kind,
            user,
            source_message: source,
        };
        let mut modal = None;
        let original = match callback_type {
            4 => {
                if let Err(error) = validate_message(&data) {
                    return Reply::json(400, nest_error(error, "data"));
                }
                Some(self.new_message(channel, guild, &data, &req.files, Some(by)))
            }
            5 => {
                let flags = data["flags"].as_u64().unwrap_or(0) | LOADING;
                Some(self.new_message(channel, guild, &json!({"flags": flags}), &[], Some(by)))
            }
            6 | 7 => {
                let Some(source) = source.filter(|_| kind == 3 || kind == 5) else {
                    return Reply::json(
                        400,
                        form_error(
                            "type",
                            "INTERACTION_RESPONSE_TYPE_INVALID",
                            "Only component interactions can update their message",
                        ),
                    );
                };
                let Some(mut message) = self.stored_message(source) else {
                    return Reply::error(404, 10008, "Unknown Message");
                };
                if callback_type == 7 {
                    if let Err(error) = validate_message(&data) {
                        return Reply::json(400, nest_error(error, "data"));
                    }
                    self.merge_message(&mut message, &data, &req.files);
                    self.replace_message(&message);
                }
                Some(message)
            }
            8 => None,
            9 => {
                if kind == 5 {
                    return Reply::json(
                        400,
                        form_error(
                            "type",
                            "INTERACTION_RESPONSE_TYPE_INVALID",
                            "A modal cannot answer a modal submit",
                        ),
                    );
                }
                if let Err(error) = validate_modal(&data) {
                    return Reply::json(400, error);
                }
                modal = Some(data.clone());
                None
            }
            other => {
                return Reply::json(
                    400,
                    form_error(
                        "type",
                        "BASE_TYPE_CHOICES",
                        &format!("Value must be one of (1, 4, 5, 6, 7, 8, 9, 10, 12), got {other}"),
                    ),
                );
            }
        };
        if let Some(original) = &original {
            self.home_in_interaction(interaction, original);
        }
        let state = self
            .interactions
            .get_mut(&interaction)
            .expect("checked above");
        state.acknowledged = true;
        state.original = original.clone();
        // `validate_modal` refused a modal without a custom_id.
        if let Some(custom_id) = modal.as_ref().and_then(|m| m["custom_id"].as_str()) {
            let key = (state.user_id, custom_id.to_owned());
            state.modal = modal;
            self.modal_openers
                .entry(key)
                .and_modify(|latest| *latest = (*latest).max(interaction))
                .or_insert(interaction);
        }
        state.responses.push(Response {
            kind: "callback",
            callback_type: Some(callback_type),
            data: data.clone(),
            files: req.files.clone(),
            message: original.clone(),
        });
        if req.query("with_response") == Some("true") {
            let flags = original
                .as_ref()
                .and_then(|m| m["flags"].as_u64())
                .unwrap_or(0);
            let mut body = json!({
                "interaction": {
                    "id": id(interaction),
                    "type": kind,
                    "activity_instance_id": null,
                    "response_message_id": original.as_ref().map_or(Value::Null, |m| m["id"].clone()),
                    "response_message_loading": flags & LOADING != 0,
                    "response_message_ephemeral": flags & EPHEMERAL != 0,
                },
            });
            if let Some(message) = original {
                body["resource"] = json!({"type": callback_type, "message": message});
            }
            return Reply::ok(body);
        }
        Reply::no_content()
    }

    /// Replaces a stored message (channel message or interaction response) by id.
    pub(crate) fn replace_message(&mut self, message: &Value) {
        let wanted = message["id"].clone();
        if let Some(homes) = parse_id(&wanted).and_then(|m| self.message_homes.get(&m)) {
            let channel = homes.channel.and_then(|c| self.messages.get_mut(&c));
            for stored in channel.into_iter().flatten() {
                if stored.get("id") == Some(&wanted) {
                    *stored = message.clone();
                }
            }
            for i in &homes.interactions {
                let Some(i) = self.interactions.get_mut(i) else {
                    continue;
                };
                for stored in i.original.iter_mut().chain(i.followups.iter_mut()) {
                    if stored.get("id") == Some(&wanted) {
                        *stored = message.clone();
                    }
                }
            }
            return;
        }
        for stored in self.messages.values_mut().flatten() {
            if stored["id"] == wanted {
                *stored = message.clone();
            }
        }
        for i in self.interactions.values_mut() {
            for stored in i.original.iter_mut().chain(i.followups.iter_mut()) {
                if stored["id"] == wanted {
                    *stored = message.clone();
                }
            }
        }
    }

    /// An interaction token works for 15 minutes; later follow-ups and edits are refused.
    pub(crate) fn token_expired(&self, interaction: u64) -> bool {
        self.interactions
            .get(&interaction)
            .is_some_and(|i| i.created.elapsed() + self.clock_ahead > TOKEN_LIFETIME)
    }

    pub(crate) fn followup(&mut self, token: &str, req: &Req) -> Reply {
        let Some(interaction) = self.tokens.get(token).copied() else {
            return Reply::error(404, 10015, "Unknown Webhook");
        };
        if self.token_expired(interaction) {
            return Reply::error(401, 50027, "Invalid Webhook Token");
        }
        let (kind, guild, channel, user, source, acknowledged) = {
            let i = &self.interactions[&interaction];
            (
                i.kind,
                i.guild_id,
                i.channel_id,
                i.user_id,
                i.source_message,
                i.acknowledged,
            )
        };
        if !acknowledged {
            return Reply::error(404, 10015, "Unknown Webhook");
        }
        if let Err(error) = validate_message(&req.body) {
            return Reply::json(400, error);
        }
        // After a deferral, the first follow-up is the answer: it replaces the "thinking" message
        // (keeping its ephemerality) instead of adding one.
        let still_thinking = {
            let i = &self.interactions[&interaction];
            i.followups.is_empty()
                && i.original
                    .as_ref()
                    .and_then(|m| m["flags"].as_u64())
                    .is_some_and(|flags| flags & LOADING != 0)
        };
        if still_thinking {
            let mut original = self.interactions[&interaction]
                .original
                .clone()
                .expect("checked above");
            let mut body = req.body.clone();
            if let Some(map) = body.as_object_mut() {
                map.remove("flags");
            }
            self.merge_message(&mut original, &body, &req.files);
            if let Some(flags) = original["flags"].as_u64() {
                original["flags"] = json!(flags & !LOADING);
            }
            self.replace_message(&original);
            let state = self
                .interactions
                .get_mut(&interaction)
                .expect("token maps to an interaction");
            state.responses.push(Response {
                kind: "followup",
                callback_type: None,
                data: req.body.clone(),
                files: req.files.clone(),
                message: Some(original.clone()),
            });
            return Reply::ok(original);
        }
        let by = InteractionRef {
            id: interaction,
            kind,
            user,
            source_message: source,
        };
        let message = self.new_message(channel, guild, &req.body, &req.files, Some(by));
        self.home_in_interaction(interaction, &message);
        let state = self
            .interactions
            .get_mut(&interaction)
            .expect("token maps to an interaction");
        state.followups.push(message.clone());
        state.responses.push(Response {
            kind: "followup",
            callback_type: None,
            data: req.body.clone(),
            files: req.files.clone(),
            message: Some(message.clone()),
        });
        Reply::ok(message)
    }

    pub(crate) fn webhook_message(&mut self, token: &str, message: &str, req: &Req) -> Reply {
        let Some(interaction) = self.tokens.get(token).copied() else {
            return Reply::error(404, 10015, "Unknown Webhook");
        };
        if self.token_expired(interaction) {
            return Reply::error(401, 50027, "Invalid Webhook Token");
        }
        let state = &self.interactions[&interaction];
        let stored = if message == "@original" {
            state.original.clone()
        } else {
            let wanted = message.parse::<u64>().ok().map(id);
            state
                .original
                .iter()
                .chain(state.followups.iter())
                .find(|m| Some(&m["id"]) == wanted.as_ref())
                .cloned()
        };
        let Some(mut stored) = stored else {
            return Reply::error(404, 10008, "Unknown Message");
        };
        match req.method.as_str() {
            "GET" => Reply::ok(stored),
            "DELETE" => {
                let state = self
                    .interactions
                    .get_mut(&interaction)
                    .expect("token maps to an interaction");
                if message == "@original" {
                    state.original = None;
                } else {
                    state.followups.retain(|m| m["id"] != stored["id"]);
                }
                state.responses.push(Response {
                    kind: "delete",
                    callback_type: None,
                    data: Value::Null,
                    files: Vec::new(),
                    message: Some(stored),
                });
                Reply::no_content()
            }
            _ => {
                if let Err(error) = validate_message(&req.body) {
                    return Reply::json(400, error);
                }
                self.merge_message(&mut stored, &req.body, &req.files);
                if let Some(flags) = stored["flags"].as_u64() {
                    stored["flags"] = json!(flags & !LOADING);
                }
                self.replace_message(&stored);
                let state = self
                    .interactions
                    .get_mut(&interaction)
                    .expect("token maps to an interaction");
                state.responses.push(Response {
                    kind: "edit",
                    callback_type: None,
                    data: req.body.clone(),
                    files: req.files.clone(),
                    message: Some(stored.clone()),
                });
                Reply::ok(stored)
            }
        }
    }
}

pub(crate) fn normalize_embed(embed: &Value) -> Value {
    let mut embed = embed.clone();
    if embed.get("type").is_none_or(Value::is_null) {
        embed["type"] = json!("rich");
    }
    for key in ["image", "thumbnail"] {
        if let Some(url) = embed[key]["url"].as_str().map(str::to_owned) {
            embed[key]["proxy_url"] = json!(url);
        }
    }
    embed
}

pub(crate) fn find_component(message: &Value, custom_id: &str) -> Option<Value> {
    pub(crate) fn walk(components: &Value, custom_id: &str) -> Option<Value> {
        for component in components.as_array()? {
            if component["custom_id"] == custom_id {
                return Some(component.clone());
            }
            if let Some(found) = walk(&component["components"], custom_id) {
                return Some(found);
            }
        }
        None
    }
    walk(&message["components"], custom_id)
}

pub(crate) fn merge_into(target: &mut Value, extra: Value) {
    if let (Some(target), Value::Object(extra)) = (target.as_object_mut(), extra) {
        target.extend(extra);
    }
}
