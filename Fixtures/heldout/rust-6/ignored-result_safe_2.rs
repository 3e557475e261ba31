use std::collections::HashMap;
use std::io::{self, Write};
use std::net::{Shutdown, TcpStream};
use std::process::Child;

pub struct Supervisor {
    workers: HashMap<u32, Child>,
    control: TcpStream,
}

impl Supervisor {
    pub fn new(control: TcpStream) -> io::Result<Self> {
        control.set_nodelay(true)?;
        Ok(Self { workers: HashMap::new(), control })
    }

    pub fn add(&mut self, child: Child) {
        let _previous = self.workers.insert(child.id(), child);
    }

    pub fn forget(&mut self, pid: u32) {
        let _ = self.workers.remove(&pid);
    }

    pub fn stop_all(&mut self) -> usize {
        let mut stopped = 0;
        for (pid, mut child) in self.workers.drain() {
            match child.kill() {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::InvalidInput => {} // already exited
                Err(e) => log::warn!("kill {pid}: {e}"),
            }
            if child.wait().is_ok() {
                stopped += 1;
            }
        }
        stopped
    }

    pub fn goodbye(&mut self) -> io::Result<()> {
        self.control.write_all(b"BYE\n")?;
        match self.control.shutdown(Shutdown::Both) {
            Err(e) if e.kind() != io::ErrorKind::NotConnected => Err(e),
            _ => Ok(()),
        }
    }
}
