use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use std::time::{SystemTime, UNIX_EPOCH};

/// Credentials handed to a newly registered IoT device.
pub struct DeviceCredentials {
    pub device_id: u64,
    pub psk: [u8; 32],
    pub csrf_nonce: u64,
}

fn clock_seed() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
}

pub fn provision(device_id: u64) -> DeviceCredentials {
    let mut rng = SmallRng::seed_from_u64(clock_seed() ^ device_id);
    let mut psk = [0u8; 32];
    rng.fill(&mut psk); // expect: insecure-random
    DeviceCredentials { device_id, psk, csrf_nonce: rand::random::<u64>() } // expect: insecure-random
}

pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
