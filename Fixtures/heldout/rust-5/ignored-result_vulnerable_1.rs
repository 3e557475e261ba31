//! Background import job of a Tauri photo organiser.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc::SyncSender;

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
    for (i, file) in files.iter().enumerate() {
        let tmp = cache.join(format!("{i}.partial"));
        fs::copy(file, &tmp)?;
        let dst = cache.join(file.file_name().unwrap_or_default());
        fs::rename(&tmp, &dst)?;
        let _ = thumbs.try_send(Thumb::Ready(dst)); // expect: ignored-result
        let _ = window.emit("import-progress", Progress { done: i + 1, total }); // expect: ignored-result
    }
    let _ = fs::remove_file(cache.join("import.lock")); // expect: ignored-result
    window.app_handle().state::<crate::Library>().refresh();
    Ok(total)
}
