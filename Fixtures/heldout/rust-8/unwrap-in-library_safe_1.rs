//! Loads theme packs for a terminal file manager.
use serde::Deserialize;
use std::collections::HashMap;
use std::fs;
use std::path::Path;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ThemeError {
    #[error("reading theme: {0}")]
    Io(#[from] std::io::Error),
    #[error("theme is not valid TOML: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("bad colour {0:?}")]
    Colour(String),
}

#[derive(Deserialize)]
pub struct ThemeFile {
    pub name: String,
    pub colors: HashMap<String, String>,
}

pub struct Theme {
    pub name: String,
    pub palette: HashMap<String, (u8, u8, u8)>,
}

fn parse_hex(code: &str) -> Result<(u8, u8, u8), ThemeError> {
    let digits = code.trim_start_matches('#');
    let v = u32::from_str_radix(digits, 16).map_err(|_| ThemeError::Colour(code.to_string()))?;
    Ok(((v >> 16) as u8, (v >> 8) as u8, v as u8))
}

pub fn load_theme(path: &Path) -> Result<Theme, ThemeError> {
    let text = fs::read_to_string(path)?;
    let file: ThemeFile = toml::from_str(&text)?;
    let mut palette = HashMap::new();
    for (k, v) in &file.colors {
        palette.insert(k.clone(), parse_hex(v)?);
    }
    Ok(Theme { name: file.name, palette })
}

pub fn theme_id(path: &Path) -> Option<String> {
    path.file_stem().and_then(|s| s.to_str()).map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_white() {
        assert_eq!(parse_hex("#ffffff").unwrap(), (255, 255, 255));
    }
}
