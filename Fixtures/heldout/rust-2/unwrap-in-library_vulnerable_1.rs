//! Reads the `[package]` table of a plugin manifest (plugin.toml).
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

#[derive(Debug, Clone)]
pub struct PluginManifest {
    pub name: String,
    pub version: semver::Version,
    pub entry: String,
    pub permissions: Vec<String>,
}

pub fn load(dir: &Path) -> PluginManifest {
    let text = fs::read_to_string(dir.join("plugin.toml")).expect("plugin.toml missing"); // expect: unwrap-in-library
    let doc: toml::Table = text.parse().unwrap(); // expect: unwrap-in-library
    let package = doc["package"].as_table().cloned().unwrap_or_default();

    let name = package.get("name").and_then(|v| v.as_str()).unwrap_or("unnamed").to_string();
    let version = semver::Version::parse(package["version"].as_str().unwrap()).unwrap(); // expect: unwrap-in-library
    let entry = package.get("entry").and_then(|v| v.as_str()).unwrap_or("main.wasm").to_string();
    let permissions = package
        .get("permissions")
        .and_then(|v| v.as_array())
        .map(|xs| xs.iter().filter_map(|x| x.as_str().map(String::from)).collect())
        .unwrap_or_default();

    PluginManifest { name, version, entry, permissions }
}

pub fn index(manifests: &[PluginManifest]) -> BTreeMap<&str, &PluginManifest> {
    manifests.iter().map(|m| (m.name.as_str(), m)).collect()
}
