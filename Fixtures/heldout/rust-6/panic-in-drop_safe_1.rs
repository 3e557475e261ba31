use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::PathBuf;

/// A lock file that marks a build directory as in use.
pub struct BuildLock {
    path: PathBuf,
    released: bool,
    _file: File,
}

impl BuildLock {
    pub fn acquire(dir: &str) -> io::Result<Self> {
        let path = PathBuf::from(dir).join(".build.lock");
        assert!(!path.as_os_str().is_empty(), "lock path must not be empty");
        let file = OpenOptions::new().write(true).create_new(true).open(&path)?;
        Ok(Self { path, released: false, _file: file })
    }

    /// Releases the lock and reports a failure to the caller.
    pub fn release(mut self) -> io::Result<()> {
        self.released = true;
        fs::remove_file(&self.path)
    }
}

impl Drop for BuildLock {
    fn drop(&mut self) {
        if self.released {
            return;
        }
        if let Err(e) = fs::remove_file(&self.path) {
            eprintln!("warning: could not release {}: {}", self.path.display(), e);
        }
    }
}
