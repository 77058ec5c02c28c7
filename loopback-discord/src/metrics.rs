//! What benchmarks read back about how the bot kept up: when each REST call was answered
//! ([`Recorded::at`]), how long each interaction waited for the bot's first callback, the gaps
//! between the bot's heartbeats on each gateway connection, and the sessions it started (IDENTIFY
//! or RESUME). Everything counts from a [`Mark`], so one fake measures several bursts in turn.
//!
//! [`FakeDiscord::responses_within`] waits for one interaction's responses and is woken only by
//! the requests for that interaction ([`State::wake_interaction_waiters`], called by
//! `Shared::changed` after each answer), so a thousand members waiting at once are not each
//! woken by every request, as the fake's one `Notify` would wake them.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use tokio::sync::watch;
use tokio::time::Instant;

use crate::FakeDiscord;
use crate::fixtures::{Interaction, Recorded, Response};
use crate::state::State;

/// A point in the fake's history: the figures read with it count only what came after it.
#[derive(Clone, Copy, Debug)]
pub struct Mark {
    at: Instant,
    /// How many requests were recorded before the mark.
    requests: usize,
}

/// One gateway connection, as the fake saw the bot use it.
struct Connection {
    /// When HELLO was sent.
    opened: Instant,
    closed: Option<Instant>,
    /// When each heartbeat (op 1) arrived.
    heartbeats: Vec<Instant>,
}

/// The fake's records for [`Mark`]-based figures, kept in [`State`].
#[derive(Default)]
pub(crate) struct Metrics {
    /// How many of `State::requests` have woken their interaction's waiters.
    woken: usize,
    /// By connection number (`State::connections` when it was accepted).
    connections: BTreeMap<usize, Connection>,
    /// When each IDENTIFY and RESUME arrived.
    sessions: Vec<Instant>,
    /// Woken when a request for the interaction is answered; created by the first waiter.
    watches: HashMap<u64, watch::Sender<()>>,
}

impl Metrics {
    /// The gateway accepted connection `conn` and sent HELLO.
    pub(crate) fn opened(&mut self, conn: usize) {
        let connection = Connection {
            opened: Instant::now(),
            closed: None,
            heartbeats: Vec::new(),
        };
        self.connections.insert(conn, connection);
    }

    /// Connection `conn` ended.
    pub(crate) fn closed(&mut self, conn: usize) {
        if let Some(connection) = self.connections.get_mut(&conn) {
            connection.closed = Some(Instant::now());
        }
    }

    /// The bot sent a frame with opcode `op` on connection `conn`.
    pub(crate) fn received(&mut self, conn: usize, op: Option<u64>) {
        let now = Instant::now();
        match op {
            Some(1) => {
                if let Some(connection) = self.connections.get_mut(&conn) {
                    connection.heartbeats.push(now);
                }
            }
            Some(2 | 6) => self.sessions.push(now),
            _ => {}
        }
    }
}

impl State {
    /// Wakes whoever waits for the interactions that the requests recorded since the last call
    /// answered.
    pub(crate) fn wake_interaction_waiters(&mut self) {
        while self.metrics.woken < self.requests.len() {
            let index = self.metrics.woken;
            self.metrics.woken += 1;
            if let Some((interaction, _)) = self.interaction_of(&self.requests[index])
                && let Some(watch) = self.metrics.watches.get(&interaction)
            {
                watch.send_modify(|_| {});
            }
        }
    }

    /// The interaction a request answers, and whether it is the interaction's callback (rather
    /// than a follow-up or an edit through its token).
    fn interaction_of(&self, request: &Recorded) -> Option<(u64, bool)> {
        let segments: Vec<&str> = request.path.trim_matches('/').split('/').collect();
        match segments.as_slice() {
            ["interactions", interaction, _, "callback"] => Some((interaction.parse().ok()?, true)),
            ["webhooks", _, token, ..] => Some((*self.tokens.get(*token)?, false)),
            _ => None,
        }
    }
}

impl FakeDiscord {
    /// Marks now: the start of a burst whose figures the methods below read.
    pub fn mark(&self) -> Mark {
        let state = self.shared.lock();
        Mark {
            at: Instant::now(),
            requests: state.requests.len(),
        }
    }

    /// Every REST call since `mark`, in order, each with how long after the mark the fake
    /// answered it.
    pub fn requests_since(&self, mark: &Mark) -> Vec<(Duration, Recorded)> {
        let state = self.shared.lock();
        state
            .requests
            .iter()
            .skip(mark.requests)
            .map(|request| {
                (
                    request.at.saturating_duration_since(mark.at),
                    request.clone(),
                )
            })
            .collect()
    }

    /// Waits until at least `count` requests since `mark` match `pred`, or until `timeout` has
    /// passed; how many matched.
    pub async fn wait_requests_since(
        &self,
        mark: &Mark,
        pred: impl Fn(&Recorded) -> bool,
        count: usize,
        timeout: Duration,
    ) -> usize {
        let deadline = Instant::now() + timeout;
        // Each wake-up reads only the requests recorded since the last one.
        let (mut read, mut found) = (mark.requests, 0);
        let mut count_new = |state: &State| {
            found += state.requests[read.min(state.requests.len())..]
                .iter()
                .filter(|r| pred(r))
                .count();
            read = read.max(state.requests.len());
            found
        };
        loop {
            let notified = self.shared.notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            let found = count_new(&self.shared.lock());
            if found >= count {
                return found;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return count_new(&self.shared.lock());
            }
        }
    }

    /// For each interaction created since `since` that the bot answered, how long it waited from
    /// its creation to the fake's answer to the bot's first callback (`POST
    /// /interactions/{id}/{token}/callback`), including a callback refused for coming after
    /// [`Self::set_callback_deadline`]. In the order the interactions were created.
    pub fn ack_latencies(&self, since: &Mark) -> Vec<Duration> {
        self.typed_ack_latencies(since)
            .into_iter()
            .map(|(_, latency)| latency)
            .collect()
    }

    /// [`Self::ack_latencies`] with each interaction's type (2 a slash command, 3 a component,
    /// 5 a modal submission), to tell which kind of interaction waited.
    pub fn typed_ack_latencies(&self, since: &Mark) -> Vec<(u64, Duration)> {
        let state = self.shared.lock();
        let mut first: BTreeMap<u64, (u64, Duration)> = BTreeMap::new();
        // A callback for an interaction created after the mark was recorded after it too.
        for request in state.requests.iter().skip(since.requests) {
            if let Some((interaction, true)) = state.interaction_of(request)
                && let Some((kind, created)) = state
                    .interactions
                    .get(&interaction)
                    .map(|i| (i.kind, i.created))
                && created >= since.at
            {
                first
                    .entry(interaction)
                    .or_insert_with(|| (kind, request.at.saturating_duration_since(created)));
            }
        }
        first.into_values().collect()
    }

    /// Interactions created since `since` that no initial response acknowledged (none came,
    /// or the fake refused it, say for coming too late).
    pub fn unacknowledged(&self, since: &Mark) -> usize {
        let state = self.shared.lock();
        state
            .interactions
            .values()
            .filter(|i| i.created >= since.at && !i.acknowledged)
            .count()
    }

    /// The heartbeat interval HELLO announces (Discord's 41.25 s unless a test set another).
    pub fn heartbeat_interval(&self) -> Duration {
        self.shared.lock().heartbeat_interval
    }

    /// Announces `interval` in every HELLO from now on: a short one lets a burst of a few seconds
    /// show whether the bot keeps its heartbeats.
    pub fn set_heartbeat_interval(&self, interval: Duration) {
        self.shared.lock().heartbeat_interval = interval;
    }

    /// Heartbeats the bot missed since `since`: on each gateway connection, the gaps longer than
    /// 1.5 heartbeat intervals between HELLO, each heartbeat and the connection's end (or now,
    /// while it is open), counting the gaps that ended after the mark.
    pub fn missed_heartbeats(&self, since: &Mark) -> usize {
        let limit = self.heartbeat_interval() * 3 / 2;
        let now = Instant::now();
        let state = self.shared.lock();
        state
            .metrics
            .connections
            .values()
            .map(|connection| {
                let starts =
                    std::iter::once(connection.opened).chain(connection.heartbeats.iter().copied());
                let ends = connection
                    .heartbeats
                    .iter()
                    .copied()
                    .chain(std::iter::once(connection.closed.unwrap_or(now)));
                starts
                    .zip(ends)
                    .filter(|(start, end)| {
                        *end > since.at && end.saturating_duration_since(*start) > limit
                    })
                    .count()
            })
            .sum()
    }

    /// IDENTIFYs and RESUMEs the bot sent since `since`: each is a new session or a reconnect.
    pub fn sessions_started(&self, since: &Mark) -> usize {
        let state = self.shared.lock();
        state
            .metrics
            .sessions
            .iter()
            .filter(|at| **at > since.at)
            .count()
    }

    /// Like [`Self::responses`], but woken only by requests for this interaction (many tasks can
    /// wait at once without each waking on every request), and `None` instead of a panic when
    /// `at_least` responses did not come within `timeout`.
    pub async fn responses_within(
        &self,
        interaction: &Interaction,
        at_least: usize,
        timeout: Duration,
    ) -> Option<Vec<Response>> {
        let deadline = Instant::now() + timeout;
        let mut woken = self
            .shared
            .lock()
            .metrics
            .watches
            .entry(interaction.id)
            .or_insert_with(|| watch::channel(()).0)
            .subscribe();
        loop {
            {
                let mut state = self.shared.lock();
                state.wake_interaction_waiters();
                // Seen: a request answered from here on wakes the wait below.
                woken.mark_unchanged();
                let responses = state
                    .interactions
                    .get(&interaction.id)
                    .map(|i| &i.responses)
                    .filter(|responses| responses.len() >= at_least);
                if let Some(responses) = responses {
                    return Some(responses.clone());
                }
            }
            match tokio::time::timeout_at(deadline, woken.changed()).await {
                Ok(Ok(())) => {}
                Ok(Err(_)) | Err(_) => return None,
            }
        }
    }
}
