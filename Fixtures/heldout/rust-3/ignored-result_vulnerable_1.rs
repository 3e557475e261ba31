//! Build cache janitor: trims old artifacts and reports what it removed.
use std::fs;
use std::io::Write;
use std::path::Path;
use std::sync::mpsc::Sender;
use std::time::{Duration, SystemTime};

pub fn trim(cache: &Path, max_age: Duration, report: &Sender<String>, log: &mut impl Write) -> std::io::Result<u64> {
    let mut freed = 0;
    let now = SystemTime::now();
    for entry in fs::read_dir(cache)? {
        let entry = entry?;
        let meta = entry.metadata()?;
        let old = meta.modified().ok().and_then(|m| now.duration_since(m).ok()).map_or(false, |age| age > max_age);
        if !old {
            continue;
        }
        let _ = fs::remove_file(entry.path()); // expect: ignored-result
        freed += meta.len();
        let _ = writeln!(log, "removed {}", entry.path().display()); // expect: ignored-result
    }
    let _ = report.send(format!("freed {freed} bytes")); // expect: ignored-result
    Ok(freed)
}
