//! The web server, only with `KEYGATE_HTTP_ADDR`: members confirm in their browser that their
//! Discord account has 2FA on (`/oauth/start`, `/oauth/callback`, `/linked-role`), and the
//! operator reads `/metrics` and `/healthz`.
//!
//! Every page is plain HTML rendered here, without script, under a strict content security policy;
//! no URL carries a secret but the OAuth2 `state`, which is sealed, single use and short-lived.

mod discord_oauth;
mod health;
mod oauth;
mod pages;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::http::{HeaderName, HeaderValue, header};
use axum::response::Response;
use poise::serenity_prelude as serenity;
use std::time::Duration;

use crate::discord::AppGate;

pub use discord_oauth::OAuthClient;

/// What the web server is started with.
#[derive(Clone, Debug)]
pub struct WebSettings {
    /// Where it listens.
    pub addr: SocketAddr,
    /// The address members reach it at (`https://keygate.example.org`); `None` serves only
    /// `/metrics` and `/healthz`, unless `addr` is a loopback address, which is then used as is.
    pub public_url: Option<String>,
    /// The OAuth2 client secret; without it there is no browser check.
    pub client_secret: Option<crate::config::Secret>,
    /// Discord's authorize page (a test's loopback Discord).
    pub authorize_url: String,
}

/// What the handlers share.
pub(crate) struct Web {
    pub gate: Arc<AppGate>,
    pub shards: Arc<serenity::ShardManager>,
    /// `None` without a public address or a client secret: the sign-in pages say so.
    pub oauth: Option<OAuthClient>,
    /// Requests of the sign-in pages at once ([`MOST_REQUESTS`]).
    pub requests: Arc<tokio::sync::Semaphore>,
    /// Sign-ins finishing at once, with Discord's calls in flight ([`MOST_SIGN_INS`]).
    pub sign_ins: Arc<tokio::sync::Semaphore>,
}

/// The web server, running.
pub struct RunningWeb {
    addr: SocketAddr,
    stop: tokio::sync::watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl RunningWeb {
    /// The address it listens on (the port chosen when `KEYGATE_HTTP_ADDR` named port 0).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops taking connections and lets the requests in flight finish (for a few seconds).
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let mut task = self.task;
        if tokio::time::timeout(Duration::from_secs(6), &mut task)
            .await
            .is_err()
        {
            task.abort();
        }
    }
}

/// The public base address members reach the server at, without a trailing slash.
pub fn public_base(settings: &WebSettings, bound: SocketAddr) -> Option<String> {
    match &settings.public_url {
        Some(url) => Some(url.trim_end_matches('/').to_owned()),
        None if bound.ip().is_loopback() => Some(format!("http://{bound}")),
        None => None,
    }
}

/// The web server's socket, bound before the bot starts (so its address is known, and a port in
/// use fails the start at once).
pub(crate) struct Bound {
    listener: tokio::net::TcpListener,
    pub addr: SocketAddr,
    /// Where members reach it, if anywhere.
    pub public_base: Option<String>,
}

/// Binds `settings.addr`.
pub(crate) async fn bind(settings: &WebSettings) -> Result<Bound, String> {
    let listener = tokio::net::TcpListener::bind(settings.addr)
        .await
        .map_err(|e| {
            format!(
                "could not listen on KEYGATE_HTTP_ADDR {}: {e}",
                settings.addr
            )
        })?;
    let addr = listener
        .local_addr()
        .map_err(|e| format!("could not read the web server's address: {e}"))?;
    Ok(Bound {
        listener,
        addr,
        public_base: public_base(settings, addr),
    })
}

/// Serves until [`RunningWeb::shutdown`].
pub(crate) fn serve(
    bound: Bound,
    gate: Arc<AppGate>,
    shards: Arc<serenity::ShardManager>,
    oauth: Option<OAuthClient>,
) -> RunningWeb {
    if oauth.is_none() {
        tracing::warn!(
            "the web server serves /metrics and /healthz only: the browser check of Discord 2FA needs KEYGATE_PUBLIC_URL and DISCORD_CLIENT_SECRET"
        );
    }
    crate::metrics::handle();
    let https = bound
        .public_base
        .as_deref()
        .is_some_and(|base| base.starts_with("https://"));
    let web = Arc::new(Web {
        gate,
        shards,
        oauth,
        requests: Arc::new(tokio::sync::Semaphore::new(MOST_REQUESTS)),
        sign_ins: Arc::new(tokio::sync::Semaphore::new(MOST_SIGN_INS)),
    });
    // The members' pages are limited; the operator's /healthz and /metrics are not, so a flood
    // of page views cannot make the bot look dead to its monitoring.
    let pages = axum::Router::new()
        .route("/style.css", axum::routing::get(pages::stylesheet))
        .route("/oauth/start", axum::routing::get(oauth::start))
        .route("/oauth/callback", axum::routing::get(oauth::callback))
        .route("/linked-role", axum::routing::get(oauth::linked_role))
        .fallback(pages::not_found)
        .layer(axum::middleware::from_fn_with_state(
            web.clone(),
            one_of_few,
        ));
    let app = axum::Router::new()
        .route("/healthz", axum::routing::get(health::healthz))
        .route("/metrics", axum::routing::get(health::metrics))
        .merge(pages)
        .layer(axum::middleware::map_response(move |response| {
            security_headers(response, https)
        }))
        .with_state(web);
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let Bound { listener, addr, .. } = bound;
    let task = tokio::spawn(accept(listener, app, stopped));
    tracing::info!(%addr, "web server listening");
    RunningWeb { addr, stop, task }
}

/// Connections open at once; past that, new ones are closed at once.
const MOST_CONNECTIONS: usize = 256;
/// Requests handled at once; past that, 503 (each may hold a database connection or a call to
/// Discord, and members' interactions must not wait behind a flood of page views).
const MOST_REQUESTS: usize = 16;
/// Sign-ins with calls to Discord in flight at once.
const MOST_SIGN_INS: usize = 8;
/// How long a client may take to send a request's headers, and how long a connection lives.
const HEADER_TIME: Duration = Duration::from_secs(10);
const CONNECTION_TIME: Duration = Duration::from_secs(90);

/// Accepts connections until `stopped`, each served by hyper with a header timeout and a lifetime
/// cap; then lets the open ones finish for up to 5 seconds.
async fn accept(
    listener: tokio::net::TcpListener,
    app: axum::Router,
    mut stopped: tokio::sync::watch::Receiver<bool>,
) {
    let connections = Arc::new(tokio::sync::Semaphore::new(MOST_CONNECTIONS));
    let mut open = tokio::task::JoinSet::new();
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stopped.wait_for(|stop| *stop) => break,
        };
        while open.try_join_next().is_some() {}
        let Ok((stream, _)) = accepted else {
            // Out of file descriptors, say: a moment's pause rather than a hot loop.
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let Ok(permit) = connections.clone().try_acquire_owned() else {
            continue; // dropped: closed at once
        };
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        open.spawn(async move {
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(HEADER_TIME)
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            let _ = tokio::time::timeout(CONNECTION_TIME, connection).await;
            drop(permit);
        });
    }
    let _ = tokio::time::timeout(Duration::from_secs(5), async {
        while open.join_next().await.is_some() {}
    })
    .await;
    open.abort_all();
}

/// At most [`MOST_REQUESTS`] requests at once; the rest get 503 at once.
async fn one_of_few(
    axum::extract::State(web): axum::extract::State<Arc<Web>>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let Ok(_permit) = web.requests.try_acquire() else {
        return pages::busy(oauth::browser_locale(request.headers()));
    };
    next.run(request).await
}

/// Headers on every answer: nothing runs but what the page is (no script at all), nothing frames
/// it, no address leaks onward, nothing is cached; with an https address, browsers keep to https.
async fn security_headers(mut response: Response, https: bool) -> Response {
    let headers = response.headers_mut();
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    for (name, value) in [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'none'; \
             base-uri 'none'; frame-ancestors 'none'",
        ),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::CACHE_CONTROL, "no-store"),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}
