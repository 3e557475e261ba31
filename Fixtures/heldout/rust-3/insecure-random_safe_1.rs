//! Invite links drawn from the operating system's CSPRNG.
use rand::distributions::{Alphanumeric, DistString};
use rand::rngs::OsRng;
use rand::RngCore;

pub fn invite_code() -> String {
    Alphanumeric.sample_string(&mut OsRng, 16)
}

pub fn invite_secret() -> [u8; 32] {
    let mut key = [0u8; 32];
    OsRng.fill_bytes(&mut key);
    key
}

pub fn reset_token() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 24];
    getrandom::getrandom(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}
