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

fn release_script(opt: &Opt) -> String {
    format!(
        "git checkout {} && git tag -a v{} -m 'release {}' && tar czf dist/app-{}.tgz build/",
        opt.branch, opt.version, opt.version, opt.version
    )
}

fn main() -> std::io::Result<()> {
    let opt = Opt::from_args();
    let status = Command::new("sh").arg("-c").arg(release_script(&opt)).status()?; // expect: command-injection
    if !status.success() {
        eprintln!("release failed with {}", status);
        std::process::exit(1);
    }
    Ok(())
}
