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

#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    #[error("WIDGET_THEME_DIR not set")]
    NoDir(#[from] env::VarError),
    #[error("reading themes: {0}")]
    Io(#[from] std::io::Error),
    #[error("bad theme file: {0}")]
    Json(#[from] serde_json::Error),
}

pub struct ThemeRegistry {
    themes: HashMap<String, Theme>,
}

impl ThemeRegistry {
    pub fn from_env() -> Result<Self, ThemeError> {
        let dir = PathBuf::from(env::var("WIDGET_THEME_DIR")?);
        let mut themes = HashMap::new();
        for entry in fs::read_dir(&dir)? {
            let text = fs::read_to_string(entry?.path())?;
            let theme: Theme = serde_json::from_str(&text)?;
            themes.insert(theme.name.clone(), theme);
        }
        Ok(Self { themes })
    }

    pub fn primary_font(&self, name: &str) -> Option<&str> {
        self.themes.get(name)?.fonts.first().map(String::as_str)
    }

    pub fn accent_or_default(&self, name: &str) -> &str {
        self.themes.get(name).map_or("#3366ff", |t| t.accent.as_str())
    }
}
