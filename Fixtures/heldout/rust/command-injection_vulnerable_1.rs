use axum::{extract::Query, http::StatusCode, routing::get, Router};
use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize)]
struct PingParams {
    host: String,
    count: Option<u32>,
}

async fn ping(Query(p): Query<PingParams>) -> Result<String, StatusCode> {
    let count = p.count.unwrap_or(3).min(10);
    let cmd = format!("ping -c {} {}", count, p.host);
    let out = Command::new("sh").arg("-c").arg(&cmd).output() // expect: command-injection
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[derive(Deserialize)]
struct DigParams {
    name: String,
}

async fn dig(Query(p): Query<DigParams>) -> Result<String, StatusCode> {
    let out = Command::new("/bin/bash") // expect: command-injection
        .args(["-c", &format!("dig +short {}", p.name)])
        .output()
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn router() -> Router {
    Router::new().route("/tools/ping", get(ping)).route("/tools/dig", get(dig))
}
