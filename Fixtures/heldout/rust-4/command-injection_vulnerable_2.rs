//! Tiny deploy hook on hyper 1.x: `POST /deploy` with an `X-Ref` header.

use std::convert::Infallible;
use std::net::SocketAddr;

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::process::Command;

fn reply(status: StatusCode, body: impl Into<Bytes>) -> Response<Full<Bytes>> {
    let mut res = Response::new(Full::new(body.into()));
    *res.status_mut() = status;
    res
}

async fn deploy(req: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    let git_ref = match req.headers().get("x-ref").and_then(|v| v.to_str().ok()) {
        Some(r) => r.to_owned(),
        None => return Ok(reply(StatusCode::BAD_REQUEST, "missing X-Ref")),
    };
    let script = format!("cd /srv/app && git fetch origin && git checkout {git_ref} && make release");
    let output = Command::new("/bin/sh").arg("-c").arg(script).output().await; // expect: command-injection
    Ok(match output {
        Ok(o) if o.status.success() => reply(StatusCode::OK, o.stdout),
        Ok(o) => reply(StatusCode::INTERNAL_SERVER_ERROR, o.stderr),
        Err(e) => reply(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    })
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let addr = SocketAddr::from(([127, 0, 0, 1], 9009));
    let listener = TcpListener::bind(addr).await?;
    loop {
        let (stream, _) = listener.accept().await?;
        tokio::spawn(async move {
            if let Err(e) = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service_fn(deploy))
                .await
            {
                eprintln!("connection error: {e}");
            }
        });
    }
}
