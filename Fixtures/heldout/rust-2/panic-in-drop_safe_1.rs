use std::fs::File;
use std::io::{BufWriter, Write};

/// A write-ahead log segment; should be sealed before it goes out of scope.
pub struct Segment {
    writer: BufWriter<File>,
    entries: usize,
    sealed: bool,
}

impl Segment {
    pub fn create(path: &str) -> std::io::Result<Self> {
        Ok(Segment { writer: BufWriter::new(File::create(path)?), entries: 0, sealed: false })
    }

    pub fn append(&mut self, record: &[u8]) -> std::io::Result<()> {
        if self.sealed {
            panic!("append to a sealed segment");
        }
        self.writer.write_all(&(record.len() as u32).to_le_bytes())?;
        self.writer.write_all(record)?;
        self.entries += 1;
        Ok(())
    }

    pub fn seal(&mut self) -> std::io::Result<()> {
        self.writer.flush()?;
        self.sealed = true;
        Ok(())
    }
}

impl Drop for Segment {
    fn drop(&mut self) {
        if !self.sealed && !std::thread::panicking() {
            eprintln!("warning: segment with {} entries dropped without seal()", self.entries);
        }
        if let Err(e) = self.writer.flush() {
            eprintln!("warning: could not flush segment: {e}");
        }
    }
}
