use std::net::TcpStream;
use std::time::Duration;
use tungstenite::{connect, Message};

/// Streams game-lobby presence to the matchmaking server.
pub struct PresenceClient {
    socket: tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<TcpStream>>,
}

impl PresenceClient {
    pub fn open(url: &str) -> tungstenite::Result<Self> {
        let (socket, _response) = connect(url)?;
        if let tungstenite::stream::MaybeTlsStream::Plain(s) = socket.get_ref() {
            s.set_read_timeout(Some(Duration::from_secs(5))).ok(); // expect: ignored-result
        }
        Ok(PresenceClient { socket })
    }

    pub fn heartbeat(&mut self, player: &str) {
        let _ = self.socket.send(Message::Text(format!("{{\"alive\":\"{}\"}}", player))); // expect: ignored-result
    }

    pub fn leave(mut self) {
        self.socket.close(None).ok(); // expect: ignored-result
    }
}
