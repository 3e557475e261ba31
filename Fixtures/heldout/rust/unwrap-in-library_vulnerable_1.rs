//! Parsing of the `[server]` section of the app's TOML config.

use serde::Deserialize;
use std::net::SocketAddr;
use std::path::Path;

#[derive(Debug, Deserialize)]
pub struct ServerConfig {
    pub bind: String,
    pub workers: Option<usize>,
    pub static_dir: String,
}

#[derive(Debug, Deserialize)]
struct FileConfig {
    server: ServerConfig,
}

pub fn load(path: &Path) -> ServerConfig {
    let text = std::fs::read_to_string(path).unwrap(); // expect: unwrap-in-library
    let cfg: FileConfig = toml::from_str(&text).unwrap(); // expect: unwrap-in-library
    cfg.server
}

impl ServerConfig {
    pub fn socket_addr(&self) -> SocketAddr {
        self.bind.parse().expect("invalid bind address") // expect: unwrap-in-library
    }

    pub fn worker_count(&self) -> usize {
        self.workers.unwrap_or(4)
    }
}
