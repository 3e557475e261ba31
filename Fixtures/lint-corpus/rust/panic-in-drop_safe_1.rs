use std::io::Write;

pub struct Journal { file: std::fs::File }

impl Journal {
    pub fn close(mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

impl Drop for Journal {
    fn drop(&mut self) {
        if let Err(e) = self.file.flush() {
            eprintln!("journal flush failed: {e}");
        }
    }
}
