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
    let _ = fs::create_dir_all(out); // expect: ignored-result
    let mut pages = 0;
    for entry in fs::read_dir(src)? {
        let path = entry?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("md") {
            continue;
        }
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("page").to_string();
        let _ = progress.send(Progress::Started(name.clone())); // expect: ignored-result
        let html = markdown::to_html(&fs::read_to_string(&path)?);
        let mut file = fs::File::create(out.join(format!("{name}.html")))?;
        let _ = writeln!(file, "<!doctype html><meta charset=utf-8>{html}"); // expect: ignored-result
        pages += 1;
        let _ = progress.send(Progress::Done(name, html.len())); // expect: ignored-result
    }
    Ok(pages)
}
