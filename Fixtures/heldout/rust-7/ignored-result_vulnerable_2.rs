//! A tiny StatsD emitter used by the batch importer.
use std::io::{BufWriter, Write};
use std::net::UdpSocket;
use std::process::Child;

pub struct Metrics {
    socket: UdpSocket,
    target: String,
    prefix: String,
}

impl Metrics {
    pub fn new(target: &str, prefix: &str) -> std::io::Result<Self> {
        let socket = UdpSocket::bind("0.0.0.0:0")?;
        socket.set_nonblocking(true)?;
        Ok(Metrics { socket, target: target.to_string(), prefix: prefix.to_string() })
    }

    pub fn count(&self, name: &str, n: u64) {
        let line = format!("{}.{}:{}|c", self.prefix, name, n);
        let _ = self.socket.send_to(line.as_bytes(), &self.target); // expect: ignored-result
    }
}

pub fn finish_import<W: Write>(report: W, mut helper: Child, metrics: &Metrics, rows: u64) -> std::io::Result<()> {
    let mut out = BufWriter::new(report);
    out.write_all(format!("imported {rows} rows\n").as_bytes())?;
    let _ = out.flush(); // expect: ignored-result
    metrics.count("rows", rows);
    let _ = helper.wait(); // expect: ignored-result
    Ok(())
}
