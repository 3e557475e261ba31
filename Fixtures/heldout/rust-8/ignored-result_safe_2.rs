use std::net::TcpStream;
use std::time::Duration;
use tungstenite::{connect, Message};

pub struct PresenceClient {
    socket: tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<TcpStream>>,
}

impl PresenceClient {
    pub fn open(url: &str) -> tungstenite::Result<Self> {
        let (socket, _response) = connect(url)?;
        if let tungstenite::stream::MaybeTlsStream::Plain(s) = socket.get_ref() {
            s.set_read_timeout(Some(Duration::from_secs(5)))?;
        }
        Ok(PresenceClient { socket })
    }

    pub fn heartbeat(&mut self, player: &str) -> tungstenite::Result<()> {
        let _span = tracing::debug_span!("heartbeat", player).entered();
        self.socket.send(Message::Text(format!("{{\"alive\":\"{}\"}}", player)))
    }

    pub fn leave(mut self) {
        if let Err(e) = self.socket.close(None) {
            tracing::warn!("closing presence socket failed: {}", e);
        }
    }
}
