use std::collections::HashMap;
use std::io::Write;
use std::net::{Shutdown, TcpStream};
use std::process::Child;

pub struct Supervisor {
    workers: HashMap<u32, Child>,
    control: TcpStream,
}

impl Supervisor {
    pub fn new(control: TcpStream) -> Self {
        control.set_nodelay(true).ok(); // expect: ignored-result
        Self { workers: HashMap::new(), control }
    }

    pub fn add(&mut self, child: Child) {
        self.workers.insert(child.id(), child);
    }

    pub fn stop_all(&mut self) -> usize {
        let mut stopped = 0;
        for (_, mut child) in self.workers.drain() {
            let _ = child.kill(); // expect: ignored-result
            if child.wait().is_ok() {
                stopped += 1;
            }
        }
        stopped
    }

    pub fn goodbye(&mut self) -> std::io::Result<()> {
        self.control.write_all(b"BYE\n")?;
        let _ = self.control.shutdown(Shutdown::Both); // expect: ignored-result
        Ok(())
    }
}
