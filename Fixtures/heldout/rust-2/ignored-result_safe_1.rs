use std::fs;
use std::io::Write;
use std::path::Path;
use std::sync::mpsc::Sender;

pub enum Progress {
    Started(String),
    Done(String, usize),
}

/// Renders every Markdown page under `src` into `out`, reporting progress to the UI thread.
pub fn build_site(src: &Path, out: &Path, progress: &Sender<Progress>) -> std::io::Result<usize> {
    fs::create_dir_all(out)?;
    let mut pages = 0;
    for entry in fs::read_dir(src)? {
        let path = entry?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("md") {
            continue;
        }
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("page").to_string();
        if progress.send(Progress::Started(name.clone())).is_err() {
            break; // the UI went away: stop building
        }
        let html = markdown::to_html(&fs::read_to_string(&path)?);
        let mut file = fs::File::create(out.join(format!("{name}.html")))?;
        writeln!(file, "<!doctype html><meta charset=utf-8>{html}")?;
        pages += 1;
        if let Err(e) = progress.send(Progress::Done(name, html.len())) {
            eprintln!("progress channel closed: {e}");
        }
    }
    Ok(pages)
}
