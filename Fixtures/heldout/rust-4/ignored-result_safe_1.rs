//! Worker pool for the thumbnail queue, reporting every failure.

use std::collections::HashMap;
use std::fs;
use std::io::{self, ErrorKind, Write};
use std::net::{Shutdown, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::thread;

pub fn spawn_worker(jobs: Vec<PathBuf>, out_dir: PathBuf, done: Sender<PathBuf>) -> thread::JoinHandle<()> {
    thread::spawn(move || {
        let mut attempts: HashMap<PathBuf, u32> = HashMap::new();
        for job in jobs {
            let _previous = attempts.insert(job.clone(), 1);
            let target = out_dir.join(job.file_name().unwrap_or_default()).with_extension("webp");
            if let Err(e) = fs::copy(&job, &target) {
                eprintln!("thumbnail {}: {e}", job.display());
                continue;
            }
            if done.send(target).is_err() {
                eprintln!("collector went away; stopping worker");
                break;
            }
        }
        if let Err(e) = clean_scratch(&out_dir.join(".scratch")) {
            eprintln!("scratch cleanup: {e}");
        }
    })
}

fn clean_scratch(dir: &Path) -> io::Result<()> {
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

pub fn notify_monitor(addr: &str, count: usize) -> io::Result<()> {
    let mut stream = TcpStream::connect(addr)?;
    writeln!(stream, "thumbnails {count}")?;
    stream.shutdown(Shutdown::Both)?;
    Ok(())
}

pub fn drop_oldest(queue: &mut Vec<PathBuf>) {
    let _ = queue.pop();
}
