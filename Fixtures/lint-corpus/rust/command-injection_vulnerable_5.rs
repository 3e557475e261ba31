use std::process::Command;

fn render_backup(db: &str, dest: &str) -> String {
    format!("pg_dump {db} | gzip > {dest}/{db}.sql.gz")
}

pub fn backup(db: &str, dest: &str) -> std::io::Result<()> {
    Command::new("bash") // expect: command-injection
        .arg("-c")
        .arg(render_backup(db, dest))
        .status()?;
    Ok(())
}

pub fn disk_usage(runner: &Runner, folder: &str) -> String {
    let line = format!("du -sh {}", folder);
    runner.shell(line).read_to_string() // expect: command-injection
}
