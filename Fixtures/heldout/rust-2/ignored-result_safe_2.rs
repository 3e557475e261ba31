use std::collections::HashMap;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Echo-with-uppercase protocol used in the networking course (lab 3).
pub async fn handle(mut socket: TcpStream, stats: &mut HashMap<String, usize>) -> std::io::Result<()> {
    let peer = socket.peer_addr()?.to_string();
    let _previous = stats.insert(peer.clone(), 0);
    let mut buf = vec![0u8; 1024];
    loop {
        let n = socket.read(&mut buf).await?;
        if n == 0 {
            break;
        }
        let reply: Vec<u8> = buf[..n].iter().map(u8::to_ascii_uppercase).collect();
        socket.write_all(&reply).await?;
        *stats.entry(peer.clone()).or_default() += n;
    }
    let _ = stats.remove(&peer);
    match socket.shutdown().await {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotConnected => Ok(()),
        Err(e) => Err(e),
    }
}
