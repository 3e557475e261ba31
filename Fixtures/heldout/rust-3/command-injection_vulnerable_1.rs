//! Media service: transcode uploads with ffmpeg (axum).
use axum::{extract::Query, http::StatusCode, routing::post, Router};
use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize)]
struct Transcode {
    file: String,
    bitrate: String,
}

async fn transcode(Query(q): Query<Transcode>) -> Result<String, StatusCode> {
    let cmdline = format!(
        "ffmpeg -y -i /media/in/{} -b:a {} /media/out/{}.mp3",
        q.file, q.bitrate, q.file
    );
    let out = Command::new("sh") // expect: command-injection
        .arg("-c")
        .arg(&cmdline)
        .output()
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    if out.status.success() {
        Ok(format!("/media/out/{}.mp3", q.file))
    } else {
        Err(StatusCode::UNPROCESSABLE_ENTITY)
    }
}

pub fn router() -> Router {
    Router::new().route("/transcode", post(transcode))
}
