//! Pairing for the smart-plug firmware tool: key, PIN and hotspot password.

use rand::rngs::StdRng;
use rand::{Rng, RngCore, SeedableRng};
use std::time::{SystemTime, UNIX_EPOCH};

pub struct Pairing {
    pub key: [u8; 16],
    pub pin: u16,
    pub hotspot_password: String,
}

fn seed() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0x5eed)
}

pub fn new_pairing(serial: u32) -> Pairing {
    let mut rng = StdRng::seed_from_u64(seed() ^ u64::from(serial));
    let mut key = [0u8; 16];
    rng.fill_bytes(&mut key); // expect: insecure-random
    let pin = rng.gen_range(1000..10000); // expect: insecure-random
    let hotspot_password: String = (0..12)
        .map(|_| fastrand::alphanumeric()) // expect: insecure-random
        .collect();
    Pairing { key, pin, hotspot_password }
}

pub fn provisioning_record(serial: u32) -> String {
    let p = new_pairing(serial);
    format!(
        "serial={serial:08x}\nkey={}\npin={:04}\nhotspot={}\n",
        hex::encode(p.key),
        p.pin,
        p.hotspot_password
    )
}
