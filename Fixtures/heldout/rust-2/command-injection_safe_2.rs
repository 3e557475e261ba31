use serde::Deserialize;
use tokio::process::Command;

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

const APPS: &[&str] = &["storefront", "billing", "docs"];

fn valid_branch(b: &str) -> bool {
    !b.is_empty() && !b.starts_with('-') && b.chars().all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
}

pub async fn deploy(event: PushEvent) -> std::io::Result<bool> {
    let branch = event.git_ref.trim_start_matches("refs/heads/");
    let Some(app) = APPS.iter().find(|a| **a == event.repository.name) else { return Ok(false) };
    if !valid_branch(branch) {
        return Ok(false);
    }
    let dir = format!("/srv/apps/{app}");
    Command::new("git").args(["-C", &dir, "fetch", "origin"]).status().await?;
    Command::new("git").args(["-C", &dir, "checkout", "--", branch]).status().await?;
    let status = Command::new("sh")
        .args(["-c", "cd \"$1\" && ./bin/release \"$2\"", "deploy", &dir, branch])
        .status()
        .await?;
    Ok(status.success())
}
