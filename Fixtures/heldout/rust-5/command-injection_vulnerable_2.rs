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

struct Build<'a> {
    event: &'a PushEvent,
    workdir: String,
}

impl<'a> Build<'a> {
    fn script(&self) -> String {
        let branch = self.event.git_ref.trim_start_matches("refs/heads/");
        format!(
            "git clone --depth 1 -b {branch} {url} {dir} && cd {dir} && make preview",
            url = self.event.repository.clone_url,
            dir = self.workdir,
        )
    }

    fn run(&self) -> Result<String, Error> {
        let script = self.script();
        let out = cmd!("bash", "-c", script).stderr_to_stdout().read()?; // expect: command-injection
        Ok(out)
    }
}

async fn handler(event: LambdaEvent<PushEvent>) -> Result<Value, Error> {
    let build = Build {
        workdir: format!("/tmp/{}", event.payload.repository.name),
        event: &event.payload,
    };
    let log = build.run()?;
    Ok(json!({ "ok": true, "log_tail": log.lines().rev().take(20).collect::<Vec<_>>() }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    lambda_runtime::run(service_fn(handler)).await
}
