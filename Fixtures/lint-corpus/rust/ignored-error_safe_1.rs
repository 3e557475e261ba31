use std::fs;
use std::io;

pub fn save_settings(path: &str, body: &str) -> io::Result<()> {
    fs::write(path, body)?;
    if let Err(e) = fs::remove_file(format!("{}.bak", path)) {
        eprintln!("no backup to remove: {e}");
    }
    Ok(())
}

pub struct Scratch(std::path::PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}
