//! Parser for `.printerrc`, returning errors instead of panicking.
use std::collections::HashMap;
use std::path::Path;
use std::{fs, io};

#[derive(Debug)]
pub enum ConfigError {
    Io(io::Error),
    Missing(&'static str),
    Invalid(&'static str, String),
}

pub struct PrinterConfig {
    pub host: String,
    pub port: u16,
    pub dpi: u32,
}

/// Loads the configuration.
///
/// ```
/// let cfg = printer::config::load(std::path::Path::new("tests/.printerrc")).unwrap();
/// assert_eq!(cfg.port, 9100);
/// ```
pub fn load(path: &Path) -> Result<PrinterConfig, ConfigError> {
    let text = fs::read_to_string(path).map_err(ConfigError::Io)?;
    let kv: HashMap<&str, &str> =
        text.lines().filter_map(|l| l.split_once('=')).map(|(k, v)| (k.trim(), v.trim())).collect();
    let port = match kv.get("port") {
        Some(p) => p.parse().map_err(|_| ConfigError::Invalid("port", p.to_string()))?,
        None => 9100,
    };
    let dpi_text = kv.get("dpi").ok_or(ConfigError::Missing("dpi"))?;
    let dpi = dpi_text.parse().map_err(|_| ConfigError::Invalid("dpi", dpi_text.to_string()))?;
    Ok(PrinterConfig { host: kv.get("host").map_or_else(|| "localhost".into(), |h| h.to_string()), port, dpi })
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_sample() {
        let cfg = super::load(std::path::Path::new("tests/.printerrc")).unwrap();
        assert_eq!(cfg.dpi, 203);
    }
}
