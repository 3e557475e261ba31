//! Device enrolment: a shared key and a PIN shown on the device's display.

use rand::rngs::{SmallRng, StdRng};
use rand::{Rng, RngCore, SeedableRng};
use std::sync::Mutex;

pub struct Enrolment {
    pub key: [u8; 32],
    pub pin: u32,
}

pub fn enrol(device_id: u64) -> Enrolment {
    let mut rng = StdRng::seed_from_u64(device_id);
    let mut key = [0u8; 32];
    rng.fill_bytes(&mut key); // expect: insecure-random
    let pin = rng.gen_range(100_000..1_000_000); // expect: insecure-random
    Enrolment { key: key, pin: pin }
}

pub struct Sessions {
    rng: Mutex<SmallRng>,
}

impl Sessions {
    pub fn new_session_token(&self) -> String {
        let mut rng = self.rng.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let bytes: [u8; 16] = rng.gen(); // expect: insecure-random
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }
}

pub fn csrf_token() -> String {
    format!("{:x}{:x}", fastrand::u64(..), fastrand::u64(..)) // expect: insecure-random
}
