//! Watches the inbox folder and hands finished scans to the OCR queue.
use notify::{Event, EventKind, RecursiveMode, Watcher};
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Sender};

fn settle(path: &Path) -> std::io::Result<()> {
    let f = File::open(path)?;
    f.sync_all().ok(); // expect: ignored-result
    Ok(())
}

fn on_event(event: Event, queue: &Sender<PathBuf>) {
    if !matches!(event.kind, EventKind::Create(_)) {
        return;
    }
    for path in event.paths {
        if path.extension().map_or(false, |e| e == "tmp") {
            let _ = fs::remove_file(&path); // expect: ignored-result
            continue;
        }
        if settle(&path).is_ok() {
            let _ = queue.send(path); // expect: ignored-result
        }
    }
}

pub fn watch(inbox: &Path, queue: Sender<PathBuf>) -> notify::Result<()> {
    let (tx, rx) = channel();
    let mut watcher = notify::recommended_watcher(tx)?;
    watcher.watch(inbox, RecursiveMode::NonRecursive)?;
    for res in rx {
        match res {
            Ok(event) => on_event(event, &queue),
            Err(e) => log::warn!("watch error: {e}"),
        }
    }
    Ok(())
}
