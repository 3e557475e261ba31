// Upload handler: stores the file, records it, and notifies the thumbnailer.
use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;

pub struct Uploads {
    root: PathBuf,
    thumbnailer: Sender<PathBuf>,
    sizes: HashMap<u64, usize>,
}

impl Uploads {
    pub fn store(&mut self, id: u64, data: &[u8]) -> std::io::Result<PathBuf> {
        let dir = self.root.join(format!("{:02x}", id % 256));
        fs::create_dir_all(&dir)?;
        let path = dir.join(format!("{id}.bin"));
        let mut file = fs::File::create(&path)?;
        file.write_all(data)?;
        file.sync_all()?;
        // insert returns the previous size (an Option), which we do not need.
        let _ = self.sizes.insert(id, data.len());
        if self.thumbnailer.send(path.clone()).is_err() {
            log::warn!("thumbnailer is gone; {} will have no preview", path.display());
        }
        Ok(path)
    }

    pub fn remove(&mut self, id: u64, path: &Path) {
        self.sizes.remove(&id);
        match fs::remove_file(path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => log::error!("could not remove {}: {e}", path.display()),
        }
    }
}
