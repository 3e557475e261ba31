use std::io::Write;
use std::sync::mpsc::Sender;

pub struct Exporter {
    jobs: Sender<String>,
}

impl Exporter {
    pub fn export(&self, name: &str, rows: &[String]) -> std::io::Result<()> {
        let mut file = std::fs::File::create(name)?;
        for row in rows {
            let _ = writeln!(file, "{row}"); // expect: ignored-error
        }
        let _ = self.jobs.send(name.to_string()); // expect: ignored-error
        Ok(())
    }
}
