use argh::FromArgs;
use std::env;
use std::fs::File;
use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};

/// Back up a project's database before a deploy.
#[derive(FromArgs)]
struct Args {
    /// database name to dump
    #[argh(option)]
    database: String,

    /// include large objects
    #[argh(switch)]
    blobs: bool,
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 63
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn main() -> ExitCode {
    let args: Args = argh::from_env();
    if !valid_name(&args.database) {
        eprintln!("invalid database name");
        return ExitCode::FAILURE;
    }
    let dir = PathBuf::from(env::var("BACKUP_DIR").unwrap_or_else(|_| "/var/backups".to_string()));
    let out = match File::create(dir.join(format!("{}.dump", args.database))) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("cannot create dump file: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut cmd = Command::new("pg_dump");
    cmd.arg("--format=custom");
    if args.blobs {
        cmd.arg("--blobs");
    }
    cmd.arg("--").arg(&args.database).stdout(Stdio::from(out));
    match cmd.status() {
        Ok(s) if s.success() => ExitCode::SUCCESS,
        Ok(s) => {
            eprintln!("backup failed: {s}");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("could not start pg_dump: {e}");
            ExitCode::FAILURE
        }
    }
}
