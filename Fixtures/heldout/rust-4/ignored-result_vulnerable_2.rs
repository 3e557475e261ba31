//! `shipper`: tails a log file and ships new lines to stdout for the collector.

use clap::Parser;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Seek, SeekFrom, Write};
use std::process::{Command, Stdio};
use std::thread;
use std::time::Duration;

#[derive(Parser)]
struct Args {
    path: String,
    #[arg(long)]
    compress_with: Option<String>,
}

fn main() -> io::Result<()> {
    let args = Args::parse();
    let mut file = File::open(&args.path)?;
    file.seek(SeekFrom::End(0))?;
    let mut reader = BufReader::new(file);
    let mut helper = match &args.compress_with {
        Some(prog) => Some(Command::new(prog).stdin(Stdio::piped()).spawn()?),
        None => None,
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            let _ = out.flush(); // expect: ignored-result
            thread::sleep(Duration::from_millis(250));
            continue;
        }
        if line.starts_with("#shutdown") {
            break;
        }
        if let Err(e) = out.write_all(line.as_bytes()) {
            let _ = writeln!(io::stderr(), "shipper: stdout closed: {e}"); // expect: ignored-result
            break;
        }
    }
    if let Some(child) = helper.as_mut() {
        let _ = child.kill(); // expect: ignored-result
    }
    Ok(())
}
