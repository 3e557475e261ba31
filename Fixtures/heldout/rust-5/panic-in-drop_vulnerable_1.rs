//! Scratch directories for the test-runner's sandboxes.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub struct ScratchDir {
    path: PathBuf,
    keep: bool,
}

impl ScratchDir {
    pub fn create(base: &Path, name: &str) -> io::Result<Self> {
        let path = base.join(format!("{name}-{}", std::process::id()));
        fs::create_dir_all(&path)?;
        Ok(ScratchDir { path, keep: false })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn keep(mut self) -> PathBuf {
        self.keep = true;
        self.path.clone()
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        if self.keep {
            return;
        }
        if let Err(e) = fs::remove_dir_all(&self.path) {
            panic!("could not clean up {}: {e}", self.path.display()); // expect: panic-in-drop
        }
    }
}
