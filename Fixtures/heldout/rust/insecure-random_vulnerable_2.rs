use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::time::{SystemTime, UNIX_EPOCH};

/// One-time codes for password resets, mailed to the user.
pub fn reset_code() -> String {
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let mut rng = StdRng::seed_from_u64(seed);
    let code: u32 = rng.gen_range(100_000..1_000_000); // expect: insecure-random
    code.to_string()
}

/// API keys handed out on the developer portal.
pub fn new_api_key(prefix: &str) -> String {
    let bytes: [u8; 24] = rand::random(); // expect: insecure-random
    format!("{}_{}", prefix, hex::encode(bytes))
}

/// Salt for the password hash.
pub fn salt() -> [u8; 16] {
    let mut salt = [0u8; 16];
    rand::thread_rng().fill(&mut salt); // expect: insecure-random
    salt
}
