//! Build cache janitor that surfaces every failure.
use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;

pub fn trim(files: &[PathBuf], report: &Sender<String>, log: &mut impl Write) -> std::io::Result<u64> {
    let mut freed = 0;
    let mut by_dir: HashMap<PathBuf, u32> = HashMap::new();
    for path in files {
        let len = fs::metadata(path)?.len();
        if let Err(e) = fs::remove_file(path) {
            writeln!(log, "could not remove {}: {e}", path.display())?;
            continue;
        }
        freed += len;
        let _previous = by_dir.insert(path.parent().map(Path::to_path_buf).unwrap_or_default(), 1);
        writeln!(log, "removed {}", path.display())?;
    }
    let _ = by_dir.remove(Path::new(""));
    if report.send(format!("freed {freed} bytes")).is_err() {
        writeln!(log, "report channel closed")?;
    }
    Ok(freed)
}
