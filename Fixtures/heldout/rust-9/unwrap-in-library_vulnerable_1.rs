//! Parsing of `.desktop` launcher entries for the app menu crate.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

#[derive(Debug, Clone)]
pub struct DesktopEntry {
    pub name: String,
    pub exec: String,
    pub icon: Option<String>,
    pub categories: Vec<String>,
}

pub fn parse(text: &str) -> DesktopEntry {
    let mut keys = HashMap::new();
    let mut in_entry = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_entry = line == "[Desktop Entry]";
            continue;
        }
        if in_entry && !line.starts_with('#') && !line.is_empty() {
            let (k, v) = line.split_once('=').unwrap(); // expect: unwrap-in-library
            keys.insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    DesktopEntry {
        name: keys.remove("Name").expect("desktop entry without Name"), // expect: unwrap-in-library
        exec: keys.remove("Exec").unwrap_or_default(),
        icon: keys.remove("Icon"),
        categories: keys
            .remove("Categories")
            .map(|c| c.split(';').filter(|s| !s.is_empty()).map(String::from).collect())
            .unwrap_or_default(),
    }
}

pub fn load_dir(dir: &Path) -> Vec<DesktopEntry> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() { // expect: unwrap-in-library
        let path = entry.map(|e| e.path()).unwrap_or_default();
        if let Ok(text) = fs::read_to_string(&path) {
            out.push(parse(&text));
        }
    }
    out
}
