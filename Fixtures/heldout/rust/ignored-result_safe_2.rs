// Tiny line-based key/value server used in the networking course.
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};

fn handle(stream: TcpStream, store: &mut HashMap<String, String>) -> std::io::Result<()> {
    let mut out = stream.try_clone()?;
    let reader = BufReader::new(stream);
    for line in reader.lines() {
        let line = line?;
        let mut parts = line.splitn(3, ' ');
        match (parts.next(), parts.next(), parts.next()) {
            (Some("GET"), Some(k), None) => {
                let v = store.get(k).cloned().unwrap_or_default();
                writeln!(out, "{v}")?;
            }
            (Some("SET"), Some(k), Some(v)) => {
                let _previous = store.insert(k.to_string(), v.to_string());
                out.write_all(b"OK\n")?;
            }
            _ => out.write_all(b"ERR\n")?,
        }
    }
    out.flush()
}

fn main() -> std::io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:7878")?;
    let mut store = HashMap::new();
    for stream in listener.incoming() {
        let stream = stream?;
        if let Err(e) = handle(stream, &mut store) {
            eprintln!("client error: {e}");
        }
    }
    Ok(())
}
