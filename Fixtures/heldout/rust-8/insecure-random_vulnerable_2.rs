use rand::Rng;
use std::fs::OpenOptions;
use std::io::Write;
use structopt::StructOpt;

#[derive(StructOpt)]
struct Opt {
    /// Name of the service account the key is issued to
    account: String,
    #[structopt(long, default_value = "keys.txt")]
    out: String,
}

fn main() -> std::io::Result<()> {
    let opt = Opt::from_args();
    let secret: u128 = rand::thread_rng().gen(); // expect: insecure-random
    let key = format!("sk_{}_{:032x}", opt.account, secret);
    let mut f = OpenOptions::new().create(true).append(true).open(&opt.out)?;
    writeln!(f, "{}", key)?;
    println!("issued key for {}", opt.account);
    Ok(())
}
