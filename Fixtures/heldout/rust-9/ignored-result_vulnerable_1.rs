use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

pub struct Spool {
    dir: PathBuf,
}

impl Spool {
    pub fn open(dir: impl Into<PathBuf>) -> std::io::Result<Self> {
        let dir = dir.into();
        fs::create_dir_all(&dir)?;
        Ok(Spool { dir })
    }

    pub fn enqueue(&self, id: u64, body: &[u8]) -> std::io::Result<PathBuf> {
        let tmp = self.dir.join(format!("{id}.tmp"));
        let done = self.dir.join(format!("{id}.msg"));
        let mut f = fs::File::create(&tmp)?;
        f.write_all(body)?;
        f.sync_all().ok(); // expect: ignored-result
        fs::rename(&tmp, &done)?;
        Ok(done)
    }

    pub fn acknowledge(&self, path: &Path) {
        let _ = fs::remove_file(path); // expect: ignored-result
    }

    pub fn pending(&self) -> std::io::Result<Vec<PathBuf>> {
        let mut out = Vec::new();
        for entry in fs::read_dir(&self.dir)? {
            let path = entry?.path();
            if path.extension().map_or(false, |e| e == "msg") {
                out.push(path);
            }
        }
        out.sort();
        Ok(out)
    }
}
