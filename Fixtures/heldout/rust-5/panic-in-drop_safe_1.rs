//! Scratch directories for the test-runner's sandboxes.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

pub static LEAKED_DIRS: AtomicUsize = AtomicUsize::new(0);

pub struct ScratchDir {
    path: PathBuf,
    keep: bool,
}

impl ScratchDir {
    pub fn create(base: &Path, name: &str) -> io::Result<Self> {
        assert!(!name.contains('/'), "scratch names are single path components");
        let path = base.join(format!("{name}-{}", std::process::id()));
        fs::create_dir_all(&path)?;
        Ok(ScratchDir { path, keep: false })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Removes the directory now and reports failure to the caller.
    pub fn close(mut self) -> io::Result<()> {
        self.keep = true;
        fs::remove_dir_all(&self.path)
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        if self.keep {
            return;
        }
        if let Err(e) = fs::remove_dir_all(&self.path) {
            LEAKED_DIRS.fetch_add(1, Ordering::Relaxed);
            eprintln!("warning: could not clean up {}: {e}", self.path.display());
        }
    }
}
