use futures_util::{SinkExt, StreamExt};
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message as WsMessage;

use crate::fixtures::ResumePolicy;
use crate::state::{Conn, State};
use crate::{GUILDS_INTENT, HEARTBEAT_INTERVAL_MS, Shared};

impl State {
    pub(crate) fn send_frame(&mut self, tx: &mpsc::UnboundedSender<WsMessage>, frame: Value) {
        let text = frame.to_string();
        self.sent_frames.push(frame);
        let _ = tx.send(WsMessage::Text(text));
    }

    /// Dispatches `event` on `shard`'s session (its next sequence number).
    pub(crate) fn dispatch_to(&mut self, shard: u32, event: &str, data: Value) -> bool {
        let Some(session) = self.shards.get_mut(&shard) else {
            return false;
        };
        let Some(tx) = session.conn.as_ref().map(|c| c.tx.clone()) else {
            return false;
        };
        session.seq += 1;
        let frame = json!({"op": 0, "s": session.seq, "t": event, "d": data});
        self.send_frame(&tx, frame);
        true
    }

    /// Dispatches on the live session of the shard that gets the event's guild (`guild_id`, or
    /// shard 0 for events without one, such as DMs); false when that shard has none.
    pub(crate) fn dispatch_live(&mut self, event: &str, data: Value) -> bool {
        let guild = data["guild_id"]
            .as_str()
            .and_then(|g| g.parse::<u64>().ok());
        let shard = self.shard_of(guild);
        self.dispatch_to(shard, event, data)
    }

    fn close(&mut self, tx: &mpsc::UnboundedSender<WsMessage>, code: u16, reason: &str) {
        let frame = tokio_tungstenite::tungstenite::protocol::CloseFrame {
            code: tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode::Library(code),
            reason: reason.to_owned().into(),
        };
        let _ = tx.send(WsMessage::Close(Some(frame)));
    }

    pub(crate) fn on_gateway_frame(
        &mut self,
        conn: usize,
        tx: &mpsc::UnboundedSender<WsMessage>,
        frame: Value,
    ) {
        self.metrics.received(conn, frame["op"].as_u64());
        self.received_frames.push(frame.clone());
        match frame["op"].as_u64() {
            Some(1) => self.send_frame(tx, json!({"op": 11, "d": null, "s": null, "t": null})),
            Some(2) => self.identify(conn, tx, &frame["d"]),
            Some(6) => {
                let asked = frame["d"]["session_id"].as_str().map(str::to_owned);
                let shard = self
                    .shards
                    .iter()
                    .find(|(_, s)| s.session_id.is_some() && s.session_id == asked)
                    .map(|(id, _)| *id);
                match shard {
                    Some(shard) if self.resume_policy == ResumePolicy::Resume => {
                        if let Some(session) = self.shards.get_mut(&shard) {
                            session.conn = Some(Conn {
                                id: conn,
                                tx: tx.clone(),
                            });
                        }
                        self.dispatch_to(shard, "RESUMED", json!({"_trace": ["fake-discord"]}));
                    }
                    found => {
                        if let Some(session) = found.and_then(|s| self.shards.get_mut(&s)) {
                            session.session_id = None;
                        }
                        self.send_frame(tx, json!({"op": 9, "d": false, "s": null, "t": null}));
                    }
                }
            }
            _ => {}
        }
    }

    /// IDENTIFY: the shard `[id, total]` checked (4010 for an id past the total, 4011 when a
    /// shard would hold more servers than Discord allows), the intents checked (4014), then READY
    /// and a GUILD_CREATE for each of that shard's servers.
    fn identify(&mut self, conn: usize, tx: &mpsc::UnboundedSender<WsMessage>, d: &Value) {
        let [shard, total] = match d["shard"].as_array().map(Vec::as_slice) {
            None => [0, 1],
            Some([id, total]) => match (id.as_u64(), total.as_u64()) {
                (Some(id), Some(total)) if total > 0 && id < total => [
                    u32::try_from(id).unwrap_or(0),
                    u32::try_from(total).unwrap_or(1),
                ],
                _ => return self.close(tx, 4010, "Invalid shard."),
            },
            Some(_) => return self.close(tx, 4010, "Invalid shard."),
        };
        let total_u64 = u64::from(total);
        let held = self
            .guilds
            .keys()
            .filter(|g| (*g >> 22) % total_u64 == u64::from(shard))
            .count();
        if held > self.sharding.max_guilds_per_shard {
            return self.close(tx, 4011, "Sharding required.");
        }
        self.intents = d["intents"].as_u64().unwrap_or(0);
        // A privileged intent the portal does not allow: close 4014, which no client may
        // reconnect from.
        let members_allowed = self.application_flags
            & (crate::GATEWAY_GUILD_MEMBERS | crate::GATEWAY_GUILD_MEMBERS_LIMITED)
            != 0;
        if self.intents & crate::GUILD_MEMBERS_INTENT != 0 && !members_allowed {
            self.refused_identifies += 1;
            return self.close(tx, 4014, "Disallowed intent(s).");
        }
        self.sharding.starts_remaining = self.sharding.starts_remaining.saturating_sub(1);
        self.sharding.total = total;
        self.sharding.identified.push([shard, total]);
        let ready = self.ready_json(shard, total);
        let session_id = ready["session_id"].as_str().map(str::to_owned);
        self.shards.insert(
            shard,
            crate::state::Session {
                conn: Some(Conn {
                    id: conn,
                    tx: tx.clone(),
                }),
                session_id,
                seq: 0,
            },
        );
        self.dispatch_to(shard, "READY", ready);
        // Without the GUILDS intent Discord sends no GUILD_CREATE.
        let guilds: Vec<u64> = if self.intents & GUILDS_INTENT != 0 {
            self.guilds
                .keys()
                .copied()
                .filter(|g| (g >> 22) % total_u64 == u64::from(shard))
                .collect()
        } else {
            Vec::new()
        };
        for guild in guilds {
            if let Some(payload) = self.guild_json(guild, true) {
                self.dispatch_to(shard, "GUILD_CREATE", payload);
            }
        }
        self.readies += 1;
    }
}

// ---------------------------------------------------------------------------------------------
// Gateway server

pub(crate) async fn accept_gateway(shared: Arc<Shared>, listener: TcpListener) {
    while let Ok((stream, _)) = listener.accept().await {
        tokio::spawn(serve_gateway(shared.clone(), stream));
    }
}

pub(crate) async fn serve_gateway(shared: Arc<Shared>, stream: TcpStream) {
    let Ok(ws) = tokio_tungstenite::accept_async(stream).await else {
        return;
    };
    let (mut sink, mut source) = ws.split();
    let (tx, mut rx) = mpsc::unbounded_channel::<WsMessage>();
    let conn = {
        let mut state = shared.lock();
        state.connections += 1;
        let conn = state.connections;
        state.metrics.opened(conn);
        let interval =
            u64::try_from(state.heartbeat_interval.as_millis()).unwrap_or(HEARTBEAT_INTERVAL_MS);
        state.send_frame(
            &tx,
            json!({"op": 10, "d": {"heartbeat_interval": interval}, "s": null, "t": null}),
        );
        conn
    };
    shared.changed();
    loop {
        tokio::select! {
            outgoing = rx.recv() => {
                let Some(message) = outgoing else { break };
                let closing = matches!(message, WsMessage::Close(_));
                if sink.send(message).await.is_err() {
                    break;
                }
                if closing {
                    // Complete the closing handshake: wait for the client's Close reply.
                    let reply = async {
                        while let Some(Ok(message)) = source.next().await {
                            if message.is_close() {
                                break;
                            }
                        }
                    };
                    let _ = tokio::time::timeout(Duration::from_secs(2), reply).await;
                    break;
                }
            }
            incoming = source.next() => match incoming {
                Some(Ok(WsMessage::Text(text))) => {
                    if let Ok(frame) = serde_json::from_str::<Value>(&text) {
                        shared.lock().on_gateway_frame(conn, &tx, frame);
                        shared.changed();
                    }
                }
                Some(Ok(WsMessage::Close(_))) => {
                    // tungstenite queued the Close reply; flush it so the client sees a clean close.
                    let _ = sink.flush().await;
                    break;
                }
                Some(Err(_)) | None => break,
                Some(Ok(_)) => {}
            },
        }
    }
    let mut state = shared.lock();
    state.metrics.closed(conn);
    for session in state.shards.values_mut() {
        if session.conn.as_ref().is_some_and(|c| c.id == conn) {
            session.conn = None;
        }
    }
    drop(state);
    shared.changed();
}
