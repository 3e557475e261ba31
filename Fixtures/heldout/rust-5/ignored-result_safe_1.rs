//! Background import job of a Tauri photo organiser.

use std::collections::HashMap;
use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{SyncSender, TrySendError};

use serde::Serialize;
use tauri::{Manager, Window};

#[derive(Clone, Serialize)]
struct Progress {
    done: usize,
    total: usize,
}

pub enum Thumb {
    Ready(PathBuf),
}

pub fn import_folder(window: Window, src: &Path, cache: &Path, thumbs: SyncSender<Thumb>) -> std::io::Result<usize> {
    let files: Vec<PathBuf> = fs::read_dir(src)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map_or(false, |x| x.eq_ignore_ascii_case("jpg")))
        .collect();
    let total = files.len();
    let mut seen: HashMap<PathBuf, usize> = HashMap::new();
    for (i, file) in files.iter().enumerate() {
        let tmp = cache.join(format!("{i}.partial"));
        fs::copy(file, &tmp)?;
        let dst = cache.join(file.file_name().unwrap_or_default());
        fs::rename(&tmp, &dst)?;
        let _previous = seen.insert(dst.clone(), i);
        match thumbs.try_send(Thumb::Ready(dst)) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => log::debug!("thumbnail queue full; will render lazily"),
            Err(TrySendError::Disconnected(_)) => log::warn!("thumbnail worker stopped"),
        }
        if let Err(e) = window.emit("import-progress", Progress { done: i + 1, total }) {
            log::warn!("progress event not delivered: {e}");
        }
    }
    match fs::remove_file(cache.join("import.lock")) {
        Ok(()) => {}
        Err(e) if e.kind() == ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    window.app_handle().state::<crate::Library>().refresh();
    Ok(total)
}
