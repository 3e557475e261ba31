//! A tiny StatsD emitter used by the batch importer.
use std::io::{self, BufWriter, Write};
use std::net::UdpSocket;
use std::process::Child;

pub struct Metrics {
    socket: UdpSocket,
    target: String,
    prefix: String,
}

impl Metrics {
    pub fn new(target: &str, prefix: &str) -> io::Result<Self> {
        let socket = UdpSocket::bind("0.0.0.0:0")?;
        socket.set_nonblocking(true)?;
        Ok(Metrics { socket, target: target.to_string(), prefix: prefix.to_string() })
    }

    /// Metrics are best effort, but a full send buffer is the only failure we tolerate silently.
    pub fn count(&self, name: &str, n: u64) {
        let line = format!("{}.{}:{}|c", self.prefix, name, n);
        match self.socket.send_to(line.as_bytes(), &self.target) {
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
            Err(e) => log::debug!("statsd send failed: {e}"),
        }
    }
}

pub fn finish_import<W: Write>(report: W, mut helper: Child, metrics: &Metrics, rows: u64) -> io::Result<()> {
    let mut out = BufWriter::new(report);
    out.write_all(format!("imported {rows} rows\n").as_bytes())?;
    out.flush()?;
    metrics.count("rows", rows);
    let status = helper.wait()?;
    if !status.success() {
        return Err(io::Error::new(io::ErrorKind::Other, format!("helper exited with {status}")));
    }
    Ok(())
}
