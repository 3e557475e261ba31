use std::process::Command;
use structopt::StructOpt;

#[derive(StructOpt)]
#[structopt(name = "mkrelease", about = "Tag and package a release")]
struct Opt {
    #[structopt(long)]
    version: String,
    #[structopt(long, default_value = "main")]
    branch: String,
}

fn is_semver(v: &str) -> bool {
    let parts: Vec<&str> = v.split('.').collect();
    parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

fn run(program: &str, args: &[&str]) -> std::io::Result<()> {
    let status = Command::new(program).args(args).status()?;
    if !status.success() {
        eprintln!("{} failed with {}", program, status);
        std::process::exit(1);
    }
    Ok(())
}

fn main() -> std::io::Result<()> {
    let opt = Opt::from_args();
    if !is_semver(&opt.version) {
        eprintln!("version must look like 1.2.3");
        std::process::exit(2);
    }
    let tag = format!("v{}", opt.version);
    let archive = format!("dist/app-{}.tgz", opt.version);
    run("git", &["checkout", "--", &opt.branch])?;
    run("git", &["tag", "-a", &tag, "-m", &format!("release {}", opt.version)])?;
    run("tar", &["czf", &archive, "build/"])
}
