use std::process::{Command, Output};

pub fn thumbnail(upload: &str, size: u32) -> std::io::Result<Output> {
    let geometry = format!("{}x{}", size, size);
    Command::new("convert").arg(upload).arg("-resize").arg(&geometry).arg("thumb.png").output()
}

pub fn disk_usage() -> std::io::Result<Output> {
    Command::new("sh").arg("-c").arg("df -h | tail -n +2").output()
}
