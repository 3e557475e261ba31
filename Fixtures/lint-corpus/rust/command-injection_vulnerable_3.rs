//! Preview renderer that shells out to ImageMagick.

use std::process::{Command, Output};

pub fn preview(upload: &str, width: u32) -> std::io::Result<Output> {
    let script = format!("convert '{upload}[0]' -resize {width}x png:- | pngquant -");
    let mut cmd = Command::new("sh"); // expect: command-injection
    cmd.arg("-c").arg(&script);
    cmd.output()
}
