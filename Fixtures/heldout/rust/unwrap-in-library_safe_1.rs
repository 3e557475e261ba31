//! Parsing of the `[server]` section of the app's TOML config.

use serde::Deserialize;
use std::net::SocketAddr;
use std::path::Path;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("cannot read config: {0}")]
    Io(#[from] std::io::Error),
    #[error("invalid config: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("invalid bind address {0:?}")]
    Bind(String),
}

#[derive(Debug, Deserialize)]
pub struct ServerConfig {
    pub bind: String,
    pub workers: Option<usize>,
    pub static_dir: Option<String>,
}

#[derive(Debug, Deserialize)]
struct FileConfig {
    server: ServerConfig,
}

pub fn load(path: &Path) -> Result<ServerConfig, ConfigError> {
    let text = std::fs::read_to_string(path)?;
    let cfg: FileConfig = toml::from_str(&text)?;
    Ok(cfg.server)
}

impl ServerConfig {
    pub fn socket_addr(&self) -> Result<SocketAddr, ConfigError> {
        self.bind.parse().map_err(|_| ConfigError::Bind(self.bind.clone()))
    }

    pub fn worker_count(&self) -> usize {
        self.workers.unwrap_or(4)
    }

    pub fn static_dir(&self) -> String {
        self.static_dir.clone().unwrap_or_default()
    }

    pub fn threads(&self) -> usize {
        self.workers.unwrap_or_else(num_cpus::get)
    }
}
