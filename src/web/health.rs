//! `/healthz` and `/metrics`.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use poise::serenity_prelude as serenity;

use super::Web;
use crate::metrics as m;

/// 200 `ok` when every shard of this process is connected and the database answers; 503 with
/// the reasons otherwise (plain text, one per line).
pub(super) async fn healthz(State(web): State<Arc<Web>>) -> Response {
    let mut problems = Vec::new();
    for (shard, stage) in shard_stages(&web).await {
        if stage != serenity::ConnectionStage::Connected {
            problems.push(format!("gateway shard {shard} is {stage}"));
        }
    }
    if web.shards.runners.lock().await.is_empty() {
        problems.push("no gateway shard is running yet".to_owned());
    }
    if let Err(problem) = web.gate.repo().ping().await {
        problems.push(problem);
    }
    let (status, body) = if problems.is_empty() {
        (StatusCode::OK, "ok\n".to_owned())
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, problems.join("\n") + "\n")
    };
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        body,
    )
        .into_response()
}

async fn shard_stages(web: &Web) -> Vec<(u32, serenity::ConnectionStage)> {
    let runners = web.shards.runners.lock().await;
    let mut stages: Vec<_> = runners
        .iter()
        .map(|(id, info)| (id.0, info.stage))
        .collect();
    stages.sort_by_key(|(id, _)| *id);
    stages
}

/// Prometheus text format. Gauges read at scrape time (the outbox, the shards) are set first.
pub(super) async fn metrics(State(web): State<Arc<Web>>) -> Response {
    match web.gate.repo().role_change_counts().await {
        Ok((pending, failed)) => {
            metrics::gauge!(m::ROLE_CHANGES_PENDING).set(pending as f64);
            metrics::gauge!(m::ROLE_CHANGES_FAILED).set(failed as f64);
        }
        Err(error) => tracing::warn!(%error, "/metrics could not count the role changes"),
    }
    let mut by_stage = std::collections::BTreeMap::<String, u32>::new();
    {
        let runners = web.shards.runners.lock().await;
        for (id, info) in runners.iter() {
            *by_stage.entry(stage_label(info.stage)).or_default() += 1;
            if let Some(latency) = info.latency {
                metrics::gauge!(m::GATEWAY_LATENCY_SECONDS, "shard" => id.0.to_string())
                    .set(latency.as_secs_f64());
            }
        }
    }
    for stage in [
        "connected",
        "connecting",
        "handshake",
        "identifying",
        "resuming",
        "disconnected",
    ] {
        let count = by_stage.get(stage).copied().unwrap_or(0);
        metrics::gauge!(m::SHARDS, "state" => stage).set(f64::from(count));
    }
    let hasher = web.gate.hasher();
    metrics::gauge!(m::HASH_QUEUE).set(hasher.queued() as f64);
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        m::handle().render(),
    )
        .into_response()
}

fn stage_label(stage: serenity::ConnectionStage) -> String {
    use serenity::ConnectionStage::*;
    match stage {
        Connected => "connected",
        Connecting => "connecting",
        Disconnected => "disconnected",
        Handshake => "handshake",
        Identifying => "identifying",
        Resuming => "resuming",
        _ => "disconnected",
    }
    .to_owned()
}
