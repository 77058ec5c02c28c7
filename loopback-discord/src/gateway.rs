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

    pub(crate) fn dispatch_to(
        &mut self,
        tx: &mpsc::UnboundedSender<WsMessage>,
        event: &str,
        data: Value,
    ) {
        self.seq += 1;
        let frame = json!({"op": 0, "s": self.seq, "t": event, "d": data});
        self.send_frame(tx, frame);
    }

    /// Dispatches on the live session; false when there is none.
    pub(crate) fn dispatch_live(&mut self, event: &str, data: Value) -> bool {
        let Some(tx) = self.live.as_ref().map(|c| c.tx.clone()) else {
            return false;
        };
        self.dispatch_to(&tx, event, data);
        true
    }

    pub(crate) fn on_gateway_frame(
        &mut self,
        conn: usize,
        tx: &mpsc::UnboundedSender<WsMessage>,
        frame: Value,
    ) {
        self.received_frames.push(frame.clone());
        match frame["op"].as_u64() {
            Some(1) => self.send_frame(tx, json!({"op": 11, "d": null, "s": null, "t": null})),
            Some(2) => {
                self.seq = 0;
                self.intents = frame["d"]["intents"].as_u64().unwrap_or(0);
                // A privileged intent the portal does not allow: close 4014, which no client may
                // reconnect from.
                let members_allowed = self.application_flags
                    & (crate::GATEWAY_GUILD_MEMBERS | crate::GATEWAY_GUILD_MEMBERS_LIMITED)
                    != 0;
                if self.intents & crate::GUILD_MEMBERS_INTENT != 0 && !members_allowed {
                    let frame = tokio_tungstenite::tungstenite::protocol::CloseFrame {
                        code: tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode::Library(4014),
                        reason: "Disallowed intent(s).".into(),
                    };
                    self.refused_identifies += 1;
                    let _ = tx.send(WsMessage::Close(Some(frame)));
                    return;
                }
                let ready = self.ready_json(frame["d"]["shard"].clone());
                self.live = Some(Conn {
                    id: conn,
                    tx: tx.clone(),
                });
                self.dispatch_to(tx, "READY", ready);
                // Without the GUILDS intent Discord sends no GUILD_CREATE.
                let guilds: Vec<u64> = if self.intents & GUILDS_INTENT != 0 {
                    self.guilds.keys().copied().collect()
                } else {
                    Vec::new()
                };
                for guild in guilds {
                    if let Some(payload) = self.guild_json(guild, true) {
                        self.dispatch_to(tx, "GUILD_CREATE", payload);
                    }
                }
                self.readies += 1;
            }
            Some(6) => {
                let matches = frame["d"]["session_id"].as_str().is_some()
                    && frame["d"]["session_id"].as_str() == self.session_id.as_deref();
                if self.resume_policy == ResumePolicy::Resume && matches {
                    self.live = Some(Conn {
                        id: conn,
                        tx: tx.clone(),
                    });
                    self.dispatch_to(tx, "RESUMED", json!({"_trace": ["fake-discord"]}));
                } else {
                    self.session_id = None;
                    self.send_frame(tx, json!({"op": 9, "d": false, "s": null, "t": null}));
                }
            }
            _ => {}
        }
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
        state.send_frame(&tx, json!({"op": 10, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS}, "s": null, "t": null}));
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
    if state.live.as_ref().is_some_and(|c| c.id == conn) {
        state.live = None;
    }
    drop(state);
    shared.changed();
}
