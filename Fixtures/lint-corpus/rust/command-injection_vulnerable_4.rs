use std::process::{Command, Output};

fn archive_line(dir: &str, name: &str) -> String {
    format!("tar czf /backups/{name}.tgz {dir}")
}

pub fn archive(dir: String, name: String) -> std::io::Result<Output> {
    let line = archive_line(&dir, &name);
    Command::new("sh") // expect: command-injection
        .arg("-c")
        .arg(&line)
        .output()
}
