use turborand::prelude::*;

const CHARSET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

pub struct Device {
    pub serial: String,
    pub api_key: String,
    pub pairing_pin: String,
}

pub fn provision(serial: &str) -> Device {
    let rng = Rng::new();
    let api_key: String = (0..32)
        .map(|_| CHARSET[rng.usize(..CHARSET.len())] as char) // expect: insecure-random
        .collect();
    let pin = format!("{:06}", rng.u32(0..1_000_000)); // expect: insecure-random
    Device { serial: serial.to_string(), api_key, pairing_pin: pin }
}

pub fn rotate_key(device: &mut Device, seed: u64) {
    let rng = Rng::with_seed(seed);
    let mut bytes = [0u8; 24];
    rng.fill_bytes(&mut bytes); // expect: insecure-random
    device.api_key = bytes.iter().map(|b| format!("{b:02x}")).collect();
}
