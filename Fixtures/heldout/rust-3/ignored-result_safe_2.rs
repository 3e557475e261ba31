//! Supervisor for a child dev server; kill and wait errors are handled.
use std::time::Duration;
use tokio::process::{Child, Command};
use tokio::sync::oneshot;
use tokio::time::timeout;

pub struct DevServer {
    child: Child,
}

impl DevServer {
    pub fn spawn(dir: &str) -> std::io::Result<Self> {
        let child = Command::new("npm").args(["run", "dev"]).current_dir(dir).kill_on_drop(true).spawn()?;
        Ok(DevServer { child })
    }

    pub async fn stop(mut self, done: oneshot::Sender<i32>) -> std::io::Result<()> {
        self.child.start_kill()?;
        let code = match timeout(Duration::from_secs(5), self.child.wait()).await {
            Ok(status) => status?.code().unwrap_or(-1),
            Err(_elapsed) => -1,
        };
        if let Err(unsent) = done.send(code) {
            tracing::warn!("nobody waiting for exit code {unsent}");
        }
        match tokio::fs::remove_file(".devserver.pid").await {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e),
        }
    }
}
