//! Discord's OAuth2 endpoints, called with the HTTP client Keygate already has (serenity has
//! none for them): the code exchanged for a token, the account read with it, its role connection
//! written, and the token revoked. The member's token lives in a [`Zeroizing`] string for one
//! sign-in and is never logged, stored or shown; errors name the step and Discord's status only.

use std::time::Duration;

use serde_json::{Value, json};
use zeroize::Zeroizing;

use crate::config::Secret;
use crate::gate::UserId;
use crate::gate::discord_2fa::Discord2fa;

/// Discord's role-connection metadata keys (Linked Roles).
pub const METADATA_ENABLED: &str = "discord_2fa";
pub const METADATA_CHECKED: &str = "checked_at";
/// How long one call to Discord may take.
const TIMEOUT: Duration = Duration::from_secs(10);
/// Calls to Discord's OAuth2 endpoints at once, from this process. Anyone may start a sign-in
/// (`/linked-role`) and bring back any code, so a flood is held here, and after a 429 nothing is
/// sent until Discord's `Retry-After` has passed: 429s count towards Discord's ban of the bot's
/// address.
const AT_ONCE: usize = 4;
/// The longest a 429 stops the calls for (Discord's `Retry-After` is usually seconds).
const LONGEST_PAUSE: Duration = Duration::from_secs(60);

/// The bot token's `Authorization` header, marked sensitive (kept out of reqwest's `Debug`).
fn bot_authorization(token: &str) -> reqwest::header::HeaderValue {
    let mut value = reqwest::header::HeaderValue::from_str(&format!("Bot {token}"))
        .unwrap_or_else(|_| reqwest::header::HeaderValue::from_static(""));
    value.set_sensitive(true);
    value
}

/// The sign-in's client: Keygate's application, its secret and where the pages live.
#[derive(Clone)]
pub struct OAuthClient {
    http: reqwest::Client,
    calls: std::sync::Arc<Calls>,
    /// The bot's count of refused requests (Discord's invalid-request limit is per address).
    budget: std::sync::Arc<crate::discord::budget::Budget>,
    /// `https://discord.com/api/v10`, or the same under `DISCORD_API_URL`.
    api: String,
    authorize_url: String,
    client_id: u64,
    client_secret: Secret,
    /// Where members reach Keygate's web server, without a trailing slash.
    public_base: String,
}

impl std::fmt::Debug for OAuthClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthClient")
            .field("client_id", &self.client_id)
            .field("public_base", &self.public_base)
            .finish_non_exhaustive()
    }
}

/// How many calls are out, and until when Discord asked for none.
struct Calls {
    at_once: tokio::sync::Semaphore,
    paused_until: std::sync::Mutex<Option<tokio::time::Instant>>,
}

impl Calls {
    /// Until when no call may go out, if that is still ahead.
    fn paused_until(&self) -> Option<tokio::time::Instant> {
        let until = *self.paused_until.lock().unwrap_or_else(|p| p.into_inner());
        until.filter(|until| tokio::time::Instant::now() < *until)
    }

    /// Stops the calls for `asked` (at most [`LONGEST_PAUSE`]); a longer pause already running
    /// is kept.
    fn pause_for(&self, asked: Duration) {
        let until = tokio::time::Instant::now() + asked.min(LONGEST_PAUSE);
        let mut paused = self.paused_until.lock().unwrap_or_else(|p| p.into_inner());
        *paused = Some(paused.map_or(until, |was| was.max(until)));
    }

    /// After a 429: Discord's `Retry-After` (or the bucket's reset), 5 s if it named none.
    fn pause(&self, headers: &reqwest::header::HeaderMap) {
        let asked = ["retry-after", "x-ratelimit-reset-after"]
            .iter()
            .find_map(|name| headers.get(*name)?.to_str().ok()?.parse::<f64>().ok())
            .filter(|secs| secs.is_finite() && *secs >= 0.0)
            .map_or(Duration::from_secs(5), Duration::from_secs_f64);
        self.pause_for(asked);
    }
}

/// A step of the sign-in that Discord did not complete.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum OAuthError {
    #[error("Discord refused the {0} (HTTP {1})")]
    Refused(&'static str, u16),
    #[error("Discord did not answer the {0}")]
    Unreachable(&'static str),
    #[error("Discord's answer to the {0} was not what its documentation describes")]
    Malformed(&'static str),
}

/// The step a refused client authentication pauses the calls at.
const EXCHANGE: &str = "sign-in code exchange";

/// A member's access token, for one sign-in.
pub struct Token {
    pub secret: Zeroizing<String>,
    /// Whether the member granted `role_connections.write`.
    pub role_connections: bool,
}

/// The account that signed in, as `GET /users/@me` showed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: UserId,
    pub mfa_enabled: bool,
    /// The name the account shows (its display name, else its username), for the page.
    pub name: String,
}

impl OAuthClient {
    pub fn new(
        api_url: Option<&str>,
        authorize_url: &str,
        client_id: u64,
        client_secret: Secret,
        public_base: String,
        budget: std::sync::Arc<crate::discord::budget::Budget>,
    ) -> Self {
        let origin = api_url
            .unwrap_or("https://discord.com")
            .trim_end_matches('/');
        Self {
            budget,
            calls: std::sync::Arc::new(Calls {
                at_once: tokio::sync::Semaphore::new(AT_ONCE),
                paused_until: std::sync::Mutex::new(None),
            }),
            http: reqwest::Client::builder()
                .timeout(TIMEOUT)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap_or_default(),
            api: format!("{origin}/api/v10"),
            authorize_url: authorize_url.to_owned(),
            client_id,
            client_secret,
            public_base,
        }
    }

    /// The link members get in Discord: Keygate's own start page, which sends them on to
    /// Discord's (the link stays short, and a dead state is explained before Discord is asked).
    pub fn start_link(&self, state: &str) -> String {
        format!("{}/oauth/start?state={state}", self.public_base)
    }

    pub fn redirect_uri(&self) -> String {
        format!("{}/oauth/callback", self.public_base)
    }

    /// Discord's authorize page for a sign-in with `state`.
    pub fn authorize_link(&self, state: &str) -> String {
        let query = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("response_type", "code")
            .append_pair("client_id", &self.client_id.to_string())
            .append_pair("scope", "identify role_connections.write")
            .append_pair("state", state)
            .append_pair("redirect_uri", &self.redirect_uri())
            .append_pair("prompt", "consent")
            .finish();
        let join = if self.authorize_url.contains('?') {
            '&'
        } else {
            '?'
        };
        format!("{}{join}{query}", self.authorize_url)
    }

    async fn send(
        &self,
        step: &'static str,
        request: reqwest::RequestBuilder,
    ) -> Result<Value, OAuthError> {
        self.send_after_pause(step, request, false).await
    }

    /// [`Self::send`]; with `wait`, a pause is waited out (a token's revocation must still go)
    /// instead of refusing at once.
    async fn send_after_pause(
        &self,
        step: &'static str,
        request: reqwest::RequestBuilder,
        wait: bool,
    ) -> Result<Value, OAuthError> {
        let _turn = tokio::time::timeout(TIMEOUT, self.calls.at_once.acquire())
            .await
            .map_err(|_| OAuthError::Unreachable(step))?
            .map_err(|_| OAuthError::Unreachable(step))?;
        // Checked with the turn in hand: calls that waited for one while a 429 came in do not go.
        if let Some(until) = self.calls.paused_until() {
            if !wait {
                return Err(OAuthError::Refused(step, 429));
            }
            tokio::time::sleep_until(until).await;
        }
        let response = request
            .send()
            .await
            .map_err(|_| OAuthError::Unreachable(step))?;
        let status = response.status().as_u16();
        if matches!(status, 401 | 403 | 429) {
            // Counted with the bot's own refusals: together they make Discord's ban.
            self.budget.record_refusal(None);
        }
        match status {
            429 => self.calls.pause(response.headers()),
            // Keygate's own client authentication refused (a wrong or rotated
            // DISCORD_CLIENT_SECRET): every further sign-in would be refused too.
            401 if step == EXCHANGE => self.calls.pause_for(LONGEST_PAUSE),
            _ => {}
        }
        let body = response
            .bytes()
            .await
            .map_err(|_| OAuthError::Unreachable(step))?;
        if !(200..300).contains(&status) {
            return Err(OAuthError::Refused(step, status));
        }
        if body.is_empty() {
            return Ok(Value::Null);
        }
        serde_json::from_slice(&body).map_err(|_| OAuthError::Malformed(step))
    }

    fn form(pairs: &[(&str, &str)]) -> Zeroizing<String> {
        let mut form = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in pairs {
            form.append_pair(name, value);
        }
        Zeroizing::new(form.finish())
    }

    /// Exchanges the authorization code for the member's access token.
    pub async fn exchange(&self, code: &str) -> Result<Token, OAuthError> {
        const STEP: &str = EXCHANGE;
        let body = Self::form(&[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", &self.redirect_uri()),
        ]);
        let answer = self
            .send(
                STEP,
                self.http
                    .post(format!("{}/oauth2/token", self.api))
                    .basic_auth(self.client_id, Some(self.client_secret.expose()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .body(body.as_str().to_owned()),
            )
            .await?;
        let scopes = answer["scope"].as_str().unwrap_or_default();
        if !answer["token_type"]
            .as_str()
            .is_some_and(|t| t.eq_ignore_ascii_case("bearer"))
            || !scopes.split(' ').any(|s| s == "identify")
        {
            return Err(OAuthError::Malformed(STEP));
        }
        let secret = answer["access_token"]
            .as_str()
            .filter(|t| !t.is_empty())
            .map(|t| Zeroizing::new(t.to_owned()))
            .ok_or(OAuthError::Malformed(STEP))?;
        Ok(Token {
            secret,
            // A sign-in started by hand with `identify` alone: checked, but no role connection.
            role_connections: scopes.split(' ').any(|s| s == "role_connections.write"),
        })
    }

    /// The account the token belongs to, and whether it has 2FA on.
    pub async fn account(&self, token: &str) -> Result<Account, OAuthError> {
        const STEP: &str = "account lookup";
        let user = self
            .send(
                STEP,
                self.http
                    .get(format!("{}/users/@me", self.api))
                    .bearer_auth(token),
            )
            .await?;
        let id = user["id"]
            .as_str()
            .and_then(|id| id.parse::<u64>().ok())
            .filter(|id| *id != 0)
            .ok_or(OAuthError::Malformed(STEP))?;
        let mfa_enabled = user["mfa_enabled"]
            .as_bool()
            .ok_or(OAuthError::Malformed(STEP))?;
        let name = user["global_name"]
            .as_str()
            .or(user["username"].as_str())
            .unwrap_or_default()
            .chars()
            .take(64)
            .collect();
        Ok(Account {
            id: UserId::new(id),
            mfa_enabled,
            name,
        })
    }

    /// Writes the member's role connection (Linked Roles) with what the check found.
    pub async fn write_role_connection(
        &self,
        token: &str,
        check: &Discord2fa,
    ) -> Result<(), OAuthError> {
        let checked = chrono::DateTime::from_timestamp(check.checked_at.unix(), 0)
            .unwrap_or_default()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let body = json!({
            "platform_name": "Keygate",
            "metadata": {
                METADATA_ENABLED: if check.enabled { "1" } else { "0" },
                METADATA_CHECKED: checked,
            },
        });
        self.send(
            "role connection update",
            self.http
                .put(format!(
                    "{}/users/@me/applications/{}/role-connection",
                    self.api, self.client_id
                ))
                .bearer_auth(token)
                .header("Content-Type", "application/json")
                .body(body.to_string()),
        )
        .await
        .map(drop)
    }

    /// Revokes the member's token (and with it the whole authorization): Keygate needs it no more.
    pub async fn revoke(&self, token: &str) -> Result<(), OAuthError> {
        let body = Self::form(&[("token", token), ("token_type_hint", "access_token")]);
        self.send_after_pause(
            "token revocation",
            self.http
                .post(format!("{}/oauth2/token/revoke", self.api))
                .basic_auth(self.client_id, Some(self.client_secret.expose()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(body.as_str().to_owned()),
            true,
        )
        .await
        .map(drop)
    }

    /// Registers Keygate's Linked Roles metadata (with the bot token): a server admin can then
    /// require "Discord 2FA on" for a role under Server Settings → Roles → Links.
    pub async fn register_metadata(&self, bot_token: &str) -> Result<(), OAuthError> {
        let records = json!([
            {
                "type": 7,
                "key": METADATA_ENABLED,
                "name": "Discord 2FA on",
                "description": "The account has Discord's own two-factor authentication turned on",
                "name_localizations": {"de": "Discord-2FA an", "fr": "A2F Discord activée", "es-ES": "2FA de Discord activada", "pt-BR": "2FA do Discord ativada"},
            },
            {
                "type": 6,
                "key": METADATA_CHECKED,
                "name": "2FA confirmed within (days)",
                "description": "Keygate confirmed Discord 2FA within this many days",
                "name_localizations": {"de": "2FA bestätigt in (Tagen)", "fr": "A2F confirmée depuis (jours)", "es-ES": "2FA confirmada en (días)", "pt-BR": "2FA confirmada em (dias)"},
            },
        ]);
        self.send(
            "Linked Roles metadata registration",
            self.http
                .put(format!(
                    "{}/applications/{}/role-connections/metadata",
                    self.api, self.client_id
                ))
                .header(reqwest::header::AUTHORIZATION, bot_authorization(bot_token))
                .header("Content-Type", "application/json")
                .body(records.to_string()),
        )
        .await
        .map(drop)
    }
}
