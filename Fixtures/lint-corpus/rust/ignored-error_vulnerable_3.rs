use std::fs::File;
use std::io::Write;

pub fn append(log: &mut File, line: &str) -> std::io::Result<()> {
    writeln!(log, "{line}")?;
    log.sync_data().ok(); // expect: ignored-error
    Ok(())
}

pub fn purge(log: &mut File, path: &std::path::Path) {
    let _ = std::fs::remove_file(path); // expect: ignored-error
    let _ = writeln!(log, "removed {}", path.display()); // expect: ignored-error
}

pub async fn stop(mut child: tokio::process::Child) {
    let _ = child.start_kill(); // expect: ignored-error
}
