//! Document preview service on salvo, running tools without a shell.

use salvo::http::header::{HeaderValue, CONTENT_TYPE};
use salvo::prelude::*;
use std::path::Path;
use std::process::Command;

const UPLOADS: &str = "/srv/docs/uploads";

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() < 100
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
        && !name.starts_with('.')
}

#[handler]
async fn thumbnail(req: &mut Request, res: &mut Response) {
    let name: String = req.param("name").unwrap_or_default();
    let width: u32 = req.query::<u32>("w").unwrap_or(240).clamp(16, 1024);
    if !valid_name(&name) {
        res.status_code(StatusCode::BAD_REQUEST);
        return;
    }
    let source = Path::new(UPLOADS).join(&name);
    let output = Command::new("convert")
        .arg(format!("{}[0]", source.display()))
        .arg("-thumbnail")
        .arg(format!("{width}x"))
        .arg("png:-")
        .output();
    match output {
        Ok(o) if o.status.success() => {
            res.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("image/png"));
            if let Err(e) = res.write_body(o.stdout) {
                eprintln!("thumbnail body: {e}");
            }
        }
        _ => {
            res.status_code(StatusCode::UNPROCESSABLE_ENTITY);
        }
    }
}

#[handler]
async fn disk_usage(res: &mut Response) {
    // fixed pipeline, nothing from the request
    match Command::new("sh").arg("-c").arg("df -h /srv/docs | tail -n 1").output() {
        Ok(o) => res.render(Text::Plain(String::from_utf8_lossy(&o.stdout).into_owned())),
        Err(_) => res.status_code(StatusCode::INTERNAL_SERVER_ERROR),
    };
}

pub fn router() -> Router {
    Router::new()
        .push(Router::with_path("thumb/<name>").get(thumbnail))
        .push(Router::with_path("df").get(disk_usage))
}
