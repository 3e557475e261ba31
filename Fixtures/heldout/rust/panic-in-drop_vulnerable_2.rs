use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

/// Writes a report to a temp file and renames it into place when dropped.
pub struct AtomicReport {
    tmp: PathBuf,
    dest: PathBuf,
    out: Option<BufWriter<File>>,
    lines: usize,
}

impl AtomicReport {
    pub fn create(dest: PathBuf) -> io::Result<Self> {
        let tmp = dest.with_extension("tmp");
        let out = BufWriter::new(File::create(&tmp)?);
        Ok(AtomicReport { tmp, dest, out: Some(out), lines: 0 })
    }

    pub fn line(&mut self, text: &str) -> io::Result<()> {
        if let Some(out) = self.out.as_mut() {
            writeln!(out, "{text}")?;
            self.lines += 1;
        }
        Ok(())
    }
}

impl Drop for AtomicReport {
    fn drop(&mut self) {
        assert!(self.lines > 0, "empty report for {}", self.dest.display()); // expect: panic-in-drop
        if let Some(mut out) = self.out.take() {
            if let Err(e) = out.flush() {
                panic!("could not flush {}: {e}", self.tmp.display()); // expect: panic-in-drop
            }
        }
        if let Err(e) = std::fs::rename(&self.tmp, &self.dest) {
            panic!("could not move report into place: {e}"); // expect: panic-in-drop
        }
    }
}
