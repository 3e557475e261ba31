use rand::rngs::OsRng;
use rand::{Rng, RngCore};

pub struct SessionIssuer;

impl SessionIssuer {
    pub fn session_id(&self) -> String {
        let mut buf = [0u8; 16];
        OsRng.fill_bytes(&mut buf);
        buf.iter().map(|b| format!("{b:02x}")).collect()
    }

    pub fn email_code(&self) -> u32 {
        OsRng.gen_range(100_000..1_000_000)
    }
}

pub fn api_secret() -> Result<[u8; 32], getrandom::Error> {
    let mut key = [0u8; 32];
    getrandom::getrandom(&mut key)?;
    Ok(key)
}
