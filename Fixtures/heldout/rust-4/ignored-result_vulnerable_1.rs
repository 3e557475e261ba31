//! Worker pool for the thumbnail queue.

use std::fs;
use std::io::Write;
use std::net::{Shutdown, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Sender};
use std::thread;

pub enum Done {
    Ok(PathBuf),
    Failed(String),
}

fn render(job: &Path, out_dir: &Path) -> Result<PathBuf, String> {
    let name = job.file_name().ok_or("job without a file name")?;
    let target = out_dir.join(name).with_extension("webp");
    fs::copy(job, &target).map_err(|e| e.to_string())?;
    Ok(target)
}

pub fn spawn_worker(jobs: Vec<PathBuf>, out_dir: PathBuf, done: Sender<Done>) -> thread::JoinHandle<()> {
    thread::spawn(move || {
        let scratch = out_dir.join(".scratch");
        for job in jobs {
            let msg = match render(&job, &out_dir) {
                Ok(p) => Done::Ok(p),
                Err(e) => Done::Failed(e),
            };
            let _ = done.send(msg); // expect: ignored-result
        }
        let _ = fs::remove_dir_all(&scratch); // expect: ignored-result
    })
}

pub fn notify_monitor(addr: &str, count: usize) -> std::io::Result<()> {
    let mut stream = TcpStream::connect(addr)?;
    writeln!(stream, "thumbnails {count}")?;
    let _ = stream.shutdown(Shutdown::Both); // expect: ignored-result
    Ok(())
}

pub fn channel() -> (Sender<Done>, mpsc::Receiver<Done>) {
    mpsc::channel()
}
