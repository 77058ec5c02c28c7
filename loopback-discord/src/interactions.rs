use serde_json::{Map, Value, json};
use tokio::time::Instant;

use crate::fixtures::{FakeChannel, FakeUser, Interaction};
use crate::messages::find_component;
use crate::payloads::{id, parse_id, user_json};
use crate::state::{InteractionState, State};
use crate::{APPLICATION_ID, ATTACHMENT_SIZE_LIMIT};

impl State {
    pub(crate) fn new_interaction(
        &mut self,
        kind: u64,
        guild: Option<u64>,
        channel: u64,
        user: u64,
        source_message: Option<u64>,
    ) -> (u64, String) {
        let interaction = self.alloc_id();
        let token = format!("fake-interaction-token-{interaction}");
        self.tokens.insert(token.clone(), interaction);
        self.interactions.insert(
            interaction,
            InteractionState {
                token: token.clone(),
                kind,
                guild_id: guild,
                channel_id: channel,
                user_id: user,
                source_message,
                created: Instant::now(),
                acknowledged: false,
                responses: Vec::new(),
                original: None,
                followups: Vec::new(),
                modal: None,
            },
        );
        (interaction, token)
    }

    /// The fields every interaction carries, for a guild (member) or a DM (user).
    pub(crate) fn interaction_envelope(
        &self,
        interaction: u64,
        token: &str,
        kind: u64,
        place: Place,
        user: &FakeUser,
    ) -> Map<String, Value> {
        let mut out = Map::new();
        out.insert("id".into(), id(interaction));
        out.insert("application_id".into(), id(APPLICATION_ID));
        out.insert("type".into(), json!(kind));
        out.insert("token".into(), json!(token));
        out.insert("version".into(), json!(1));
        out.insert("locale".into(), json!(user.locale));
        out.insert("entitlements".into(), json!([]));
        out.insert("entitlement_sku_ids".into(), json!([]));
        out.insert("attachment_size_limit".into(), json!(ATTACHMENT_SIZE_LIMIT));
        match place {
            Place::Guild { guild, channel } => {
                let g = &self.guilds[&guild];
                let position = g
                    .channels
                    .iter()
                    .position(|c| c.id == channel.id)
                    .unwrap_or(0);
                let mut channel_json = Self::channel_json(guild, &channel, position);
                channel_json["permissions"] = json!(user.permissions.to_string());
                out.insert("guild_id".into(), id(guild));
                out.insert(
                    "guild".into(),
                    json!({"id": id(guild), "locale": g.guild.preferred_locale, "features": []}),
                );
                out.insert("guild_locale".into(), json!(g.guild.preferred_locale));
                out.insert("channel_id".into(), id(channel.id));
                out.insert("channel".into(), channel_json);
                out.insert("member".into(), self.member_json(user, true));
                out.insert(
                    "app_permissions".into(),
                    json!(self.bot_permissions(guild).to_string()),
                );
                out.insert(
                    "authorizing_integration_owners".into(),
                    json!({"0": id(guild)}),
                );
                out.insert("context".into(), json!(0));
            }
            Place::Dm { channel } => {
                let dm_permissions = serenity::model::Permissions::dm_permissions().bits();
                out.insert("channel_id".into(), id(channel));
                out.insert("channel".into(), self.dm_channel_json(channel, user));
                out.insert("user".into(), user_json(user));
                out.insert("app_permissions".into(), json!(dm_permissions.to_string()));
                out.insert("authorizing_integration_owners".into(), json!({"0": "0"}));
                out.insert("context".into(), json!(1));
            }
        }
        out
    }

    /// Finds a stored message by id: channel messages, then interaction responses.
    pub(crate) fn stored_message(&self, message: u64) -> Option<Value> {
        let wanted = id(message);
        if let Some(homes) = self.message_homes.get(&message) {
            let in_channel = homes
                .channel
                .and_then(|channel| self.messages.get(&channel))
                .into_iter()
                .flatten();
            let in_interactions = homes
                .interactions
                .iter()
                .filter_map(|i| self.interactions.get(i))
                .flat_map(|i| i.original.iter().chain(i.followups.iter()));
            if let Some(found) = in_channel
                .chain(in_interactions)
                .find(|m| m["id"] == wanted)
            {
                return Some(found.clone());
            }
        }
        self.messages
            .values()
            .flatten()
            .find(|m| m["id"] == wanted)
            .or_else(|| {
                self.interactions
                    .values()
                    .flat_map(|i| i.original.iter().chain(i.followups.iter()))
                    .find(|m| m["id"] == wanted)
            })
            .cloned()
    }

    /// Notes that `interaction` holds a copy of `message` (its original or a follow-up).
    pub(crate) fn home_in_interaction(&mut self, interaction: u64, message: &Value) {
        if let Some(message) = parse_id(&message["id"]) {
            let homes = self.message_homes.entry(message).or_default();
            if !homes.interactions.contains(&interaction) {
                homes.interactions.push(interaction);
            }
        }
    }

    pub(crate) fn channel_place(&self, channel: u64) -> Option<ChannelPlace> {
        if let Some((user, _)) = self.dm_channels.iter().find(|(_, c)| **c == channel) {
            return Some(ChannelPlace::Dm { user: *user });
        }
        self.guilds.values().find_map(|g| {
            g.channels
                .iter()
                .find(|c| c.id == channel)
                .map(|c| ChannelPlace::Guild {
                    guild: g.guild.id,
                    channel: c.clone(),
                })
        })
    }

    pub(crate) fn send_component(
        &mut self,
        guild: u64,
        user: u64,
        message: &Value,
        custom_id: &str,
        values: Option<Vec<String>>,
    ) -> Result<Interaction, String> {
        let message_id = parse_id(&message["id"])
            .ok_or("the message has no id; pass a message object the bot sent")?;
        let channel = parse_id(&message["channel_id"]).ok_or("the message has no channel_id")?;
        // Click what the member sees now: the stored version, if the bot edited the message.
        let message = self
            .stored_message(message_id)
            .unwrap_or_else(|| message.clone());
        let component = find_component(&message, custom_id).ok_or_else(|| {
            format!(
                "message {message_id} has no component {custom_id:?}; its components: {}",
                message["components"]
            )
        })?;
        if component["disabled"].as_bool().unwrap_or(false) {
            return Err(format!(
                "component {custom_id:?} is disabled; Discord's client cannot use it"
            ));
        }
        let component_type = component["type"].as_u64().unwrap_or(2);
        let mut data = json!({"custom_id": custom_id, "component_type": component_type});
        match (component_type, values) {
            (2, None) => {}
            (3, Some(values)) => {
                let options: Vec<&str> = component["options"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|o| o["value"].as_str())
                    .collect();
                if let Some(bad) = values.iter().find(|v| !options.contains(&v.as_str())) {
                    return Err(format!(
                        "{bad:?} is not an option of select {custom_id:?} ({options:?})"
                    ));
                }
                data["values"] = json!(values);
            }
            (2, Some(_)) => return Err(format!("{custom_id:?} is a button; use click")),
            (other, _) => {
                return Err(format!(
                    "{custom_id:?} is a component of type {other}; the fake clicks buttons (2) and string selects (3)"
                ));
            }
        }
        let (place, member) = self.place_and_member(guild, user, channel)?;
        let guild_id = match &place {
            Place::Guild { guild, .. } => Some(*guild),
            Place::Dm { .. } => None,
        };
        let (interaction, token) =
            self.new_interaction(3, guild_id, channel, user, Some(message_id));
        let mut payload = self.interaction_envelope(interaction, &token, 3, place, &member);
        payload.insert("message".into(), message);
        payload.insert("data".into(), data);
        self.dispatch_live("INTERACTION_CREATE", Value::Object(payload));
        Ok(Interaction {
            id: interaction,
            token,
        })
    }

    /// Where an interaction in `channel` happens, and as whom.
    pub(crate) fn place_and_member(
        &self,
        guild: u64,
        user: u64,
        channel: u64,
    ) -> Result<(Place, FakeUser), String> {
        match self.channel_place(channel) {
            Some(ChannelPlace::Dm { user: recipient }) => {
                if recipient != user {
                    return Err(format!(
                        "channel {channel} is the DM of user {recipient}, not of user {user}"
                    ));
                }
                let member = self
                    .users
                    .get(&user)
                    .cloned()
                    .ok_or_else(|| format!("unknown user {user}"))?;
                Ok((Place::Dm { channel }, member))
            }
            Some(ChannelPlace::Guild {
                guild: actual,
                channel,
            }) => {
                if actual != guild {
                    return Err(format!(
                        "channel {} belongs to guild {actual}, not {guild}",
                        channel.id
                    ));
                }
                let member = self.guilds[&guild]
                    .members
                    .get(&user)
                    .cloned()
                    .ok_or_else(|| {
                        format!("user {user} is not a member of guild {guild}; call add_user first")
                    })?;
                Ok((Place::Guild { guild, channel }, member))
            }
            None => Err(format!("channel {channel} is unknown to the fake")),
        }
    }

    pub(crate) fn send_modal_submit(
        &mut self,
        guild: u64,
        user: u64,
        custom_id: &str,
        fields: &[(&str, &str)],
    ) -> Result<Interaction, String> {
        let opener = self
            .modal_openers
            .get(&(user, custom_id.to_owned()))
            .copied()
            .ok_or_else(|| {
                format!("the bot opened no modal {custom_id:?} for user {user} (callback type 9)")
            })?;
        let (modal, channel, source_message) = {
            let i = &self.interactions[&opener];
            (
                i.modal.clone().unwrap_or_default(),
                i.channel_id,
                i.source_message,
            )
        };
        let inputs: Vec<Value> = modal["components"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
            .filter(|c| c["type"].as_u64() == Some(4))
            .collect();
        for (field, _) in fields {
            if !inputs.iter().any(|i| i["custom_id"] == *field) {
                let known: Vec<&str> = inputs
                    .iter()
                    .filter_map(|i| i["custom_id"].as_str())
                    .collect();
                return Err(format!(
                    "modal {custom_id:?} has no text input {field:?} (inputs: {known:?})"
                ));
            }
        }
        let mut rows = Vec::new();
        for input in &inputs {
            let input_id = input["custom_id"].as_str().unwrap_or_default();
            let value = fields
                .iter()
                .find(|(f, _)| *f == input_id)
                .map_or("", |(_, v)| *v);
            let length = value.chars().count() as u64;
            let required = input["required"].as_bool().unwrap_or(true);
            if required && value.is_empty() {
                return Err(format!("text input {input_id:?} is required"));
            }
            if !value.is_empty() {
                if let Some(min) = input["min_length"].as_u64()
                    && length < min
                {
                    return Err(format!(
                        "text input {input_id:?} needs at least {min} characters, got {length}"
                    ));
                }
                if let Some(max) = input["max_length"].as_u64()
                    && length > max
                {
                    return Err(format!(
                        "text input {input_id:?} takes at most {max} characters, got {length}"
                    ));
                }
            }
            rows.push(json!({"type": 1, "components": [{"type": 4, "id": rows.len() + 1, "custom_id": input_id, "value": value}]}));
        }
        let (place, member) = self.place_and_member(guild, user, channel)?;
        let guild_id = match &place {
            Place::Guild { guild, .. } => Some(*guild),
            Place::Dm { .. } => None,
        };
        let (interaction, token) = self.new_interaction(5, guild_id, channel, user, source_message);
        let mut payload = self.interaction_envelope(interaction, &token, 5, place, &member);
        if let Some(message) = source_message.and_then(|m| self.stored_message(m)) {
            payload.insert("message".into(), message);
        }
        payload.insert(
            "data".into(),
            json!({"custom_id": custom_id, "components": rows}),
        );
        self.dispatch_live("INTERACTION_CREATE", Value::Object(payload));
        Ok(Interaction {
            id: interaction,
            token,
        })
    }
}

#[derive(Clone, Copy)]
pub(crate) struct InteractionRef {
    pub(crate) id: u64,
    pub(crate) kind: u64,
    pub(crate) user: u64,
    pub(crate) source_message: Option<u64>,
}

pub(crate) enum Place {
    Guild { guild: u64, channel: FakeChannel },
    Dm { channel: u64 },
}

pub(crate) enum ChannelPlace {
    Guild { guild: u64, channel: FakeChannel },
    Dm { user: u64 },
}
