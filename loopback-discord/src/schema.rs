//! Discord's own request-body schemas (an extract of its OpenAPI description, in
//! `schemas/discord-openapi/`, MIT-licensed): every body the fake receives on a route they cover is
//! validated against them, and a violation is answered as Discord answers it, 400 with code 50035
//! and the field's path.
//!
//! Where the spec is looser or stricter than Discord's documentation and behaviour, the fake follows
//! Discord: `default_member_permissions` is sent as a string of digits (the spec says integer); a
//! snowflake may also be a JSON integer, as Discord reads it; the 2,000-character message content
//! and the 1-5 components of a modal are enforced in `validation.rs`, which runs first.

use std::sync::OnceLock;

use jsonschema::Validator;
use serde_json::{Value, json};

use crate::payloads::form_error;

const SPEC: &str = include_str!("../schemas/discord-openapi/request-schemas.json");

/// One covered route: its method, its path split into segments (`{…}` matches any), and the
/// validator of its JSON body (none for routes without a body).
struct Route {
    method: String,
    segments: Vec<String>,
    validator: Option<Validator>,
}

fn routes() -> &'static [Route] {
    static ROUTES: OnceLock<Vec<Route>> = OnceLock::new();
    ROUTES.get_or_init(|| {
        let spec: Value = serde_json::from_str(SPEC).expect("the schema extract is JSON");
        let mut schemas = spec["schemas"].clone();
        loosen_permissions(&mut schemas);
        // Discord returns snowflakes as strings but reads a JSON integer too (serenity sends an
        // attachment's `id` as `0`); the spec names only the string form.
        schemas["SnowflakeType"] = json!({
            "anyOf": [
                {"type": "string", "pattern": "^(0|[1-9][0-9]*)$"},
                {"type": "integer", "minimum": 0}
            ]
        });
        let operations = spec["operations"].as_object().expect("operations");
        operations
            .iter()
            .map(|(key, operation)| {
                let (method, path) = key.split_once(' ').expect("METHOD /path");
                let validator = operation["request_schema"]["application/json"]
                    .as_str()
                    .map(|name| {
                        let root = json!({"$ref": format!("#/schemas/{name}"), "schemas": schemas});
                        jsonschema::options()
                            .build(&root)
                            .unwrap_or_else(|e| panic!("schema {name}: {e}"))
                    });
                Route {
                    method: method.to_owned(),
                    segments: path
                        .trim_matches('/')
                        .split('/')
                        .map(str::to_owned)
                        .collect(),
                    validator,
                }
            })
            .collect()
    })
}

/// `default_member_permissions` is a string of digits in Discord's documentation and on the wire.
fn loosen_permissions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if key == "default_member_permissions" && child.get("type").is_some() {
                    *child = json!({"type": ["string", "integer", "null"], "pattern": "^[0-9]+$"});
                } else {
                    loosen_permissions(child);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(loosen_permissions),
        _ => {}
    }
}

fn matches(route: &Route, method: &str, segments: &[&str]) -> bool {
    route.method == method
        && route.segments.len() == segments.len()
        && route
            .segments
            .iter()
            .zip(segments)
            .all(|(pattern, segment)| pattern.starts_with('{') || pattern == segment)
}

/// Checks `body` against the schema of its route, if the extract covers the route. The error is
/// Discord's 50035 body with the first violation's path (`data.components.0.components.1.label`).
pub(crate) fn validate(method: &str, path: &str, body: &Value) -> Result<(), Value> {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let Some(route) = routes().iter().find(|r| matches(r, method, &segments)) else {
        return Ok(());
    };
    let Some(validator) = &route.validator else {
        return Ok(());
    };
    if body.is_null() {
        return Err(form_error(
            "_",
            "BASE_TYPE_REQUIRED",
            "A request body is required",
        ));
    }
    let Some(error) = validator.iter_errors(body).next() else {
        return Ok(());
    };
    let pointer = error.instance_path().to_string();
    let path: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
    let path = if pointer.is_empty() || pointer == "/" {
        "_".to_owned()
    } else {
        path.join(".")
    };
    // The rule broken, by its place in the schema (not the value, which may be long).
    let rule = error.schema_path().to_string();
    let message = format!("Value does not match Discord's schema ({rule})");
    Err(form_error(&path, "BASE_TYPE_INVALID", &message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_covered_route_compiles_and_a_bad_body_names_its_field() {
        assert_eq!(routes().len(), 10);
        assert!(validate("POST", "/channels/1/messages", &json!({"content": "hi"})).is_ok());
        let error = validate("POST", "/channels/1/messages", &json!({"content": 5})).unwrap_err();
        assert_eq!(error["code"], 50035);
        assert!(error["errors"]["content"]["_errors"].is_array(), "{error}");
        assert!(
            validate("GET", "/channels/1/messages", &Value::Null).is_ok(),
            "not covered"
        );
        let error = validate("PUT", "/applications/1/commands", &json!([{"name": 7}])).unwrap_err();
        assert!(
            error["errors"]["0"]["name"]["_errors"].is_array(),
            "{error}"
        );
    }
}
