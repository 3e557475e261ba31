//! Tauri commands behind the "Tools" menu of a media library desktop app.

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

fn transcode_line(settings: &Settings, input: &str, preset: &str) -> String {
    format!(
        "{} -y -i \"{}\" -preset {} \"{}/out.mp4\"",
        settings.ffmpeg, input, preset, settings.export_dir
    )
}

#[tauri::command]
pub fn transcode(settings: State<'_, Settings>, input: String, preset: String) -> Result<ToolOutput, String> {
    let line = transcode_line(&settings, &input, &preset);
    let out = Command::new("sh") // expect: command-injection
        .arg("-c")
        .arg(&line)
        .output()
        .map_err(|e| e.to_string())?;
    Ok(ToolOutput {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
    })
}

#[tauri::command]
pub fn reveal_in_explorer(path: String) -> Result<(), String> {
    Command::new("cmd").args(["/C", &format!("explorer /select,{}", path)]).spawn().map_err(|e| e.to_string())?; // expect: command-injection
    Ok(())
}
