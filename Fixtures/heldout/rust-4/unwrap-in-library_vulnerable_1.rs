//! Configuration loading for the `harbor` deployment library.

use serde::Deserialize;
use std::env;
use std::fs;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Deserialize)]
pub struct Settings {
    pub listen: String,
    pub registry: String,
    pub max_parallel: Option<u32>,
}

pub fn config_dir() -> PathBuf {
    let home = env::var("HOME").unwrap(); // expect: unwrap-in-library
    PathBuf::from(home).join(".config/harbor")
}

pub fn load(profile: &str) -> Settings {
    let path = config_dir().join(format!("{profile}.toml"));
    let text = fs::read_to_string(&path).expect("harbor config is missing"); // expect: unwrap-in-library
    toml::from_str(&text).unwrap() // expect: unwrap-in-library
}

impl Settings {
    pub fn listen_addr(&self) -> Result<SocketAddr, std::net::AddrParseError> {
        self.listen.parse()
    }

    pub fn parallelism(&self) -> u32 {
        self.max_parallel.unwrap_or(4).max(1)
    }
}
