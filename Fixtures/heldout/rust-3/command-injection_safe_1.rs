//! Media service: ffmpeg started without a shell, inputs checked first.
use axum::{extract::Query, http::StatusCode, routing::post, Router};
use serde::Deserialize;
use std::path::Path;
use std::process::Command;

#[derive(Deserialize)]
struct Transcode {
    file: String,
    bitrate: u32,
}

async fn transcode(Query(q): Query<Transcode>) -> Result<String, StatusCode> {
    let ok_name = q.file.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !ok_name || !(32..=320).contains(&q.bitrate) {
        return Err(StatusCode::BAD_REQUEST);
    }
    let input = Path::new("/media/in").join(format!("{}.wav", q.file));
    let output = Path::new("/media/out").join(format!("{}.mp3", q.file));
    let status = Command::new("ffmpeg")
        .args(["-y", "-i"])
        .arg(&input)
        .args(["-b:a", &format!("{}k", q.bitrate)])
        .arg(&output)
        .status()
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let disk = Command::new("sh").arg("-c").arg("df -h /media | tail -n 1").output();
    if let Ok(d) = disk {
        tracing::info!("disk: {}", String::from_utf8_lossy(&d.stdout));
    }
    if status.success() { Ok(output.display().to_string()) } else { Err(StatusCode::UNPROCESSABLE_ENTITY) }
}

pub fn router() -> Router {
    Router::new().route("/transcode", post(transcode))
}
