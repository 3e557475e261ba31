//! `shipper`: tails a log file and ships new lines to stdout.

use clap::Parser;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Seek, SeekFrom, Write};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::Duration;

#[derive(Parser)]
struct Args {
    path: String,
    #[arg(long)]
    compress_with: Option<String>,
}

fn stop(child: &mut Child) -> io::Result<()> {
    match child.try_wait()? {
        Some(_) => Ok(()),
        None => {
            child.kill()?;
            child.wait().map(|_| ())
        }
    }
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
    let mut out = io::stdout().lock();
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            out.flush()?;
            thread::sleep(Duration::from_millis(250));
            continue;
        }
        if line.starts_with("#shutdown") {
            break;
        }
        out.write_all(line.as_bytes())?;
    }
    if let Some(child) = helper.as_mut() {
        if let Err(e) = stop(child) {
            eprintln!("shipper: could not stop helper: {e}");
        }
    }
    Ok(())
}
