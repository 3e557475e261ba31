//! Pairing codes and device keys for a home hub.

use rand_pcg::Pcg64;
use rand::{Rng, SeedableRng};

pub struct Hub {
    rng: Pcg64,
}

pub struct DeviceKeys {
    pub mqtt_password: String,
    pub id: u32,
}

impl Hub {
    pub fn new(seed: u64) -> Self {
        Hub { rng: Pcg64::seed_from_u64(seed) }
    }

    pub fn pairing_code(&mut self) -> u32 {
        self.rng.gen_range(100_000..1_000_000) // expect: insecure-random
    }

    pub fn enrol(&mut self, id: u32) -> DeviceKeys {
        let raw: u64 = self.rng.gen(); // expect: insecure-random
        DeviceKeys { mqtt_password: format!("{raw:016x}"), id }
    }
}
