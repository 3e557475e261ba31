//! Preview renderer that runs ImageMagick without a shell.

use std::process::{Command, Output};

pub fn preview(upload: &str, width: u32) -> std::io::Result<Output> {
    let mut cmd = Command::new("convert");
    cmd.arg(format!("{upload}[0]")).arg("-resize").arg(format!("{width}x")).arg("png:-");
    cmd.output()
}

pub fn disk_usage() -> std::io::Result<Output> {
    let mut cmd = Command::new("sh");
    cmd.args(["-c", "df -h / | tail -n 1"]);
    cmd.output()
}
