use rand::rngs::OsRng;
use rand::{Rng, RngCore};

const KEY_ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/// Credentials handed to a freshly paired kiosk.
pub struct KioskCredentials {
    pub session_id: u64,
    pub api_key: String,
    pub csrf: [u8; 16],
}

#[derive(Default)]
pub struct Issuer;

impl Issuer {
    pub fn new() -> Self {
        Issuer
    }

    fn api_key(&self, len: usize) -> String {
        (0..len)
            .map(|_| KEY_ALPHABET[OsRng.gen_range(0..KEY_ALPHABET.len())] as char)
            .collect()
    }

    pub fn issue(&mut self) -> KioskCredentials {
        let session_id = OsRng.next_u64();
        let mut csrf = [0u8; 16];
        OsRng.fill_bytes(&mut csrf);
        KioskCredentials { session_id, api_key: self.api_key(32), csrf }
    }
}
