//! Watches the inbox folder and hands finished scans to the OCR queue.
use notify::{Event, EventKind, RecursiveMode, Watcher};
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Sender};

fn settle(path: &Path) -> std::io::Result<()> {
    let f = File::open(path)?;
    f.sync_all()?;
    Ok(())
}

fn on_event(event: Event, queue: &Sender<PathBuf>) -> bool {
    if !matches!(event.kind, EventKind::Create(_)) {
        return true;
    }
    for path in event.paths {
        if path.extension().map_or(false, |e| e == "tmp") {
            if let Err(e) = fs::remove_file(&path) {
                log::warn!("could not remove {}: {e}", path.display());
            }
            continue;
        }
        match settle(&path) {
            Ok(()) => {
                if queue.send(path).is_err() {
                    log::error!("OCR queue closed; stopping watcher");
                    return false;
                }
            }
            Err(e) => log::warn!("{} not ready: {e}", path.display()),
        }
    }
    true
}

pub fn watch(inbox: &Path, queue: Sender<PathBuf>) -> notify::Result<()> {
    let (tx, rx) = channel();
    let mut watcher = notify::recommended_watcher(tx)?;
    watcher.watch(inbox, RecursiveMode::NonRecursive)?;
    for res in rx {
        match res {
            Ok(event) => {
                if !on_event(event, &queue) {
                    break;
                }
            }
            Err(e) => log::warn!("watch error: {e}"),
        }
    }
    Ok(())
}
