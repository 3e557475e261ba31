//! `relay-config`: loads the relay's YAML configuration (library crate).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::Path;

use serde::Deserialize;
use thiserror::Error;
use url::Url;

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("yaml: {0}")]
    Yaml(#[from] serde_yaml::Error),
    #[error("listen: {0}")]
    Listen(#[from] std::net::AddrParseError),
    #[error("upstream: {0}")]
    Upstream(#[from] url::ParseError),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
}

#[derive(Debug, Deserialize)]
struct RawConfig {
    listen: String,
    upstream: String,
    #[serde(default)]
    timeouts: HashMap<String, u64>,
}

#[derive(Debug)]
pub struct RelayConfig {
    pub listen: SocketAddr,
    pub upstream: Url,
    pub connect_timeout_ms: u64,
}

impl RelayConfig {
    /// ```
    /// let cfg = relay_config::RelayConfig::from_yaml("listen: 127.0.0.1:9000\nupstream: http://a\n").unwrap();
    /// assert_eq!(cfg.connect_timeout_ms, 3000);
    /// ```
    pub fn from_yaml(text: &str) -> Result<Self, ConfigError> {
        let raw: RawConfig = serde_yaml::from_str(text)?;
        Ok(RelayConfig {
            listen: raw.listen.parse()?,
            upstream: Url::parse(&raw.upstream)?,
            connect_timeout_ms: raw.timeouts.get("connect").copied().unwrap_or(3000),
        })
    }

    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path)?;
        Self::from_yaml(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_timeout() {
        let cfg = RelayConfig::from_yaml("listen: 127.0.0.1:9000\nupstream: http://a\n").unwrap();
        assert_eq!(cfg.connect_timeout_ms, 3000);
    }
}
