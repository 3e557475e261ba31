//! Recorder for the CCTV gateway: one ffmpeg child per camera, segments on disk.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{ErrorKind, Write};
use std::net::TcpStream;
use std::process::Child;

pub struct Recorder {
    child: Child,
    index: File,
    control: TcpStream,
    recent: VecDeque<String>,
}

impl Recorder {
    pub fn rotate(&mut self, segment: &str) -> std::io::Result<()> {
        writeln!(self.index, "{segment}")?;
        self.index.sync_data()?;
        self.recent.push_back(segment.to_string());
        if self.recent.len() > 16 {
            let _ = self.recent.pop_front();
        }
        Ok(())
    }

    pub fn stop(mut self) {
        if let Err(e) = self.control.write_all(b"QUIT\r\n") {
            log::warn!("could not ask recorder to quit: {e}");
        }
        match self.child.kill() {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::InvalidInput => {} // already exited
            Err(e) => log::warn!("kill failed: {e}"),
        }
        match self.child.wait() {
            Ok(status) => log::info!("recorder exited: {status}"),
            Err(e) => log::warn!("recorder wait failed: {e}"),
        }
    }
}
