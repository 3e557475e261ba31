use std::fs::File;
use std::io::{BufWriter, Write};

/// A write-ahead log segment; must be sealed before it goes out of scope.
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
        assert!(self.sealed, "segment with {} entries dropped without seal()", self.entries); // expect: panic-in-drop
        if let Err(e) = self.writer.flush() {
            panic!("could not flush sealed segment: {e}"); // expect: panic-in-drop
        }
    }
}
