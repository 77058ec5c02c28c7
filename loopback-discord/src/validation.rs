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
        // A custom_id is unique within a message: it is how Discord tells the components apart.
        let mut seen = std::collections::HashSet::new();
        for (r, row) in rows.iter().enumerate() {
            for (c, child) in row["components"]
                .as_array()
                .into_iter()
                .flatten()
                .enumerate()
            {
                if let Some(id) = child["custom_id"].as_str()
                    && !seen.insert(id.to_owned())
                {
                    return Err(form_error(
                        &format!("components.{r}.components.{c}.custom_id"),
                        "COMPONENT_CUSTOM_ID_DUPLICATED",
                        "Component custom id cannot be duplicated",
                    ));
                }
            }
        }
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

/// Discord's locales, the only keys `name_localizations` and `description_localizations` take.
const LOCALES: [&str; 32] = [
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
    "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th",
    "zh-CN", "ja", "zh-TW", "ko",
];

/// A command or option name as Discord takes it: 1-32 letters, digits, `-`, `_`, `'` (Devanagari
/// and Thai too), lower case where the script has case.
fn valid_name(name: &str) -> bool {
    static NAME: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let pattern = NAME.get_or_init(|| {
        regex::Regex::new(r"^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$")
            .expect("Discord's name pattern")
    });
    pattern.is_match(name) && name.to_lowercase() == name
}

type Refusal = (String, String);

/// `item[field]` and its `{field}_localizations`: each `valid`, localised only under Discord's
/// locales; the length of the longest (what counts towards the 8,000).
fn check_localized(
    item: &Value,
    path: &str,
    field: &str,
    valid: impl Fn(&str) -> bool,
    invalid: impl Fn(&str) -> String,
) -> Result<usize, Refusal> {
    let text = item[field].as_str().unwrap_or_default();
    if !valid(text) {
        return Err((format!("{path}{field}"), invalid(text)));
    }
    let mut longest = text.chars().count();
    if let Some(map) = item[format!("{field}_localizations")].as_object() {
        for (locale, value) in map {
            let here = format!("{path}{field}_localizations.{locale}");
            if !LOCALES.contains(&locale.as_str()) {
                return Err((here, format!("Invalid locale {locale:?}")));
            }
            let localized = value.as_str().unwrap_or_default();
            if !valid(localized) {
                return Err((here, invalid(localized)));
            }
            longest = longest.max(localized.chars().count());
        }
    }
    Ok(longest)
}

/// A name and its localisations: Discord's pattern, lower case.
fn check_names(item: &Value, path: &str) -> Result<usize, Refusal> {
    check_localized(item, path, "name", valid_name, |name| {
        format!("Invalid name {name:?}")
    })
}

/// A description (1-100) and its localisations (the same limits).
fn check_descriptions(item: &Value, path: &str) -> Result<usize, Refusal> {
    check_localized(
        item,
        path,
        "description",
        |text| !text.is_empty() && text.chars().count() <= 100,
        |_| "Must be between 1 and 100 in length.".into(),
    )
}

/// Options (at most 25 a level), recursively; the characters they count towards the 8,000.
fn check_options(options: &Value, path: &str) -> Result<usize, Refusal> {
    let Some(list) = options.as_array() else {
        return Ok(0);
    };
    if list.len() > 25 {
        return Err((path.into(), "Must be 25 or fewer in length.".into()));
    }
    let mut total = 0;
    for (i, option) in list.iter().enumerate() {
        let here = format!("{path}.{i}.");
        total += check_names(option, &here)?;
        total += check_descriptions(option, &here)?;
        for choice in option["choices"].as_array().into_iter().flatten() {
            total += choice["name"].as_str().map_or(0, |n| n.chars().count());
            total += match &choice["value"] {
                Value::String(value) => value.chars().count(),
                other => other.to_string().len(),
            };
        }
        total += check_options(&option["options"], &format!("{path}.{i}.options"))?;
    }
    Ok(total)
}

/// Discord's rules for a command (application-commands.mdx): names by Discord's pattern and lower
/// case, descriptions 1-100, localisations the same and under Discord's locales only, at most 25
/// options a level, and at most 8,000 characters in all (names, descriptions and choices, each
/// counted at its longest localisation).
pub(crate) fn validate_command(command: &Value) -> Result<(), Refusal> {
    let slash = command["type"].as_u64().unwrap_or(1) == 1;
    let mut total = if slash {
        check_names(command, "")?
    } else {
        let name = command["name"].as_str().unwrap_or_default();
        if name.is_empty() || name.chars().count() > 32 {
            return Err(("name".into(), format!("Invalid command name {name:?}")));
        }
        name.chars().count()
    };
    if slash {
        total += check_descriptions(command, "")?;
    }
    total += check_options(&command["options"], "options")?;
    if total > 8000 {
        return Err((
            String::new(),
            format!("Command exceeds maximum size (8000): {total}"),
        ));
    }
    Ok(())
}

/// The fake's own rules for a request's body (stricter than the schema where Discord's
/// documentation is, and with the field's exact path), checked before Discord's schema.
pub(crate) fn precheck(method: &str, path: &str, body: &Value) -> Result<(), Value> {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    match (method, segments.as_slice()) {
        ("POST", ["interactions", _, _, "callback"]) => {
            let data = &body["data"];
            match body["type"].as_u64() {
                Some(4 | 7) => validate_message(data).map_err(|e| nest_error(e, "data")),
                Some(9) => validate_modal(data),
                _ => Ok(()),
            }
        }
        ("POST", ["webhooks", _, _])
        | ("PATCH", ["webhooks", _, _, "messages", _])
        | ("POST", ["channels", _, "messages"]) => validate_message(body),
        ("PUT", ["applications", _, "commands"] | ["applications", _, "guilds", _, "commands"]) => {
            for (index, command) in body.as_array().into_iter().flatten().enumerate() {
                if let Err((path, message)) = validate_command(command) {
                    let path = if path.is_empty() {
                        index.to_string()
                    } else {
                        format!("{index}.{path}")
                    };
                    return Err(form_error(&path, "BASE_TYPE_BAD_LENGTH", &message));
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}
