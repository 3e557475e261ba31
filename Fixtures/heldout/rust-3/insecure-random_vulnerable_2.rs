//! Password-reset tokens for the member portal.
use rand::rngs::SmallRng;
use rand::{RngCore, SeedableRng};
use std::time::{SystemTime, UNIX_EPOCH};

pub struct ResetTokens {
    rng: SmallRng,
}

impl ResetTokens {
    pub fn new() -> Self {
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0);
        ResetTokens { rng: SmallRng::seed_from_u64(nanos) }
    }

    pub fn token(&mut self) -> String {
        let mut bytes = [0u8; 24];
        self.rng.fill_bytes(&mut bytes); // expect: insecure-random
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    pub fn salt(&mut self) -> [u8; 16] {
        let hi = self.rng.next_u64(); // expect: insecure-random
        let lo = self.rng.next_u64(); // expect: insecure-random
        let mut s = [0u8; 16];
        s[..8].copy_from_slice(&hi.to_le_bytes());
        s[8..].copy_from_slice(&lo.to_le_bytes());
        s
    }
}
