use std::io::Write;

pub struct Journal { file: std::fs::File }

impl Drop for Journal {
    fn drop(&mut self) {
        self.file.flush().expect("journal flush"); // expect: panic-in-drop
    }
}
