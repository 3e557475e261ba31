use std::fs::OpenOptions;
use std::io::Write;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use clap::Parser;
use rand::rngs::OsRng;
use rand::RngCore;

/// Issue an API key for a partner and append it to the key file.
#[derive(Parser)]
struct Args {
    /// partner slug
    partner: String,
    /// key bytes
    #[arg(long, default_value_t = 32)]
    bytes: usize,
    #[arg(long, default_value = "/etc/gateway/keys.txt")]
    keyfile: String,
}

fn new_key(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    OsRng.fill_bytes(&mut buf);
    URL_SAFE_NO_PAD.encode(buf)
}

fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let key = new_key(args.bytes);
    let mut f = OpenOptions::new().append(true).create(true).open(&args.keyfile)?;
    writeln!(f, "{} {}", args.partner, key)?;
    println!("key for {}: {}", args.partner, key);
    Ok(())
}
