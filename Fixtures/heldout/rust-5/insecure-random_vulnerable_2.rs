//! Provisioning of IoT gateways from the factory line tool.

use std::time::{SystemTime, UNIX_EPOCH};

use oorandom::Rand64;

const KEY_CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

pub struct Credentials {
    pub device_secret: u128,
    pub api_key: String,
    pub wifi_password: String,
}

pub struct Provisioner {
    rng: Rand64,
}

impl Provisioner {
    pub fn new() -> Self {
        let seed = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        Provisioner { rng: Rand64::new(seed) }
    }

    fn key_chars(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| KEY_CHARS[self.rng.rand_range(0..KEY_CHARS.len() as u64) as usize] as char) // expect: insecure-random
            .collect()
    }

    pub fn issue(&mut self) -> Credentials {
        let hi = self.rng.rand_u64() as u128; // expect: insecure-random
        let lo = self.rng.rand_u64() as u128; // expect: insecure-random
        Credentials {
            device_secret: (hi << 64) | lo,
            api_key: self.key_chars(32),
            wifi_password: self.key_chars(12),
        }
    }
}
