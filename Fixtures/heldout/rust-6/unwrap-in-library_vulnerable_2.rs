//! Theme loading for the dashboard widgets crate.

use std::collections::HashMap;
use std::env;
use std::fs;
use std::path::PathBuf;

#[derive(Debug, Clone, serde::Deserialize)]
pub struct Theme {
    pub name: String,
    pub accent: String,
    pub fonts: Vec<String>,
}

pub struct ThemeRegistry {
    themes: HashMap<String, Theme>,
}

impl ThemeRegistry {
    pub fn from_env() -> Self {
        let dir = PathBuf::from(env::var("WIDGET_THEME_DIR").expect("WIDGET_THEME_DIR not set")); // expect: unwrap-in-library
        let mut themes = HashMap::new();
        if let Ok(entries) = fs::read_dir(&dir) {
            for entry in entries.flatten() {
                if let Ok(text) = fs::read_to_string(entry.path()) {
                    let theme: Theme = serde_json::from_str(&text).unwrap(); // expect: unwrap-in-library
                    themes.insert(theme.name.clone(), theme);
                }
            }
        }
        Self { themes }
    }

    pub fn primary_font(&self, name: &str) -> Option<&str> {
        let theme = self.themes.get(name)?;
        Some(theme.fonts.first().unwrap().as_str()) // expect: unwrap-in-library
    }
}
