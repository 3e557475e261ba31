//! Parsing of `.desktop` launcher entries for the app menu crate.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

#[derive(Debug, Clone)]
pub struct DesktopEntry {
    pub name: String,
    pub exec: String,
    pub icon: Option<String>,
}

#[derive(Debug)]
pub enum EntryError {
    MissingName,
    BadLine(usize),
}

pub fn parse(text: &str) -> Result<DesktopEntry, EntryError> {
    let mut keys = HashMap::new();
    let mut in_entry = false;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.starts_with('[') {
            in_entry = line == "[Desktop Entry]";
            continue;
        }
        if in_entry && !line.starts_with('#') && !line.is_empty() {
            let (k, v) = line.split_once('=').ok_or(EntryError::BadLine(n + 1))?;
            keys.insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    Ok(DesktopEntry {
        name: keys.remove("Name").ok_or(EntryError::MissingName)?,
        exec: keys.remove("Exec").unwrap_or_default(),
        icon: keys.remove("Icon"),
    })
}

pub fn load_dir(dir: &Path) -> std::io::Result<Vec<DesktopEntry>> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir)? {
        let text = fs::read_to_string(entry?.path())?;
        if let Ok(e) = parse(&text) {
            out.push(e);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_name_and_exec() {
        let e = parse("[Desktop Entry]\nName=Files\nExec=nautilus\n").unwrap();
        assert_eq!(e.name, "Files");
        assert_eq!(e.exec, "nautilus");
    }
}
