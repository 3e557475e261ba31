//! Reads the `[package]` table of a plugin manifest (plugin.toml).
use std::fs;
use std::path::Path;

#[derive(Debug)]
pub enum ManifestError {
    Io(std::io::Error),
    Toml(toml::de::Error),
    Missing(&'static str),
    Version(semver::Error),
}

pub struct PluginManifest {
    pub name: String,
    pub version: semver::Version,
    pub entry: String,
}

pub fn load(dir: &Path) -> Result<PluginManifest, ManifestError> {
    let text = fs::read_to_string(dir.join("plugin.toml")).map_err(ManifestError::Io)?;
    let doc: toml::Table = text.parse().map_err(ManifestError::Toml)?;
    let package = doc.get("package").and_then(|v| v.as_table()).ok_or(ManifestError::Missing("package"))?;
    let raw_version = package.get("version").and_then(|v| v.as_str()).ok_or(ManifestError::Missing("version"))?;

    Ok(PluginManifest {
        name: package.get("name").and_then(|v| v.as_str()).unwrap_or("unnamed").to_string(),
        version: semver::Version::parse(raw_version).map_err(ManifestError::Version)?,
        entry: package.get("entry").and_then(|v| v.as_str()).map(String::from).unwrap_or_else(|| "main.wasm".into()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fixture() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("plugin.toml"), "[package]\nname = \"x\"\nversion = \"1.2.3\"\n").unwrap();
        let m = load(dir.path()).expect("fixture should load");
        assert_eq!(m.version.minor, 2);
    }
}
