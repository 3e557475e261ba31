// backup-tool: archives a project directory and uploads it.
use std::env;
use std::process::{Command, ExitStatus};

fn run_shell(line: &str) -> std::io::Result<ExitStatus> {
    if cfg!(windows) {
        Command::new("cmd").args(["/C", line]).status() // expect: command-injection
    } else {
        Command::new("sh").arg("-c").arg(line).status() // expect: command-injection
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: backup-tool <dir> <bucket>");
        std::process::exit(2);
    }
    let dir = &args[1];
    let bucket = &args[2];
    let archive = format!("/tmp/{}.tar.gz", dir.replace('/', "_"));

    run_shell(&format!("tar czf {} {}", archive, dir))?;
    run_shell(&format!("aws s3 cp {} s3://{}/", archive, bucket))?;
    println!("uploaded {archive}");
    Ok(())
}
