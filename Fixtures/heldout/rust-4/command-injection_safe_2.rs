//! Deploy hook on hyper: the ref is checked and passed as an argument.

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::{Request, Response, StatusCode};
use std::convert::Infallible;
use tokio::process::Command;

fn reply(status: StatusCode, body: impl Into<Bytes>) -> Response<Full<Bytes>> {
    let mut res = Response::new(Full::new(body.into()));
    *res.status_mut() = status;
    res
}

fn valid_ref(r: &str) -> bool {
    !r.is_empty()
        && r.len() <= 64
        && !r.starts_with('-')
        && !r.contains("..")
        && r.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-'))
}

async fn git(args: &[&str]) -> std::io::Result<std::process::Output> {
    Command::new("git").current_dir("/srv/app").args(args).output().await
}

pub async fn deploy(req: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    let git_ref = match req.headers().get("x-ref").and_then(|v| v.to_str().ok()) {
        Some(r) if valid_ref(r) => r.to_owned(),
        _ => return Ok(reply(StatusCode::BAD_REQUEST, "bad X-Ref")),
    };
    for step in [vec!["fetch", "origin"], vec!["checkout", "--detach", git_ref.as_str()]] {
        match git(&step).await {
            Ok(o) if o.status.success() => {}
            Ok(o) => return Ok(reply(StatusCode::INTERNAL_SERVER_ERROR, o.stderr)),
            Err(e) => return Ok(reply(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())),
        }
    }
    let make = Command::new("make").current_dir("/srv/app").arg("release").output().await;
    Ok(match make {
        Ok(o) if o.status.success() => reply(StatusCode::OK, o.stdout),
        _ => reply(StatusCode::INTERNAL_SERVER_ERROR, "build failed"),
    })
}
