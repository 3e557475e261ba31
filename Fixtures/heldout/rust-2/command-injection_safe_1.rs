use std::collections::HashMap;
use std::net::IpAddr;
use std::process::Command;
use warp::Filter;

// Network diagnostics page for the office router admin UI.
async fn diag(query: HashMap<String, String>) -> Result<impl warp::Reply, warp::Rejection> {
    let host: IpAddr = query.get("host").and_then(|h| h.parse().ok()).ok_or_else(warp::reject)?;
    let count: u8 = query.get("count").and_then(|c| c.parse().ok()).unwrap_or(3).min(10);
    let output = Command::new("ping")
        .args(["-c", &count.to_string(), "-W", "2"])
        .arg(host.to_string())
        .output()
        .map_err(|_| warp::reject())?;
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

async fn uptime() -> Result<impl warp::Reply, warp::Rejection> {
    let output = Command::new("sh").arg("-c").arg("uptime -p && free -h | head -2").output().map_err(|_| warp::reject())?;
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[tokio::main]
async fn main() {
    let diag_route = warp::path("diag").and(warp::query::<HashMap<String, String>>()).and_then(diag);
    let uptime_route = warp::path("uptime").and_then(uptime);
    warp::serve(diag_route.or(uptime_route)).run(([0, 0, 0, 0], 8080)).await;
}
