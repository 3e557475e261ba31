use std::process::Command;

use trillium::{Conn, Status};
use trillium_router::RouterConnExt;

fn archive_line(project: &str, format: &str) -> String {
    format!("tar -czf /srv/exports/{project}.{format} -C /srv/projects {project}")
}

pub async fn export_project(conn: Conn) -> Conn {
    let project = conn.param("project").unwrap_or_default().to_string();
    let format = conn
        .querystring()
        .split('&')
        .find_map(|kv| kv.strip_prefix("format="))
        .unwrap_or("tar.gz")
        .to_string();
    let status = Command::new("sh") // expect: command-injection
        .arg("-c")
        .arg(archive_line(&project, &format))
        .status();
    match status {
        Ok(s) if s.success() => conn.with_status(Status::Created).with_body(format!("{project} exported")).halt(),
        _ => conn.with_status(Status::InternalServerError).with_body("export failed").halt(),
    }
}
