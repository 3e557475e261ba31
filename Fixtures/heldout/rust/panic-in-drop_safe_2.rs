use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

/// Writes a report to a temp file; `finish` moves it into place, drop cleans up.
pub struct AtomicReport {
    tmp: PathBuf,
    dest: PathBuf,
    out: Option<BufWriter<File>>,
}

impl AtomicReport {
    pub fn create(dest: PathBuf) -> io::Result<Self> {
        let tmp = dest.with_extension("tmp");
        let out = BufWriter::new(File::create(&tmp)?);
        Ok(AtomicReport { tmp, dest, out: Some(out) })
    }

    pub fn line(&mut self, text: &str) -> io::Result<()> {
        match self.out.as_mut() {
            Some(out) => writeln!(out, "{text}"),
            None => panic!("line() called after finish()"),
        }
    }

    pub fn finish(mut self) -> io::Result<()> {
        if let Some(mut out) = self.out.take() {
            out.flush()?;
        }
        std::fs::rename(&self.tmp, &self.dest)
    }
}

impl Drop for AtomicReport {
    fn drop(&mut self) {
        if self.out.is_some() {
            if let Err(e) = std::fs::remove_file(&self.tmp) {
                log::warn!("could not remove {}: {e}", self.tmp.display());
            }
        }
    }
}
