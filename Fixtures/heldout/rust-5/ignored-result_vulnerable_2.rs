//! Recorder for the CCTV gateway: one ffmpeg child per camera, segments on disk.

use std::fs::File;
use std::io::Write;
use std::net::TcpStream;
use std::process::Child;

pub struct Recorder {
    child: Child,
    index: File,
    control: TcpStream,
}

impl Recorder {
    pub fn rotate(&mut self, segment: &str) -> std::io::Result<()> {
        writeln!(self.index, "{segment}")?;
        self.index.sync_data().ok(); // expect: ignored-result
        Ok(())
    }

    pub fn stop(mut self) {
        let _ = self.control.write_all(b"QUIT\r\n"); // expect: ignored-result
        let _ = self.child.kill(); // expect: ignored-result
        match self.child.wait() {
            Ok(status) => log::info!("recorder exited: {status}"),
            Err(e) => log::warn!("recorder wait failed: {e}"),
        }
    }
}
