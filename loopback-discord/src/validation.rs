use serde_json::{Map, Value};

use crate::payloads::form_error;

/// Moves an error's `errors` under `key` (callback bodies nest the message under `data`).
pub(crate) fn nest_error(mut error: Value, key: &str) -> Value {
    let mut level = Map::new();
    level.insert(key.to_owned(), error["errors"].take());
    error["errors"] = Value::Object(level);
    error
}

pub(crate) fn too_long(value: &Value, max: usize) -> bool {
    value.as_str().is_some_and(|s| s.chars().count() > max)
}

/// Discord's limits on a message body (create, edit, interaction response, follow-up).
pub(crate) fn validate_message(body: &Value) -> Result<(), Value> {
    if too_long(&body["content"], 2000) {
        return Err(form_error(
            "content",
            "BASE_TYPE_MAX_LENGTH",
            "Must be 2000 or fewer in length.",
        ));
    }
    let embeds = body["embeds"].as_array().map_or(0, Vec::len);
    if embeds > 10 {
        return Err(form_error(
            "embeds",
            "BASE_TYPE_MAX_LENGTH",
            "Must be 10 or fewer in length.",
        ));
    }
    if let Some(embeds) = body["embeds"].as_array() {
        for (i, embed) in embeds.iter().enumerate() {
            if too_long(&embed["title"], 256) {
                return Err(form_error(
                    &format!("embeds.{i}.title"),
                    "BASE_TYPE_MAX_LENGTH",
                    "Must be 256 or fewer in length.",
                ));
            }
            if too_long(&embed["description"], 4096) {
                return Err(form_error(
                    &format!("embeds.{i}.description"),
                    "BASE_TYPE_MAX_LENGTH",
                    "Must be 4096 or fewer in length.",
                ));
            }
        }
    }
    if let Some(rows) = body["components"].as_array() {
        if rows.len() > 5 {
            return Err(form_error(
                "components",
                "BASE_TYPE_MAX_LENGTH",
                "Must be 5 or fewer in length.",
            ));
        }
        for (r, row) in rows.iter().enumerate() {
            let children = row["components"].as_array().cloned().unwrap_or_default();
            if row["type"].as_u64() == Some(1) && (children.is_empty() || children.len() > 5) {
                return Err(form_error(
                    &format!("components.{r}.components"),
                    "BASE_TYPE_BAD_LENGTH",
                    "Must be between 1 and 5 in length.",
                ));
            }
            for (c, child) in children.iter().enumerate() {
                if too_long(&child["custom_id"], 100) {
                    return Err(form_error(
                        &format!("components.{r}.components.{c}.custom_id"),
                        "BASE_TYPE_MAX_LENGTH",
                        "Must be 100 or fewer in length.",
                    ));
                }
                if too_long(&child["label"], 80) {
                    return Err(form_error(
                        &format!("components.{r}.components.{c}.label"),
                        "BASE_TYPE_MAX_LENGTH",
                        "Must be 80 or fewer in length.",
                    ));
                }
                if child["type"].as_u64() == Some(2)
                    && child["style"].as_u64() != Some(5)
                    && child["custom_id"].is_null()
                {
                    return Err(form_error(
                        &format!("components.{r}.components.{c}.custom_id"),
                        "BASE_TYPE_REQUIRED",
                        "This field is required",
                    ));
                }
            }
        }
    }
    Ok(())
}

/// Discord's limits on a modal: title <= 45, 1-5 rows of one text input each, labels <= 45.
pub(crate) fn validate_modal(data: &Value) -> Result<(), Value> {
    if data["custom_id"].as_str().is_none_or(str::is_empty) || too_long(&data["custom_id"], 100) {
        return Err(form_error(
            "data.custom_id",
            "BASE_TYPE_BAD_LENGTH",
            "Must be between 1 and 100 in length.",
        ));
    }
    if data["title"].as_str().is_none_or(str::is_empty) || too_long(&data["title"], 45) {
        return Err(form_error(
            "data.title",
            "BASE_TYPE_BAD_LENGTH",
            "Must be between 1 and 45 in length.",
        ));
    }
    let rows = data["components"].as_array().cloned().unwrap_or_default();
    if rows.is_empty() || rows.len() > 5 {
        return Err(form_error(
            "data.components",
            "BASE_TYPE_BAD_LENGTH",
            "Must be between 1 and 5 in length.",
        ));
    }
    for (r, row) in rows.iter().enumerate() {
        let children = row["components"].as_array().cloned().unwrap_or_default();
        if children.len() != 1 || children[0]["type"].as_u64() != Some(4) {
            return Err(form_error(
                &format!("data.components.{r}.components"),
                "BASE_TYPE_BAD_LENGTH",
                "A modal row holds exactly one text input.",
            ));
        }
        if too_long(&children[0]["label"], 45) {
            return Err(form_error(
                &format!("data.components.{r}.components.0.label"),
                "BASE_TYPE_MAX_LENGTH",
                "Must be 45 or fewer in length.",
            ));
        }
    }
    Ok(())
}

/// Discord's limits on a command: name 1-32 lowercase, description 1-100 (slash commands), <= 25 options.
pub(crate) fn validate_command(command: &Value) -> Result<(), (String, String)> {
    let slash = command["type"].as_u64().unwrap_or(1) == 1;
    pub(crate) fn check_options(options: &Value, path: &str) -> Result<(), (String, String)> {
        let Some(list) = options.as_array() else {
            return Ok(());
        };
        if list.len() > 25 {
            return Err((path.into(), "Must be 25 or fewer in length.".into()));
        }
        for (i, option) in list.iter().enumerate() {
            let name = option["name"].as_str().unwrap_or_default();
            if name.is_empty()
                || name.chars().count() > 32
                || name.chars().any(|c| c.is_uppercase() || c.is_whitespace())
            {
                return Err((
                    format!("{path}.{i}.name"),
                    format!("Invalid option name {name:?}"),
                ));
            }
            let description = option["description"].as_str().unwrap_or_default();
            if description.is_empty() || description.chars().count() > 100 {
                return Err((
                    format!("{path}.{i}.description"),
                    "Must be between 1 and 100 in length.".into(),
                ));
            }
            check_options(&option["options"], &format!("{path}.{i}.options"))?;
        }
        Ok(())
    }
    let name = command["name"].as_str().unwrap_or_default();
    if name.is_empty()
        || name.chars().count() > 32
        || (slash && name.chars().any(|c| c.is_uppercase() || c.is_whitespace()))
    {
        return Err(("name".into(), format!("Invalid command name {name:?}")));
    }
    if slash {
        let description = command["description"].as_str().unwrap_or_default();
        if description.is_empty() || description.chars().count() > 100 {
            return Err((
                "description".into(),
                "Must be between 1 and 100 in length.".into(),
            ));
        }
    }
    check_options(&command["options"], "options")
}
