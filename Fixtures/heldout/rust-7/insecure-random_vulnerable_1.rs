use rand::{Rng, RngCore, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;
use std::time::{SystemTime, UNIX_EPOCH};

const KEY_ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/// Credentials handed to a freshly paired kiosk.
pub struct KioskCredentials {
    pub session_id: u64,
    pub api_key: String,
    pub csrf: [u8; 16],
}

pub struct Issuer {
    rng: Xoshiro256PlusPlus,
}

impl Issuer {
    pub fn new() -> Self {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        Issuer { rng: Xoshiro256PlusPlus::seed_from_u64(nanos) }
    }

    fn api_key(&mut self, len: usize) -> String {
        (0..len)
            .map(|_| KEY_ALPHABET[self.rng.gen_range(0..KEY_ALPHABET.len())] as char) // expect: insecure-random
            .collect()
    }

    pub fn issue(&mut self) -> KioskCredentials {
        let session_id = self.rng.next_u64(); // expect: insecure-random
        let mut csrf = [0u8; 16];
        self.rng.fill_bytes(&mut csrf); // expect: insecure-random
        KioskCredentials { session_id, api_key: self.api_key(32), csrf }
    }
}

impl Default for Issuer {
    fn default() -> Self {
        Self::new()
    }
}
