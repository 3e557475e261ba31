//! Exclusive lock on a shared spool directory; release problems are reported, not panicked.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::PathBuf;

pub struct SpoolLock {
    path: PathBuf,
    released: bool,
    _file: File,
}

impl SpoolLock {
    pub fn acquire(dir: &str) -> io::Result<SpoolLock> {
        let path = PathBuf::from(dir).join(".spool.lock");
        let mut file = OpenOptions::new().write(true).create_new(true).open(&path)?;
        writeln!(file, "{}", std::process::id())?;
        Ok(SpoolLock { path, released: false, _file: file })
    }

    /// Releases the lock and reports failure to the caller.
    pub fn release(mut self) -> io::Result<()> {
        assert!(!self.released, "release called twice");
        self.released = true;
        fs::remove_file(&self.path)
    }
}

impl Drop for SpoolLock {
    fn drop(&mut self) {
        if self.released {
            return;
        }
        if let Err(e) = fs::remove_file(&self.path) {
            eprintln!("warning: stale spool lock left at {}: {e}", self.path.display());
        }
    }
}
