//! The REST side's transport: an axum server on 127.0.0.1 that turns each request into a [`Req`]
//! (path without `/api/v10`, query, headers, JSON or multipart body) for [`State::handle`], and
//! its [`Reply`] back into an HTTP response. Every TCP connection is counted, so tests can see
//! that the bot reuses them.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Request, State as AxumState};
use axum::response::{IntoResponse, Response};
use axum::serve::ListenerExt;
use serde_json::Value;
use tokio::net::TcpListener;

use crate::state::{Reply, Req};
use crate::{API_PREFIX, Shared};

/// Serves the REST routes until the process ends.
pub(crate) async fn serve(shared: Arc<Shared>, listener: TcpListener) {
    let counter = shared.clone();
    let listener = listener.tap_io(move |_| counter.lock().http_connections += 1);
    let app = axum::Router::new().fallback(handle).with_state(shared);
    let _ = axum::serve(listener, app).await;
}

pub(crate) async fn handle(
    AxumState(shared): AxumState<Arc<Shared>>,
    request: Request,
) -> Response {
    // The browser's side of OAuth2: HTML and redirects, outside `/api`.
    if request.uri().path().starts_with("/oauth2/authorize") {
        let pairs: Vec<(String, String)> =
            form_urlencoded::parse(request.uri().query().unwrap_or_default().as_bytes())
                .into_owned()
                .collect();
        let page = shared.lock().authorize_page(request.uri().path(), &pairs);
        shared.changed();
        return match page {
            crate::oauth2::Page::Html(status, html) => (
                axum::http::StatusCode::from_u16(status)
                    .unwrap_or(axum::http::StatusCode::BAD_REQUEST),
                [(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")],
                html,
            )
                .into_response(),
            crate::oauth2::Page::Redirect(to) => (
                axum::http::StatusCode::FOUND,
                [(axum::http::header::LOCATION, to)],
            )
                .into_response(),
        };
    }
    let (parts, body) = request.into_parts();
    let Ok(body) = axum::body::to_bytes(body, 64 * 1024 * 1024).await else {
        return (axum::http::StatusCode::BAD_REQUEST, "unreadable body").into_response();
    };
    let headers: HashMap<String, String> = parts
        .headers
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    let request = parse_request(
        parts.method.as_str().to_owned(),
        parts.uri.path(),
        parts.uri.query().unwrap_or_default(),
        headers,
        body,
    )
    .await;
    // A held request waits (outside the lock) until the test releases it.
    let held = {
        let mut state = shared.lock();
        let found = state.holds.iter_mut().find(|h| {
            !h.taken && h.method == request.method && request.path.contains(&h.path_contains)
        });
        found.map(|hold| {
            hold.taken = true;
            let _ = hold.arrived.send(true);
            hold.released.clone()
        })
    };
    if let Some(mut released) = held {
        shared.changed();
        let _ = released.wait_for(|r| *r).await;
    }
    let reply = shared.lock().handle(request);
    shared.changed();
    into_response(reply)
}

pub(crate) fn into_response(reply: Reply) -> Response {
    let status = axum::http::StatusCode::from_u16(reply.status)
        .unwrap_or(axum::http::StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = match reply.body {
        Some(body) if reply.status != 204 => (
            status,
            [(axum::http::header::CONTENT_TYPE, "application/json")],
            body.to_string(),
        )
            .into_response(),
        _ => status.into_response(),
    };
    for (name, value) in reply.headers {
        if let (Ok(name), Ok(value)) = (
            axum::http::HeaderName::try_from(name),
            axum::http::HeaderValue::try_from(value),
        ) {
            response.headers_mut().insert(name, value);
        }
    }
    response
}

/// Strips `/api/v10` and decodes the body (JSON or multipart). Requests outside `/api/v10` are
/// recorded with their full path (and get a 404).
pub(crate) async fn parse_request(
    method: String,
    path: &str,
    query: &str,
    headers: HashMap<String, String>,
    raw_body: Bytes,
) -> Req {
    let path = match path.strip_prefix(API_PREFIX) {
        Some("") => "/".to_owned(),
        Some(rest) => rest.to_owned(),
        None => path.to_owned(),
    };
    let query: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let content_type = headers.get("content-type").cloned().unwrap_or_default();
    let mut body = Value::Null;
    let mut files = Vec::new();
    let mut fields = Vec::new();
    if let Ok(boundary) = multer::parse_boundary(&content_type) {
        let chunk = raw_body.clone();
        let stream =
            futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(chunk) });
        let mut multipart = multer::Multipart::new(stream, boundary);
        while let Ok(Some(field)) = multipart.next_field().await {
            let name = field.name().unwrap_or_default().to_owned();
            let filename = field.file_name().map(str::to_owned);
            let data = field.bytes().await.unwrap_or_default().to_vec();
            match (name.as_str(), filename) {
                (_, Some(filename)) => files.push((filename, data)),
                ("payload_json", None) => {
                    body = serde_json::from_slice(&data).unwrap_or(Value::Null)
                }
                (_, None) => fields.push((name, String::from_utf8_lossy(&data).into_owned())),
            }
        }
    } else if !raw_body.is_empty() {
        body = serde_json::from_slice(&raw_body)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&raw_body).into_owned()));
    }
    Req {
        method,
        path,
        query,
        headers,
        body,
        files,
        fields,
        raw_body: raw_body.to_vec(),
    }
}

/// Decodes `%XX` escapes (serenity percent-encodes the audit-log reason header).
pub(crate) fn percent_decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}
