use std::process::Command;

use trillium::{Conn, Status};
use trillium_router::RouterConnExt;

fn valid_project(name: &str) -> bool {
    !name.is_empty() && name.len() <= 64 && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

pub async fn export_project(conn: Conn) -> Conn {
    let project = conn.param("project").unwrap_or_default().to_string();
    let gzip = conn.querystring().split('&').any(|kv| kv == "format=tar.gz");
    if !valid_project(&project) {
        return conn.with_status(Status::BadRequest).with_body("bad project").halt();
    }
    let (ext, flag) = if gzip { ("tar.gz", "-czf") } else { ("tar", "-cf") };
    let status = Command::new("tar")
        .arg(flag)
        .arg(format!("/srv/exports/{project}.{ext}"))
        .arg("-C")
        .arg("/srv/projects")
        .arg("--")
        .arg(&project)
        .status();
    match status {
        Ok(s) if s.success() => conn.with_status(Status::Created).with_body(format!("{project} exported")).halt(),
        _ => conn.with_status(Status::InternalServerError).with_body("export failed").halt(),
    }
}
