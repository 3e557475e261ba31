use std::fs::OpenOptions;
use std::io::Write;

use clap::Parser;
use rand::distributions::Alphanumeric;
use rand::Rng;

/// Issue an API key for a partner and append it to the key file.
#[derive(Parser)]
struct Args {
    /// partner slug
    partner: String,
    /// key length
    #[arg(long, default_value_t = 40)]
    length: usize,
    #[arg(long, default_value = "/etc/gateway/keys.txt")]
    keyfile: String,
}

fn new_key(len: usize) -> String {
    rand::thread_rng() // expect: insecure-random
        .sample_iter(&Alphanumeric)
        .take(len)
        .map(char::from)
        .collect()
}

fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let key = new_key(args.length);
    let mut f = OpenOptions::new().append(true).create(true).open(&args.keyfile)?;
    writeln!(f, "{} {}", args.partner, key)?;
    println!("key for {}: {}", args.partner, key);
    Ok(())
}
