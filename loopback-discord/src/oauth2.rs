//! Discord's OAuth2 authorization-code flow, as a member's browser and the bot see it:
//! `/oauth2/authorize` (an HTML page with *Authorize* and *Cancel*, outside `/api`), and under
//! `/api/v10` the token exchange, `/users/@me` with the member's bearer token, the role
//! connection routes (Linked Roles) and token revocation. As strict as Discord's documentation
//! (`topics/oauth2.mdx`, `resources/application-role-connection-metadata.mdx`): a code works
//! once, for the redirect URI it was issued to; the client authenticates; a revoked token is
//! refused; a role connection names only registered metadata.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::payloads::id;
use crate::state::{Reply, Req, State};
use crate::{APPLICATION_ID, FakeDiscord};

/// The client secret the fake's application has (what a test sets `DISCORD_CLIENT_SECRET` to).
pub const CLIENT_SECRET: &str = "loopback-client-secret";

#[derive(Default)]
pub(crate) struct OAuth2 {
    /// The account signed in to Discord in the test's browser.
    pub(crate) browser_user: Option<u64>,
    /// Whether each account has 2FA on (`mfa_enabled`); false when not set.
    pub(crate) mfa: HashMap<u64, bool>,
    /// Codes issued and not yet exchanged.
    codes: HashMap<String, Grant>,
    /// Access tokens issued (revoked ones are removed).
    tokens: HashMap<String, Grant>,
    /// Each user's role connection, as last written.
    pub(crate) role_connections: HashMap<u64, Value>,
    /// The application's role-connection metadata, as last registered.
    pub(crate) metadata: Vec<Value>,
    /// Token exchanges to refuse (a test's failing Discord).
    pub(crate) refuse_exchanges: usize,
    /// Tokens revoked, in all.
    pub(crate) revoked: usize,
    next: u64,
}

#[derive(Clone)]
struct Grant {
    user: u64,
    scopes: Vec<String>,
    redirect_uri: String,
}

fn query<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn form(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

fn oauth_error(status: u16, error: &str) -> Reply {
    Reply::json(status, json!({"error": error}))
}

/// An answer of the browser-facing page: HTML or a redirect.
pub(crate) enum Page {
    Html(u16, String),
    Redirect(String),
}

impl OAuth2 {
    fn token(&mut self, prefix: &str) -> String {
        self.next += 1;
        format!("{prefix}{:08}{:016x}", self.next, rand_bits(self.next))
    }
}

/// Enough to make codes and tokens unguessable to a test that does not read them.
fn rand_bits(seed: u64) -> u64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    (now ^ seed.rotate_left(17)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

impl State {
    /// `GET /oauth2/authorize?…` and the page's two links.
    pub(crate) fn authorize_page(&mut self, path: &str, pairs: &[(String, String)]) -> Page {
        let bad = |why: &str| {
            Page::Html(
                400,
                format!(
                    "<!doctype html><title>Invalid OAuth2 request</title><p id=\"error\">{}</p>",
                    escape(why)
                ),
            )
        };
        let client_ok = query(pairs, "client_id") == Some(&APPLICATION_ID.to_string()[..]);
        let Some(redirect_uri) = query(pairs, "redirect_uri").filter(|u| u.starts_with("http"))
        else {
            return bad("Invalid OAuth2 redirect_uri");
        };
        if !client_ok {
            return bad("Unknown application");
        }
        if query(pairs, "response_type") != Some("code") {
            return bad("Invalid response_type (expected code)");
        }
        let scopes: Vec<String> = query(pairs, "scope")
            .unwrap_or_default()
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        if scopes.is_empty()
            || scopes.iter().any(|s| {
                !matches!(
                    s.as_str(),
                    "identify" | "role_connections.write" | "email" | "guilds"
                )
            })
        {
            return bad("Invalid scope");
        }
        let state = query(pairs, "state").unwrap_or_default();
        let back = |extra: &[(&str, &str)]| {
            let mut q = form_urlencoded::Serializer::new(String::new());
            for (k, v) in extra {
                q.append_pair(k, v);
            }
            if !state.is_empty() {
                q.append_pair("state", state);
            }
            let join = if redirect_uri.contains('?') { '&' } else { '?' };
            format!("{redirect_uri}{join}{}", q.finish())
        };
        match path {
            "/oauth2/authorize" => {
                let mut here = form_urlencoded::Serializer::new(String::new());
                for (k, v) in pairs {
                    here.append_pair(k, v);
                }
                let here = here.finish();
                let who = self
                    .oauth
                    .browser_user
                    .and_then(|u| self.users.get(&u))
                    .map_or("nobody".to_owned(), |u| u.name.clone());
                Page::Html(
                    200,
                    format!(
                        "<!doctype html><html><head><title>Discord | Authorize access to your account</title></head><body>\
                         <h1>An external application wants to access your Discord account</h1>\
                         <p id=\"signed-in\">Signed in as {who}</p><p id=\"scopes\">{scopes}</p>\
                         <a id=\"cancel\" href=\"/oauth2/authorize/cancel?{here}\">Cancel</a> \
                         <a id=\"authorize\" href=\"/oauth2/authorize/allow?{here}\">Authorize</a></body></html>",
                        who = escape(&who),
                        scopes = escape(&scopes.join(" ")),
                        here = escape(&here),
                    ),
                )
            }
            "/oauth2/authorize/cancel" => Page::Redirect(back(&[
                ("error", "access_denied"),
                (
                    "error_description",
                    "The resource owner or authorization server denied the request",
                ),
            ])),
            "/oauth2/authorize/allow" => {
                let Some(user) = self.oauth.browser_user else {
                    return bad("Not signed in to Discord in this browser");
                };
                let code = self.oauth.token("code");
                self.oauth.codes.insert(
                    code.clone(),
                    Grant {
                        user,
                        scopes,
                        redirect_uri: redirect_uri.to_owned(),
                    },
                );
                Page::Redirect(back(&[("code", &code)]))
            }
            _ => Page::Html(404, "<!doctype html><title>404</title>".into()),
        }
    }

    /// Whether the request's client authentication (HTTP Basic, or in the form) is the fake
    /// application's.
    fn client_authenticated(req: &Req, fields: &[(String, String)]) -> bool {
        use base64::Engine as _;
        let basic = req
            .headers
            .get("authorization")
            .and_then(|a| a.strip_prefix("Basic "))
            .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
            .is_some_and(|pair| pair == format!("{APPLICATION_ID}:{CLIENT_SECRET}").as_bytes());
        let in_form = query(fields, "client_id") == Some(&APPLICATION_ID.to_string()[..])
            && query(fields, "client_secret") == Some(CLIENT_SECRET);
        basic || in_form
    }

    fn bearer(&self, req: &Req) -> Option<Grant> {
        let token = req.headers.get("authorization")?.strip_prefix("Bearer ")?;
        self.oauth.tokens.get(token).cloned()
    }

    /// The OAuth2 routes under `/api/v10`; `None` for every other route.
    pub(crate) fn oauth_route(&mut self, req: &Req, segments: &[&str]) -> Option<Reply> {
        let app = APPLICATION_ID.to_string();
        let bearer = req
            .headers
            .get("authorization")
            .is_some_and(|a| a.starts_with("Bearer "));
        Some(match (req.method.as_str(), segments) {
            ("POST", ["oauth2", "token"]) => self.exchange(req),
            ("POST", ["oauth2", "token", "revoke"]) => {
                let fields = form(&req.raw_body);
                if !Self::client_authenticated(req, &fields) {
                    return Some(oauth_error(401, "invalid_client"));
                }
                if let Some(token) = query(&fields, "token")
                    && self.oauth.tokens.remove(token).is_some()
                {
                    self.oauth.revoked += 1;
                }
                Reply::ok(json!({}))
            }
            ("GET", ["users", "@me"]) if bearer => {
                let Some(grant) = self.bearer(req) else {
                    return Some(Reply::error(401, 0, "401: Unauthorized"));
                };
                if !grant.scopes.iter().any(|s| s == "identify") {
                    return Some(Reply::error(401, 0, "401: Unauthorized"));
                }
                let user = self.users.get(&grant.user);
                Reply::ok(json!({
                    "id": id(grant.user),
                    "username": user.map_or("member".to_owned(), |u| u.name.clone()),
                    "discriminator": "0",
                    "global_name": user.map(|u| u.name.clone()),
                    "avatar": null,
                    "bot": false,
                    "mfa_enabled": self.oauth.mfa.get(&grant.user).copied().unwrap_or(false),
                    "locale": user.map_or("en-US".to_owned(), |u| u.locale.clone()),
                    "flags": 0,
                    "public_flags": 0,
                }))
            }
            ("PUT" | "GET", ["users", "@me", "applications", a, "role-connection"])
                if *a == app =>
            {
                let Some(grant) = self.bearer(req) else {
                    return Some(Reply::error(401, 0, "401: Unauthorized"));
                };
                if !grant.scopes.iter().any(|s| s == "role_connections.write") {
                    return Some(Reply::error(403, 50001, "Missing Access"));
                }
                if req.method == "GET" {
                    return Some(Reply::ok(
                        self.oauth
                            .role_connections
                            .get(&grant.user)
                            .cloned()
                            .unwrap_or_else(|| json!({"platform_name": null, "platform_username": null, "metadata": {}})),
                    ));
                }
                self.write_role_connection(grant.user, &req.body)
            }
            ("PUT", ["applications", a, "role-connections", "metadata"])
                if *a == app && !bearer =>
            {
                if !req
                    .headers
                    .get("authorization")
                    .is_some_and(|a| a.starts_with("Bot "))
                {
                    return Some(Reply::error(401, 0, "401: Unauthorized"));
                }
                self.register_metadata(&req.body)
            }
            _ => return None,
        })
    }

    fn exchange(&mut self, req: &Req) -> Reply {
        let fields = form(&req.raw_body);
        if !req
            .headers
            .get("content-type")
            .is_some_and(|c| c.starts_with("application/x-www-form-urlencoded"))
        {
            return oauth_error(400, "invalid_request");
        }
        if !Self::client_authenticated(req, &fields) {
            return oauth_error(401, "invalid_client");
        }
        if query(&fields, "grant_type") != Some("authorization_code") {
            return oauth_error(400, "unsupported_grant_type");
        }
        if self.oauth.refuse_exchanges > 0 {
            self.oauth.refuse_exchanges -= 1;
            return oauth_error(500, "server_error");
        }
        let code = query(&fields, "code").unwrap_or_default();
        let Some(grant) = self.oauth.codes.remove(code) else {
            return oauth_error(400, "invalid_grant");
        };
        if query(&fields, "redirect_uri") != Some(grant.redirect_uri.as_str()) {
            return oauth_error(400, "invalid_grant");
        }
        let token = self.oauth.token("access");
        let scope = grant.scopes.join(" ");
        self.oauth.tokens.insert(token.clone(), grant);
        let refresh = self.oauth.token("refresh");
        Reply::ok(json!({
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": 604_800,
            "refresh_token": refresh,
            "scope": scope,
        }))
    }

    fn register_metadata(&mut self, body: &Value) -> Reply {
        let Some(records) = body.as_array() else {
            return Reply::error(400, 50035, "Invalid Form Body");
        };
        if records.len() > 5 {
            return Reply::error(400, 50035, "Invalid Form Body (at most 5 metadata records)");
        }
        for record in records {
            let key = record["key"].as_str().unwrap_or_default();
            let key_ok = (1..=50).contains(&key.len())
                && key
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
            let name_ok = record["name"]
                .as_str()
                .is_some_and(|n| (1..=100).contains(&n.chars().count()));
            let description_ok = record["description"]
                .as_str()
                .is_some_and(|d| (1..=200).contains(&d.chars().count()));
            let type_ok = record["type"]
                .as_u64()
                .is_some_and(|t| (1..=8).contains(&t));
            if !(key_ok && name_ok && description_ok && type_ok) {
                return Reply::error(
                    400,
                    50035,
                    &format!("Invalid Form Body (metadata record {key:?})"),
                );
            }
        }
        self.oauth.metadata = records.clone();
        Reply::ok(body.clone())
    }

    fn write_role_connection(&mut self, user: u64, body: &Value) -> Reply {
        let too_long = |field: &str, most: usize| {
            body[field]
                .as_str()
                .is_some_and(|v| v.chars().count() > most)
        };
        if too_long("platform_name", 50) || too_long("platform_username", 100) {
            return Reply::error(400, 50035, "Invalid Form Body");
        }
        let metadata = body["metadata"].as_object().cloned().unwrap_or_default();
        for (key, value) in &metadata {
            let Some(record) = self
                .oauth
                .metadata
                .iter()
                .find(|r| r["key"] == key.as_str())
            else {
                return Reply::error(
                    400,
                    50035,
                    &format!("Invalid Form Body (unknown metadata key {key:?})"),
                );
            };
            let Some(text) = value.as_str().filter(|v| v.chars().count() <= 100) else {
                return Reply::error(
                    400,
                    50035,
                    "Invalid Form Body (metadata values are strings)",
                );
            };
            let valid = match record["type"].as_u64().unwrap_or(0) {
                7 | 8 => matches!(text, "0" | "1"),
                5 | 6 => {
                    text.len() >= 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-'
                }
                _ => text.parse::<i64>().is_ok(),
            };
            if !valid {
                return Reply::error(
                    400,
                    50035,
                    &format!("Invalid Form Body (metadata {key:?} = {text:?})"),
                );
            }
        }
        let connection = json!({
            "platform_name": body["platform_name"],
            "platform_username": body["platform_username"],
            "metadata": metadata,
        });
        self.oauth.role_connections.insert(user, connection.clone());
        Reply::ok(connection)
    }
}

/// What a test sets and reads of OAuth2.
impl FakeDiscord {
    /// Discord's authorize page here (what `DISCORD_AUTHORIZE_URL` gets).
    pub fn authorize_url(&self) -> String {
        format!("{}/oauth2/authorize", self.api_url())
    }

    /// Signs `user` in to Discord in the test's browser (`None`: nobody).
    pub fn set_browser_user(&self, user: Option<u64>) {
        self.shared.lock().oauth.browser_user = user;
    }

    /// Whether `user`'s account has 2FA on (`mfa_enabled`).
    pub fn set_mfa_enabled(&self, user: u64, on: bool) {
        self.shared.lock().oauth.mfa.insert(user, on);
    }

    /// `user`'s role connection, as Keygate last wrote it.
    pub fn role_connection(&self, user: u64) -> Option<Value> {
        self.shared
            .lock()
            .oauth
            .role_connections
            .get(&user)
            .cloned()
    }

    /// The application's role-connection metadata, as last registered.
    pub fn role_connection_metadata(&self) -> Vec<Value> {
        self.shared.lock().oauth.metadata.clone()
    }

    /// Refuses the next `n` token exchanges with a 500.
    pub fn refuse_token_exchanges(&self, n: usize) {
        self.shared.lock().oauth.refuse_exchanges = n;
    }

    /// Access tokens issued and not revoked, and tokens revoked.
    pub fn oauth_tokens(&self) -> (usize, usize) {
        let state = self.shared.lock();
        (state.oauth.tokens.len(), state.oauth.revoked)
    }
}
