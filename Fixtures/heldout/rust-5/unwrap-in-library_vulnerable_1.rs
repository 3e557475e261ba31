//! `relay-config`: loads the relay's YAML configuration (library crate).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::Path;

use serde::Deserialize;
use url::Url;

#[derive(Debug, Deserialize)]
struct RawConfig {
    listen: String,
    upstream: String,
    timeouts: HashMap<String, u64>,
}

#[derive(Debug)]
pub struct RelayConfig {
    pub listen: SocketAddr,
    pub upstream: Url,
    pub connect_timeout_ms: u64,
}

impl RelayConfig {
    pub fn from_yaml(text: &str) -> Result<Self, serde_yaml::Error> {
        let raw: RawConfig = serde_yaml::from_str(text)?;
        Ok(RelayConfig {
            listen: raw.listen.parse().expect("listen must be host:port"), // expect: unwrap-in-library
            upstream: Url::parse(&raw.upstream).unwrap(), // expect: unwrap-in-library
            connect_timeout_ms: *raw.timeouts.get("connect").unwrap(), // expect: unwrap-in-library
        })
    }

    pub fn load(path: &Path) -> Result<Self, Box<dyn std::error::Error>> {
        let text = std::fs::read_to_string(path)?;
        Ok(Self::from_yaml(&text)?)
    }
}
