// deploy-helper: runs the steps of a deployment plan.
use std::process::{Command, ExitStatus};

fn shell(step: &str) -> std::io::Result<ExitStatus> {
    Command::new("bash").arg("-c").arg(step).status() // expect: command-injection
}

pub fn deploy(host: &str, release: &str) -> std::io::Result<()> {
    shell(&format!("ssh {host} ln -sfn /srv/releases/{release} /srv/current"))?;
    Ok(())
}
