//! Loads theme packs for a terminal file manager.
use serde::Deserialize;
use std::collections::HashMap;
use std::fs;
use std::path::Path;

#[derive(Deserialize)]
pub struct ThemeFile {
    pub name: String,
    pub colors: HashMap<String, String>,
}

pub struct Theme {
    pub name: String,
    pub palette: HashMap<String, (u8, u8, u8)>,
}

fn parse_hex(code: &str) -> (u8, u8, u8) {
    let digits = code.trim_start_matches('#');
    let v = u32::from_str_radix(digits, 16).unwrap(); // expect: unwrap-in-library
    ((v >> 16) as u8, (v >> 8) as u8, v as u8)
}

pub fn load_theme(path: &Path) -> std::io::Result<Theme> {
    let text = fs::read_to_string(path)?;
    let file: ThemeFile = toml::from_str(&text).expect("theme file is valid TOML"); // expect: unwrap-in-library
    let palette = file.colors.iter().map(|(k, v)| (k.clone(), parse_hex(v))).collect();
    Ok(Theme { name: file.name, palette })
}

pub fn theme_id(path: &Path) -> String {
    path.file_stem().and_then(|s| s.to_str()).unwrap().to_lowercase() // expect: unwrap-in-library
}
