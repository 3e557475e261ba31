//! Exclusive lock on a shared spool directory (lock file + pid).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::PathBuf;

pub struct SpoolLock {
    path: PathBuf,
    _file: File,
}

impl SpoolLock {
    pub fn acquire(dir: &str) -> io::Result<SpoolLock> {
        let path = PathBuf::from(dir).join(".spool.lock");
        let mut file = OpenOptions::new().write(true).create_new(true).open(&path)?;
        writeln!(file, "{}", std::process::id())?;
        Ok(SpoolLock { path, _file: file })
    }
}

impl Drop for SpoolLock {
    fn drop(&mut self) {
        if let Err(e) = fs::remove_file(&self.path) {
            panic!("could not release spool lock {}: {e}", self.path.display()); // expect: panic-in-drop
        }
    }
}
