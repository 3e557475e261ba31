use std::fs;
use std::io;
use std::path::PathBuf;

/// A lock file that keeps two copies of the sync tool from running in one folder.
pub struct SyncLock {
    path: PathBuf,
    released: bool,
}

impl SyncLock {
    pub fn acquire(dir: &str) -> io::Result<Self> {
        let path = PathBuf::from(dir).join(".sync.lock");
        fs::OpenOptions::new().write(true).create_new(true).open(&path)?;
        Ok(SyncLock { path, released: false })
    }

    pub fn release(mut self) -> io::Result<()> {
        fs::remove_file(&self.path)?;
        self.released = true;
        Ok(())
    }
}

impl Drop for SyncLock {
    fn drop(&mut self) {
        if !self.released && fs::remove_file(&self.path).is_err() {
            panic!("could not remove lock file {}", self.path.display()); // expect: panic-in-drop
        }
    }
}
