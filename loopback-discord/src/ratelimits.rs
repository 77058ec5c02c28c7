//! Discord's rate limits, when a test turns them on (topics/rate-limits.mdx): every bot request
//! counts against its route's bucket (per major parameter: the server, channel or webhook in its
//! path) and against the global limit (interaction callbacks and webhooks are exempt from the
//! global one). Every answer carries `X-RateLimit-Limit`, `-Remaining`, `-Reset`, `-Reset-After`
//! and `-Bucket`; a request over a limit gets 429 with `Retry-After`, `X-RateLimit-Scope` (and
//! `X-RateLimit-Global` when global) and the body `{message, retry_after, global}`.
//!
//! Off by default: tests about other things do not depend on how fast they run.

use std::collections::HashMap;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::json;
use tokio::time::Instant;

use crate::state::Reply;

/// The limits the fake enforces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimits {
    /// Requests per bucket (one route, one major parameter) per `window`.
    pub per_route: u32,
    pub window: Duration,
    /// Requests a second in all (Discord: 50), interaction callbacks and webhooks exempt.
    pub global_per_second: u32,
}

impl RateLimits {
    /// Discord's documented global limit, with `per_route` requests per route per second.
    pub const fn discord(per_route: u32) -> Self {
        Self {
            per_route,
            window: Duration::from_secs(1),
            global_per_second: 50,
        }
    }
}

#[derive(Default)]
pub(crate) struct Limiter {
    pub(crate) limits: Option<RateLimits>,
    /// (bucket, major parameter) → requests in its window, and when the window ends.
    buckets: HashMap<(String, u64), (u32, Instant)>,
    /// Requests in the current global second.
    global: Option<(Instant, u32)>,
}

/// The bucket a path counts against: its route with the ids other than the major parameter
/// blanked, and that parameter.
fn bucket_of(method: &str, path: &str) -> (String, u64, bool) {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let exempt = matches!(segments.first(), Some(&"interactions" | &"webhooks"));
    let mut major = 0;
    let mut route = String::from(method);
    for (i, segment) in segments.iter().enumerate() {
        route.push('/');
        let is_id = segment.parse::<u64>().is_ok() || segment.starts_with("fake-interaction-token");
        let is_major = i == 1
            && matches!(segments[0], "guilds" | "channels" | "webhooks")
            && segment.parse::<u64>().is_ok();
        if is_major {
            major = segment.parse().unwrap_or(0);
            route.push_str("{major}");
        } else if is_id {
            route.push_str("{id}");
        } else {
            route.push_str(segment);
        }
    }
    // Discord names buckets with an opaque hash; a stable one from the route does here.
    let name = format!("{:016x}", fnv(&route));
    (name, major, exempt)
}

fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Limiter {
    /// Counts a request; `Err` is the 429 Discord would send instead of answering it.
    pub(crate) fn admit(&mut self, method: &str, path: &str) -> Result<Headers, Reply> {
        let Some(limits) = self.limits else {
            return Ok(Headers::default());
        };
        let now = Instant::now();
        let (bucket, major, exempt) = bucket_of(method, path);
        if !exempt {
            let (start, sent) = match self.global {
                Some((start, sent)) if now < start + Duration::from_secs(1) => (start, sent),
                _ => (now, 0),
            };
            if sent >= limits.global_per_second {
                let wait = start + Duration::from_secs(1) - now;
                return Err(too_many(wait, true, &bucket, limits.per_route));
            }
            self.global = Some((start, sent + 1));
        }
        let entry = self
            .buckets
            .entry((bucket.clone(), major))
            .or_insert((0, now + limits.window));
        if now >= entry.1 {
            *entry = (0, now + limits.window);
        }
        if entry.0 >= limits.per_route {
            return Err(too_many(entry.1 - now, false, &bucket, limits.per_route));
        }
        entry.0 += 1;
        Ok(Headers {
            values: rate_headers(
                &bucket,
                limits.per_route,
                limits.per_route - entry.0,
                entry.1 - now,
            ),
        })
    }
}

/// The `X-RateLimit-*` headers of an answered request.
#[derive(Default)]
pub(crate) struct Headers {
    pub(crate) values: Vec<(String, String)>,
}

fn rate_headers(
    bucket: &str,
    limit: u32,
    remaining: u32,
    reset_after: Duration,
) -> Vec<(String, String)> {
    let reset = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        + reset_after;
    vec![
        ("X-RateLimit-Limit".to_owned(), limit.to_string()),
        ("X-RateLimit-Remaining".to_owned(), remaining.to_string()),
        (
            "X-RateLimit-Reset".to_owned(),
            format!("{:.3}", reset.as_secs_f64()),
        ),
        (
            "X-RateLimit-Reset-After".to_owned(),
            format!("{:.3}", reset_after.as_secs_f64()),
        ),
        ("X-RateLimit-Bucket".to_owned(), bucket.to_owned()),
    ]
}

fn too_many(wait: Duration, global: bool, bucket: &str, limit: u32) -> Reply {
    let retry_after = wait.as_secs_f64();
    let mut reply = Reply::json(
        429,
        json!({
            "message": "You are being rate limited.",
            "retry_after": retry_after,
            "global": global,
        }),
    );
    reply.headers.extend(rate_headers(bucket, limit, 0, wait));
    reply.headers.extend([
        ("Retry-After".to_owned(), format!("{retry_after:.3}")),
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
    reply
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_per_route_and_per_server() {
        let (a, major_a, _) = bucket_of("PUT", "/guilds/11/members/5/roles/7");
        let (b, major_b, _) = bucket_of("PUT", "/guilds/12/members/6/roles/8");
        assert_eq!((a.clone(), major_a, major_b), (b, 11, 12));
        let (c, _, _) = bucket_of("DELETE", "/guilds/11/members/5/roles/7");
        assert_ne!(a, c);
        assert!(bucket_of("POST", "/interactions/1/fake-interaction-token-1/callback").2);
    }

    #[tokio::test]
    async fn a_spent_bucket_answers_429_until_it_resets() {
        let window = Duration::from_millis(200);
        let mut limiter = Limiter {
            limits: Some(RateLimits {
                window,
                ..RateLimits::discord(2)
            }),
            ..Limiter::default()
        };
        let path = "/guilds/11/members/5/roles/7";
        let first = limiter.admit("PUT", path).ok().unwrap();
        assert!(
            first
                .values
                .contains(&("X-RateLimit-Remaining".into(), "1".into()))
        );
        assert!(limiter.admit("PUT", path).is_ok());
        let refused = limiter.admit("PUT", path).err().unwrap();
        assert_eq!(refused.status, 429);
        assert_eq!(refused.body.as_ref().unwrap()["global"], false);
        assert!(
            limiter.admit("PUT", "/guilds/12/members/5/roles/7").is_ok(),
            "another server"
        );
        tokio::time::sleep(window).await;
        assert!(limiter.admit("PUT", path).is_ok());
    }

    #[tokio::test]
    async fn past_fifty_a_second_every_route_gets_a_global_429() {
        let mut limiter = Limiter {
            limits: Some(RateLimits::discord(1000)),
            ..Limiter::default()
        };
        for n in 0..50 {
            assert!(
                limiter
                    .admit("GET", &format!("/guilds/{n}/members/1"))
                    .is_ok()
            );
        }
        let refused = limiter.admit("GET", "/guilds/99/members/1").err().unwrap();
        assert!(
            refused
                .headers
                .contains(&("X-RateLimit-Global".into(), "true".into()))
        );
        assert!(
            limiter.admit("POST", "/interactions/1/t/callback").is_ok(),
            "callbacks exempt"
        );
    }
}
