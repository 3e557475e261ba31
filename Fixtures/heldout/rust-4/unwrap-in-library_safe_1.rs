//! Configuration loading for the `harbor` deployment library.

use serde::Deserialize;
use std::fmt;
use std::fs;
use std::path::PathBuf;

#[derive(Debug, Deserialize)]
pub struct Settings {
    pub listen: String,
    pub registry: String,
    pub max_parallel: Option<u32>,
}

#[derive(Debug)]
pub enum ConfigError {
    NoHome,
    Io(PathBuf, std::io::Error),
    Parse(toml::de::Error),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::NoHome => write!(f, "HOME is not set"),
            ConfigError::Io(p, e) => write!(f, "{}: {e}", p.display()),
            ConfigError::Parse(e) => write!(f, "invalid config: {e}"),
        }
    }
}

impl std::error::Error for ConfigError {}

impl From<toml::de::Error> for ConfigError {
    fn from(e: toml::de::Error) -> Self {
        ConfigError::Parse(e)
    }
}

pub fn config_dir() -> Result<PathBuf, ConfigError> {
    let home = std::env::var_os("HOME").ok_or(ConfigError::NoHome)?;
    Ok(PathBuf::from(home).join(".config/harbor"))
}

/// Loads a profile.
///
/// ```
/// let s = harbor::config::load("staging").unwrap();
/// assert!(!s.registry.is_empty());
/// ```
pub fn load(profile: &str) -> Result<Settings, ConfigError> {
    let path = config_dir()?.join(format!("{profile}.toml"));
    let text = fs::read_to_string(&path).map_err(|e| ConfigError::Io(path.clone(), e))?;
    Ok(toml::from_str(&text)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_minimal_profile() {
        let s: Settings = toml::from_str("listen = '0.0.0.0:80'\nregistry = 'r'").unwrap();
        assert_eq!(s.max_parallel.unwrap_or_default(), 0);
    }
}
