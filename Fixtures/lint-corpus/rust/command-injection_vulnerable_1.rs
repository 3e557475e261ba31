use std::process::{Command, Output};

pub fn thumbnail(upload: &str, size: u32) -> std::io::Result<Output> {
    Command::new("sh") // expect: command-injection
        .arg("-c")
        .arg(format!("convert {} -resize {}x{} thumb.png", upload, size, size))
        .output()
}

pub fn archive(folder: &str) -> std::io::Result<std::process::ExitStatus> {
    let line = "tar czf /backups/out.tgz ".to_string() + folder;
    Command::new("/bin/bash").args(["-c", &line]).status() // expect: command-injection
}
