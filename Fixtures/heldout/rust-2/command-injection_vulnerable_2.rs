use serde::Deserialize;
use tokio::process::Command;

/// Payload of the Git host's push webhook (only the fields we use).
#[derive(Deserialize)]
pub struct PushEvent {
    #[serde(rename = "ref")]
    pub git_ref: String,
    pub repository: Repository,
}

#[derive(Deserialize)]
pub struct Repository {
    pub name: String,
}

pub async fn deploy(event: PushEvent) -> std::io::Result<bool> {
    let branch = event.git_ref.trim_start_matches("refs/heads/");
    let dir = format!("/srv/apps/{}", event.repository.name);
    let script = format!("cd {dir} && git fetch origin && git checkout {branch} && ./bin/release");

    let status = Command::new("sh").arg("-c").arg(&script).status().await?; // expect: command-injection
    if !status.success() {
        let note = format!("deploy of {} failed", branch);
        Command::new("sh").args(["-c", &format!("logger -t deploybot '{note}'")]).status().await?; // expect: command-injection
    }
    Ok(status.success())
}
