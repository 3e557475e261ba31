use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc::channel;

use notify::{RecursiveMode, Watcher};
use serde::Deserialize;

#[derive(Deserialize)]
struct WatchRc {
    build: String,
    #[serde(default)]
    on_change: Option<String>,
}

fn load_rc(root: &Path) -> Result<WatchRc, Box<dyn std::error::Error>> {
    let text = fs::read_to_string(root.join(".watchrc.toml"))?;
    Ok(toml::from_str(&text)?)
}

fn rebuild(rc: &WatchRc, changed: &Path) -> std::io::Result<bool> {
    if let Some(hook) = &rc.on_change {
        let line = hook.replace("{file}", &changed.display().to_string());
        Command::new("bash").args(["-c", &line]).status()?; // expect: command-injection
    }
    let status = Command::new("sh").arg("-c").arg(&rc.build).status()?; // expect: command-injection
    Ok(status.success())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    let rc = load_rc(&root)?;
    let (tx, rx) = channel();
    let mut watcher = notify::recommended_watcher(tx)?;
    watcher.watch(&root, RecursiveMode::Recursive)?;
    for event in rx {
        let event = event?;
        for path in event.paths {
            match rebuild(&rc, &path) {
                Ok(true) => println!("rebuilt after {}", path.display()),
                Ok(false) => eprintln!("build failed after {}", path.display()),
                Err(err) => eprintln!("could not run build: {err}"),
            }
        }
    }
    Ok(())
}
