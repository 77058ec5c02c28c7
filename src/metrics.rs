//! What Keygate counts for the operator's `/metrics` (Prometheus text format), through the
//! `metrics` facade: every name is here, none carries a member or server id.

use std::sync::OnceLock;
use std::time::Duration;

use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

use crate::gate::GateError;
use crate::gate::outcome::{Method, Rejection};

pub const CODE_CHECKS: &str = "keygate_code_checks_total";
pub const LOCKOUTS: &str = "keygate_lockouts_total";
pub const REPLAYS: &str = "keygate_replays_total";
pub const ROLE_CHANGES: &str = "keygate_role_changes_total";
pub const ROLE_CHANGE_SECONDS: &str = "keygate_role_change_seconds";
pub const ROLE_CHANGES_PENDING: &str = "keygate_role_changes_pending";
pub const ROLE_CHANGES_FAILED: &str = "keygate_role_changes_failed";
pub const HASH_QUEUE: &str = "keygate_hash_queue";
pub const HASH_WAIT_SECONDS: &str = "keygate_hash_wait_seconds";
pub const GATEWAY_LATENCY_SECONDS: &str = "keygate_gateway_latency_seconds";
pub const SHARDS: &str = "keygate_shards";
pub const INVALID_REQUESTS: &str = "keygate_discord_invalid_requests_total";
pub const DISCORD_2FA_CHECKS: &str = "keygate_discord_2fa_checks_total";

/// Installs the recorder once per process; the handle renders `/metrics`.
pub fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let buckets = [
            0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0,
        ];
        let recorder = PrometheusBuilder::new()
            .set_buckets(&buckets)
            .expect("buckets are not empty")
            .build_recorder();
        let handle = recorder.handle();
        // A second recorder (a test process running several bots) keeps the first one.
        let _ = metrics::set_global_recorder(recorder);
        describe();
        handle
    })
}

fn describe() {
    use metrics::{Unit, describe_counter, describe_gauge, describe_histogram};
    describe_counter!(
        CODE_CHECKS,
        "Codes checked (first code, verify, backup codes, removal, moderator step-up), by action and outcome"
    );
    describe_counter!(
        LOCKOUTS,
        "Members locked out after too many wrong codes, by kind"
    );
    describe_counter!(REPLAYS, "Codes refused because they were already used");
    describe_counter!(
        ROLE_CHANGES,
        "Role grants and removals carried out, by result"
    );
    describe_histogram!(
        ROLE_CHANGE_SECONDS,
        Unit::Seconds,
        "From a role change being queued to Discord carrying it out"
    );
    describe_gauge!(ROLE_CHANGES_PENDING, "Role changes waiting to be applied");
    describe_gauge!(ROLE_CHANGES_FAILED, "Role changes that failed for good");
    describe_gauge!(
        HASH_QUEUE,
        "Hash jobs (argon2id) waiting for the hashing pool"
    );
    describe_histogram!(
        HASH_WAIT_SECONDS,
        Unit::Seconds,
        "How long a hash job waited for the hashing pool"
    );
    describe_gauge!(
        GATEWAY_LATENCY_SECONDS,
        Unit::Seconds,
        "Heartbeat round trip of each gateway shard this process runs"
    );
    describe_gauge!(
        SHARDS,
        "Gateway shards this process runs, by connection state"
    );
    describe_counter!(
        INVALID_REQUESTS,
        "Requests Discord refused with 401, 403 or 429 (Discord bans a bot past 10,000 in 10 minutes)"
    );
    describe_counter!(
        DISCORD_2FA_CHECKS,
        "Browser checks of Discord's own 2FA, by result"
    );
}

/// Counts one code check by its action and what came of it.
pub fn code_checked(action: &'static str, result: Result<Method, &GateError>) {
    let outcome = match result {
        Ok(Method::Authenticator) => "passed_authenticator",
        Ok(Method::BackupCode { .. }) => "passed_backup_code",
        Ok(Method::Bypass) => "passed_bypass_code",
        Err(GateError::Rejected { reason, lock }) => {
            if let Some(lock) = lock {
                let kind = match lock {
                    crate::gate::throttle::NewLock::Until(_) => "timed",
                    crate::gate::throttle::NewLock::UntilUnlocked => "until_unlocked",
                };
                metrics::counter!(LOCKOUTS, "kind" => kind).increment(1);
            }
            match reason {
                Rejection::NotACode => "not_a_code",
                Rejection::WrongCode => "wrong_code",
                Rejection::Replayed => {
                    metrics::counter!(REPLAYS).increment(1);
                    "replayed"
                }
            }
        }
        Err(GateError::Locked(_)) => "locked",
        Err(GateError::NotEnrolled | GateError::EnrollmentExpired) => "not_enrolled",
        Err(GateError::TooOften { .. }) => "too_often",
        Err(GateError::Busy) => "busy",
        Err(GateError::Storage(_) | GateError::Sealing(_)) => "error",
        Err(_) => "refused",
    };
    metrics::counter!(CODE_CHECKS, "action" => action, "outcome" => outcome).increment(1);
}

/// A role change Discord carried out (or refused for good), `queued_for` after it was queued.
pub fn role_change(result: &'static str, queued_for: Option<Duration>) {
    metrics::counter!(ROLE_CHANGES, "result" => result).increment(1);
    if let Some(waited) = queued_for {
        metrics::histogram!(ROLE_CHANGE_SECONDS).record(waited.as_secs_f64());
    }
}

/// A request Discord refused as invalid (401, 403 or 429).
pub fn invalid_request() {
    metrics::counter!(INVALID_REQUESTS).increment(1);
}
