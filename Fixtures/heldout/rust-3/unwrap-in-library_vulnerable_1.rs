//! Parser for the `.printerrc` configuration of a label-printer library.
use std::collections::HashMap;
use std::fs;
use std::path::Path;

pub struct PrinterConfig {
    pub host: String,
    pub port: u16,
    pub dpi: u32,
    pub labels: Vec<String>,
}

pub fn load(path: &Path) -> PrinterConfig {
    let text = fs::read_to_string(path).unwrap(); // expect: unwrap-in-library
    let mut kv = HashMap::new();
    for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
        if let Some((k, v)) = line.split_once('=') {
            kv.insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    PrinterConfig {
        host: kv.get("host").cloned().unwrap_or_else(|| "localhost".into()),
        port: kv.get("port").map(|p| p.parse().unwrap()).unwrap_or(9100), // expect: unwrap-in-library
        dpi: kv.get("dpi").expect("dpi is required").parse().expect("dpi must be a number"), // expect: unwrap-in-library
        labels: kv.get("labels").map(|l| l.split(',').map(str::to_owned).collect()).unwrap_or_default(),
    }
}
