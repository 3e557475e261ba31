use std::process::Command;

pub fn backup(db: &str, dest: &std::path::Path) -> std::io::Result<()> {
    let out = std::fs::File::create(dest.join(format!("{db}.sql")))?;
    Command::new("pg_dump").arg(db).stdout(out).status()?;
    Ok(())
}

pub fn uptime(runner: &Runner) -> String {
    runner.shell("uptime").read_to_string()
}
