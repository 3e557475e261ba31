use argh::FromArgs;
use std::env;
use std::process::{Command, ExitCode};

/// Back up a project's database before a deploy.
#[derive(FromArgs)]
struct Args {
    /// database name to dump
    #[argh(option)]
    database: String,

    /// extra pg_dump flags
    #[argh(option, default = "String::new()")]
    extra: String,
}

fn dump_line(args: &Args) -> String {
    let dir = env::var("BACKUP_DIR").unwrap_or_else(|_| "/var/backups".to_string());
    format!(
        "pg_dump {} {} | gzip > {}/{}.sql.gz",
        args.extra, args.database, dir, args.database
    )
}

fn main() -> ExitCode {
    let args: Args = argh::from_env();
    let line = dump_line(&args);
    let status = Command::new("sh").arg("-c").arg(&line).status(); // expect: command-injection
    match status {
        Ok(s) if s.success() => ExitCode::SUCCESS,
        Ok(s) => {
            eprintln!("backup failed: {s}");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("could not start shell: {e}");
            ExitCode::FAILURE
        }
    }
}
