//! Tauri commands behind the "Tools" menu of a media library desktop app.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Serialize;
use tauri::State;

pub struct Settings {
    pub ffmpeg: String,
    pub export_dir: String,
}

#[derive(Serialize)]
pub struct ToolOutput {
    status: i32,
    stdout: String,
}

const PRESETS: &[&str] = &["ultrafast", "fast", "medium", "slow"];

fn library_file(input: &str) -> Result<PathBuf, String> {
    let p = Path::new(input).canonicalize().map_err(|e| e.to_string())?;
    if !p.is_file() {
        return Err("not a file".into());
    }
    Ok(p)
}

#[tauri::command]
pub fn transcode(settings: State<'_, Settings>, input: String, preset: String) -> Result<ToolOutput, String> {
    let input = library_file(&input)?;
    if !PRESETS.contains(&preset.as_str()) {
        return Err("unknown preset".into());
    }
    let out = Command::new(&settings.ffmpeg)
        .args(["-y", "-i"])
        .arg(&input)
        .args(["-preset", preset.as_str()])
        .arg(Path::new(&settings.export_dir).join("out.mp4"))
        .output()
        .map_err(|e| e.to_string())?;
    Ok(ToolOutput {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
    })
}

#[tauri::command]
pub fn reveal_in_explorer(path: String) -> Result<(), String> {
    let file = library_file(&path)?;
    let mut select = std::ffi::OsString::from("/select,");
    select.push(file.as_os_str());
    Command::new("explorer.exe").arg(select).spawn().map_err(|e| e.to_string())?;
    Ok(())
}
