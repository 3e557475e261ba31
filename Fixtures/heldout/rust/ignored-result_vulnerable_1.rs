// Upload handler: stores the file, records it, and notifies the thumbnailer.
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;

pub struct Uploads {
    root: PathBuf,
    thumbnailer: Sender<PathBuf>,
}

impl Uploads {
    pub fn new(root: PathBuf, thumbnailer: Sender<PathBuf>) -> Self {
        Uploads { root, thumbnailer }
    }

    pub fn store(&self, id: u64, data: &[u8]) -> std::io::Result<PathBuf> {
        let dir = self.root.join(format!("{:02x}", id % 256));
        let _ = fs::create_dir_all(&dir); // expect: ignored-result
        let path = dir.join(format!("{id}.bin"));
        let mut file = fs::File::create(&path)?;
        file.write_all(data)?;
        let _ = file.sync_all(); // expect: ignored-result
        let _ = self.thumbnailer.send(path.clone()); // expect: ignored-result
        Ok(path)
    }

    pub fn remove(&self, path: &Path) {
        let _ = fs::remove_file(path); // expect: ignored-result
    }
}
