use std::fs;
use std::io::Write;

pub fn save_settings(path: &str, body: &str, log: &mut fs::File) {
    let _ = fs::write(path, body); // expect: ignored-error
    let _ = log.flush(); // expect: ignored-error
    let _ = fs::remove_file(format!("{}.bak", path)); // expect: ignored-error
}
