use std::collections::HashMap;
use std::process::Command;
use warp::Filter;

// Network diagnostics page for the office router admin UI.
async fn diag(query: HashMap<String, String>) -> Result<impl warp::Reply, warp::Rejection> {
    let host = query.get("host").cloned().unwrap_or_else(|| "1.1.1.1".to_string());
    let count = query.get("count").cloned().unwrap_or_else(|| "3".to_string());
    let output = Command::new("sh") // expect: command-injection
        .arg("-c")
        .arg(format!("ping -c {count} -W 2 {host} && traceroute -m 8 {host}"))
        .output()
        .map_err(|_| warp::reject())?;
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

async fn dns(name: String) -> Result<impl warp::Reply, warp::Rejection> {
    let script = format!("dig +short {} A; dig +short {} AAAA", name, name);
    let output = Command::new("/bin/bash").args(["-c", &script]).output().map_err(|_| warp::reject())?; // expect: command-injection
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[tokio::main]
async fn main() {
    let diag_route = warp::path("diag").and(warp::query::<HashMap<String, String>>()).and_then(diag);
    let dns_route = warp::path!("dns" / String).and_then(dns);
    warp::serve(diag_route.or(dns_route)).run(([0, 0, 0, 0], 8080)).await;
}
