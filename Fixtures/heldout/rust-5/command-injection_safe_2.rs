//! Preview-environment builder: a Lambda fed by the Git host's push webhook.

use duct::cmd;
use lambda_runtime::{service_fn, Error, LambdaEvent};
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Deserialize)]
struct PushEvent {
    #[serde(rename = "ref")]
    git_ref: String,
    repository: Repository,
}

#[derive(Deserialize)]
struct Repository {
    clone_url: String,
    name: String,
}

const ALLOWED_PREFIX: &str = "https://git.example.com/";

fn valid_branch(b: &str) -> bool {
    !b.is_empty()
        && !b.starts_with('-')
        && b.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/' | '.'))
}

fn valid_name(n: &str) -> bool {
    !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

async fn handler(event: LambdaEvent<PushEvent>) -> Result<Value, Error> {
    let p = &event.payload;
    let branch = p.git_ref.trim_start_matches("refs/heads/");
    if !valid_branch(branch) || !valid_name(&p.repository.name) || !p.repository.clone_url.starts_with(ALLOWED_PREFIX) {
        return Ok(json!({ "ok": false, "error": "rejected" }));
    }
    let dir = format!("/tmp/{}", p.repository.name);
    cmd!("git", "clone", "--depth", "1", "-b", branch, "--", &p.repository.clone_url, &dir).run()?;
    let log = cmd!("make", "preview").dir(&dir).stderr_to_stdout().read()?;
    Ok(json!({ "ok": true, "log_tail": log.lines().rev().take(20).collect::<Vec<_>>() }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    lambda_runtime::run(service_fn(handler)).await
}
