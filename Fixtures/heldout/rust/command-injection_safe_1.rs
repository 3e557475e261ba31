use axum::{extract::Query, http::StatusCode, routing::get, Router};
use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize)]
struct PingParams {
    host: String,
    count: Option<u32>,
}

fn valid_host(h: &str) -> bool {
    !h.is_empty()
        && h.len() <= 253
        && !h.starts_with('-')
        && h.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

async fn ping(Query(p): Query<PingParams>) -> Result<String, StatusCode> {
    if !valid_host(&p.host) {
        return Err(StatusCode::BAD_REQUEST);
    }
    let count = p.count.unwrap_or(3).min(10);
    let out = Command::new("ping")
        .arg("-c")
        .arg(count.to_string())
        .arg(&p.host)
        .output()
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

async fn uptime() -> Result<String, StatusCode> {
    let out = Command::new("sh").arg("-c").arg("uptime | cut -d, -f1").output()
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn router() -> Router {
    Router::new().route("/tools/ping", get(ping)).route("/tools/uptime", get(uptime))
}
