// backup-tool: archives a project directory and uploads it.
use std::env;
use std::process::Command;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: backup-tool <dir> <bucket>");
        std::process::exit(2);
    }
    let dir = &args[1];
    let bucket = &args[2];
    let archive = format!("/tmp/{}.tar.gz", dir.replace('/', "_"));

    let status = Command::new("tar").args(["czf", &archive, "--", dir]).status()?;
    if !status.success() {
        return Err("tar failed".into());
    }

    // The script is a constant; the paths travel as positional parameters, never as code.
    let status = Command::new("sh")
        .args(["-c", "aws s3 cp \"$1\" \"s3://$2/\"", "upload", &archive, bucket])
        .status()?;
    if !status.success() {
        return Err("upload failed".into());
    }
    println!("uploaded {archive}");
    Ok(())
}
