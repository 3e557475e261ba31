use std::fs::File;
use std::io::Write;

pub fn append(log: &mut File, line: &str) -> std::io::Result<()> {
    writeln!(log, "{line}")?;
    log.sync_data().ok(); // expect: ignored-error
    Ok(())
}
