//! The role worker's own way to Discord: every request waits for its rate-limit bucket, and
//! every answer (success or not) teaches the bucket what Discord said.
//!
//! Behind `DISCORD_API_URL` serenity's ratelimiter is off (it ignores the proxy), and serenity
//! hides the headers of an answer, so the worker sends its requests itself, built by serenity
//! (`Request::build`, the same URL, token and audit-log reason) and read here:
//! - `X-RateLimit-Bucket` names the bucket a route shares; `X-RateLimit-Remaining` and
//!   `X-RateLimit-Reset-After` say how many requests it has left and when it fills again. Buckets
//!   are per route and per server (the route's major parameter).
//! - A 429 carries `Retry-After` (and `retry_after` in its body): the bucket, or with
//!   `X-RateLimit-Global` every request, waits that long.
//! - Discord allows 50 requests a second per bot in all; the worker keeps to 40
//!   (`KEYGATE_ROLE_RATE`), leaving the rest to the interactions and the log channel, or to none
//!   of its own behind a ratelimit proxy that paces the bot as a whole.
//!
//! Every request has a timeout shorter than the claim lease, so a change is never still in flight
//! when another process may take it over.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use poise::serenity_prelude as serenity;
use serenity::http::{LightMethod, Request, Route};
use tokio::time::Instant;

/// Requests a second the worker allows itself unless `KEYGATE_ROLE_RATE` says otherwise
/// (Discord's global limit is 50 a bot; the rest is left to interactions and the log channel).
pub const DEFAULT_PER_SECOND: u32 = 40;

/// The longest one 429 stops the worker (or a bucket) at once: removals wait behind it too, and a
/// claim waiting longer would lapse. Asked again after that, Discord says again.
const LONGEST_WAIT: Duration = Duration::from_secs(60);

/// Buckets remembered before the expired ones are dropped.
const BUCKETS_KEPT: usize = 10_000;

/// The requests the worker makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    AddRole,
    RemoveRole,
    GetMember,
}

impl Call {
    /// The method and route (Discord limits per route; the bucket it names may be shared).
    fn route(self) -> &'static str {
        match self {
            Self::AddRole => "PUT /guilds/{guild}/members/{user}/roles/{role}",
            Self::RemoveRole => "DELETE /guilds/{guild}/members/{user}/roles/{role}",
            Self::GetMember => "GET /guilds/{guild}/members/{user}",
        }
    }
}

/// Which limit a request counts against before Discord has named its bucket: the route, and
/// the server it is about (Discord's major parameter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct RouteKey {
    route: &'static str,
    guild: u64,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    remaining: u32,
    resets_at: Instant,
}

#[derive(Default)]
struct Limits {
    /// The worker's own share of the global limit (`None`: none of its own).
    per_second: Option<u32>,
    /// The bucket Discord named for each route.
    names: HashMap<&'static str, String>,
    /// Per bucket (or route, until named) and server.
    buckets: HashMap<(String, u64), Bucket>,
    /// No request before this (a global 429).
    global_until: Option<Instant>,
    /// This second's requests, for the worker's share of the global limit.
    second: Option<(Instant, u32)>,
}

impl Limits {
    fn bucket_key(&self, key: RouteKey) -> (String, u64) {
        let name = self
            .names
            .get(key.route)
            .cloned()
            .unwrap_or_else(|| key.route.to_owned());
        (name, key.guild)
    }

    /// How long a request must wait, or `None` when it may go now (it is then counted).
    fn wait(&mut self, key: RouteKey, now: Instant) -> Option<Duration> {
        if let Some(until) = self.global_until.filter(|until| *until > now) {
            return Some(until - now);
        }
        let bucket = self.bucket_key(key);
        if let Some(state) = self.buckets.get(&bucket)
            && state.remaining == 0
            && state.resets_at > now
        {
            return Some(state.resets_at - now);
        }
        let (start, sent) = match self.second {
            Some((start, sent)) if now < start + Duration::from_secs(1) => (start, sent),
            _ => (now, 0),
        };
        if self.per_second.is_some_and(|most| sent >= most) {
            return Some(start + Duration::from_secs(1) - now);
        }
        self.second = Some((start, sent + 1));
        if let Some(state) = self.buckets.get_mut(&bucket)
            && state.resets_at > now
        {
            state.remaining = state.remaining.saturating_sub(1);
        }
        None
    }

    /// What an answer said about its bucket.
    fn learn(&mut self, key: RouteKey, answer: &Answer, now: Instant) {
        if let Some(name) = &answer.bucket {
            self.names.insert(key.route, name.clone());
        }
        let bucket = self.bucket_key(key);
        if answer.status == 429 {
            let wait = answer
                .retry_after
                .unwrap_or(Duration::from_secs(1))
                .min(LONGEST_WAIT);
            if answer.global {
                self.global_until = Some(now + wait);
            } else {
                self.buckets.insert(
                    bucket,
                    Bucket {
                        remaining: 0,
                        resets_at: now + wait,
                    },
                );
            }
            return;
        }
        if self.buckets.len() >= BUCKETS_KEPT {
            self.buckets.retain(|_, b| b.resets_at > now);
        }
        if let (Some(remaining), Some(reset_after)) = (answer.remaining, answer.reset_after) {
            self.buckets.insert(
                bucket,
                Bucket {
                    remaining,
                    resets_at: now + reset_after,
                },
            );
        }
    }
}

/// The rate-limit headers of one answer.
#[derive(Debug, Clone, Default, PartialEq)]
struct Answer {
    status: u16,
    bucket: Option<String>,
    remaining: Option<u32>,
    reset_after: Option<Duration>,
    retry_after: Option<Duration>,
    global: bool,
}

impl Answer {
    fn read(status: u16, headers: &reqwest::header::HeaderMap) -> Self {
        let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        let seconds = |name: &str| {
            text(name)
                .and_then(|v| v.parse::<f64>().ok())
                .filter(|s| s.is_finite() && *s >= 0.0)
                // Never trust a wait of more than an hour from one header.
                .map(|s| Duration::from_secs_f64(s.min(3600.0)))
        };
        Self {
            status,
            bucket: text("x-ratelimit-bucket").map(str::to_owned),
            remaining: text("x-ratelimit-remaining").and_then(|v| v.parse().ok()),
            reset_after: seconds("x-ratelimit-reset-after"),
            retry_after: seconds("retry-after"),
            global: text("x-ratelimit-global") == Some("true"),
        }
    }
}

/// Sends the worker's requests, each after its bucket allows it.
pub struct Requester {
    /// For the token and the proxy (`DISCORD_API_URL`): every request goes where serenity's do.
    http: std::sync::Arc<serenity::Http>,
    client: reqwest::Client,
    limits: Mutex<Limits>,
    timeout: Duration,
}

/// A request's timeout for a claim lease: half of it (at most 30 s), so a change is settled (or
/// given up) well before its claim may pass to another process.
pub fn request_timeout(lease: Duration) -> Duration {
    (lease / 2).min(Duration::from_secs(30))
}

impl Requester {
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The requests a second it keeps to, if any.
    pub fn per_second(&self) -> Option<u32> {
        self.limits.lock().expect("rate limits").per_second
    }

    /// Waits until `call` for `guild` may go (its bucket, the global limit, a 429's wait) and
    /// counts it as sent: call it right before the request, then renew the claim, then send.
    /// `false` when `shutdown` fired meanwhile (the request is not made).
    pub async fn reserve(
        &self,
        call: Call,
        guild: serenity::GuildId,
        shutdown: &mut tokio::sync::watch::Receiver<bool>,
    ) -> bool {
        let key = RouteKey {
            route: call.route(),
            guild: guild.get(),
        };
        loop {
            if *shutdown.borrow() {
                return false;
            }
            let wait = self
                .limits
                .lock()
                .expect("rate limits")
                .wait(key, Instant::now());
            match wait {
                None => return true,
                Some(wait) => tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = shutdown.changed() => {}
                },
            }
        }
    }

    /// Requests that give up after `timeout` (keep it under the claim lease).
    /// At most `per_second` requests a second (`None`: as fast as the buckets allow).
    pub fn new(
        http: std::sync::Arc<serenity::Http>,
        timeout: Duration,
        per_second: Option<u32>,
    ) -> Self {
        Self {
            http,
            client: reqwest::Client::new(),
            limits: Mutex::new(Limits {
                per_second,
                ..Limits::default()
            }),
            timeout,
        }
    }

    pub async fn add_member_role(
        &self,
        guild: serenity::GuildId,
        user: serenity::UserId,
        role: serenity::RoleId,
        reason: &str,
    ) -> Result<Sent, serenity::Error> {
        self.member_role(LightMethod::Put, Call::AddRole, guild, user, role, reason)
            .await
    }

    pub async fn remove_member_role(
        &self,
        guild: serenity::GuildId,
        user: serenity::UserId,
        role: serenity::RoleId,
        reason: &str,
    ) -> Result<Sent, serenity::Error> {
        self.member_role(
            LightMethod::Delete,
            Call::RemoveRole,
            guild,
            user,
            role,
            reason,
        )
        .await
    }

    /// `PUT` (add) or `DELETE` (remove) of a member's role, with the audit-log reason.
    async fn member_role(
        &self,
        method: LightMethod,
        call: Call,
        guild: serenity::GuildId,
        user: serenity::UserId,
        role: serenity::RoleId,
        reason: &str,
    ) -> Result<Sent, serenity::Error> {
        let route = Route::GuildMemberRole {
            guild_id: guild,
            user_id: user,
            role_id: role,
        };
        let request = Request::new(route, method).headers(Some(reason_header(reason)));
        self.send(request, call, guild).await.map(|_| Sent)
    }

    pub async fn get_member(
        &self,
        guild: serenity::GuildId,
        user: serenity::UserId,
    ) -> Result<serenity::Member, serenity::Error> {
        let route = Route::GuildMember {
            guild_id: guild,
            user_id: user,
        };
        let response = self
            .send(
                Request::new(route, LightMethod::Get),
                Call::GetMember,
                guild,
            )
            .await?;
        let body = response.bytes().await?;
        let mut value: serde_json::Value = serde_json::from_slice(&body)?;
        if let Some(map) = value.as_object_mut() {
            map.insert("guild_id".to_owned(), guild.get().into());
        }
        Ok(serde_json::from_value(value)?)
    }

    /// Sends (after [`Requester::reserve`]) and learns from the answer; a refusal becomes
    /// serenity's error, so it is classified like every other.
    async fn send(
        &self,
        request: Request<'_>,
        call: Call,
        guild: serenity::GuildId,
    ) -> Result<reqwest::Response, serenity::Error> {
        let key = RouteKey {
            route: call.route(),
            guild: guild.get(),
        };
        let method = request.method_ref().reqwest_method();
        let built = request
            .build(&self.client, self.http.token(), self.http.proxy.as_deref())?
            .timeout(self.timeout)
            .build()?;
        let response = self.client.execute(built).await?;
        let answer = Answer::read(response.status().as_u16(), response.headers());
        self.limits
            .lock()
            .expect("rate limits")
            .learn(key, &answer, Instant::now());
        if response.status().is_success() {
            return Ok(response);
        }
        Err(serenity::Error::Http(
            serenity::HttpError::UnsuccessfulRequest(
                serenity::ErrorResponse::from_response(response, method).await,
            ),
        ))
    }

    /// How long `call` for `guild` must still wait (after a 429, or with its bucket spent).
    pub fn waiting(&self, call: Call, guild: serenity::GuildId) -> Option<Duration> {
        let now = Instant::now();
        let limits = self.limits.lock().expect("rate limits");
        let global = limits.global_until.filter(|u| *u > now).map(|u| u - now);
        let key = limits.bucket_key(RouteKey {
            route: call.route(),
            guild: guild.get(),
        });
        let bucket = limits
            .buckets
            .get(&key)
            .filter(|b| b.remaining == 0 && b.resets_at > now)
            .map(|b| b.resets_at - now);
        global.max(bucket)
    }
}

/// A request Discord accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sent;

/// Discord's audit-log reason header: 1-512 URL-encoded characters.
fn reason_header(reason: &str) -> reqwest::header::HeaderMap {
    let mut headers = reqwest::header::HeaderMap::new();
    let encoded: String =
        percent_encoding::utf8_percent_encode(reason, percent_encoding::NON_ALPHANUMERIC).collect();
    if let Ok(value) = reqwest::header::HeaderValue::from_str(&encoded) {
        headers.insert("X-Audit-Log-Reason", value);
    }
    headers
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROLE: RouteKey = RouteKey {
        route: "PUT /guilds/{guild}/members/{user}/roles/{role}",
        guild: 1,
    };

    fn answer(status: u16) -> Answer {
        Answer {
            status,
            ..Answer::default()
        }
    }

    #[test]
    fn an_empty_bucket_waits_for_its_reset_and_other_servers_do_not() {
        let now = Instant::now();
        let mut limits = Limits {
            per_second: Some(DEFAULT_PER_SECOND),
            ..Limits::default()
        };
        let spent = Answer {
            bucket: Some("abc".into()),
            remaining: Some(0),
            reset_after: Some(Duration::from_millis(1500)),
            ..answer(204)
        };
        limits.learn(ROLE, &spent, now);
        assert_eq!(limits.wait(ROLE, now), Some(Duration::from_millis(1500)));
        let other = RouteKey { guild: 2, ..ROLE };
        assert_eq!(
            limits.wait(other, now),
            None,
            "another server's bucket is its own"
        );
        assert_eq!(limits.wait(ROLE, now + Duration::from_millis(1500)), None);
    }

    #[test]
    fn requests_count_down_the_bucket_before_the_answer_comes() {
        let now = Instant::now();
        let mut limits = Limits {
            per_second: Some(DEFAULT_PER_SECOND),
            ..Limits::default()
        };
        let two_left = Answer {
            remaining: Some(2),
            reset_after: Some(Duration::from_secs(1)),
            ..answer(204)
        };
        limits.learn(ROLE, &two_left, now);
        assert_eq!(limits.wait(ROLE, now), None);
        assert_eq!(limits.wait(ROLE, now), None);
        assert_eq!(limits.wait(ROLE, now), Some(Duration::from_secs(1)));
    }

    #[test]
    fn a_429_waits_its_retry_after_and_a_global_one_stops_everything() {
        let now = Instant::now();
        let mut limits = Limits {
            per_second: Some(DEFAULT_PER_SECOND),
            ..Limits::default()
        };
        let limited = Answer {
            retry_after: Some(Duration::from_secs(2)),
            ..answer(429)
        };
        limits.learn(ROLE, &limited, now);
        assert_eq!(limits.wait(ROLE, now), Some(Duration::from_secs(2)));
        let global = Answer {
            global: true,
            retry_after: Some(Duration::from_secs(3)),
            ..answer(429)
        };
        let other = RouteKey { guild: 2, ..ROLE };
        limits.learn(other, &global, now);
        assert_eq!(limits.wait(other, now), Some(Duration::from_secs(3)));
    }

    #[test]
    fn the_worker_keeps_to_its_share_of_the_global_limit() {
        let now = Instant::now();
        let mut limits = Limits {
            per_second: Some(DEFAULT_PER_SECOND),
            ..Limits::default()
        };
        for guild in 0..u64::from(DEFAULT_PER_SECOND) {
            assert_eq!(limits.wait(RouteKey { guild, ..ROLE }, now), None);
        }
        let next = RouteKey { guild: 99, ..ROLE };
        assert_eq!(limits.wait(next, now), Some(Duration::from_secs(1)));
        assert_eq!(limits.wait(next, now + Duration::from_secs(1)), None);
    }

    #[test]
    fn headers_are_read_as_discord_sends_them() {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            "x-ratelimit-bucket",
            "d721dea6054f6322373d361f98e5c38b".parse().unwrap(),
        );
        headers.insert("x-ratelimit-remaining", "4".parse().unwrap());
        headers.insert("x-ratelimit-reset-after", "0.250".parse().unwrap());
        headers.insert("retry-after", "1.5".parse().unwrap());
        headers.insert("x-ratelimit-global", "true".parse().unwrap());
        let read = Answer::read(429, &headers);
        assert_eq!(
            read.bucket.as_deref(),
            Some("d721dea6054f6322373d361f98e5c38b")
        );
        assert_eq!(read.remaining, Some(4));
        assert_eq!(read.reset_after, Some(Duration::from_millis(250)));
        assert_eq!(read.retry_after, Some(Duration::from_millis(1500)));
        assert!(read.global);
        let nonsense = Answer::read(429, &{
            let mut h = reqwest::header::HeaderMap::new();
            h.insert("retry-after", "-3".parse().unwrap());
            h
        });
        assert_eq!(nonsense.retry_after, None);
    }
}
