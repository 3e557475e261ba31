//! Supervisor for a child dev server (tokio).
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

    pub async fn stop(mut self, done: oneshot::Sender<i32>) {
        let _ = self.child.start_kill(); // expect: ignored-result
        let code = match timeout(Duration::from_secs(5), self.child.wait()).await {
            Ok(Ok(status)) => status.code().unwrap_or(-1),
            _ => -1,
        };
        let _ = done.send(code); // expect: ignored-result
        let _ = tokio::fs::remove_file(".devserver.pid").await; // expect: ignored-result
    }
}
