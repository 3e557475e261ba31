use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::PathBuf;

/// A lock file that marks a build directory as in use.
pub struct BuildLock {
    path: PathBuf,
    _file: File,
}

impl BuildLock {
    pub fn acquire(dir: &str) -> io::Result<Self> {
        let path = PathBuf::from(dir).join(".build.lock");
        let file = OpenOptions::new().write(true).create_new(true).open(&path)?;
        Ok(Self { path, _file: file })
    }
}

impl Drop for BuildLock {
    fn drop(&mut self) {
        if let Err(e) = fs::remove_file(&self.path) {
            panic!("could not release {}: {}", self.path.display(), e); // expect: panic-in-drop
        }
    }
}
