use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Echo-with-uppercase protocol used in the networking course (lab 3).
pub async fn handle(mut socket: TcpStream) {
    let mut buf = vec![0u8; 1024];
    loop {
        let n = match socket.read(&mut buf).await {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) => {
                eprintln!("read error: {e}");
                break;
            }
        };
        let reply: Vec<u8> = buf[..n].iter().map(u8::to_ascii_uppercase).collect();
        let _ = socket.write_all(&reply).await; // expect: ignored-result
    }
    let _ = socket.shutdown().await; // expect: ignored-result
}

pub async fn append_audit(line: &str) {
    if let Ok(mut f) = tokio::fs::OpenOptions::new().append(true).create(true).open("audit.log").await {
        let _ = f.write_all(line.as_bytes()).await; // expect: ignored-result
    }
}
