//! Device enrolment drawing its secrets from the operating system; the fast generator only jitters retries.

use rand::rngs::{OsRng, SmallRng};
use rand::{Rng, RngCore, SeedableRng};
use std::sync::Mutex;
use std::time::Duration;

pub struct Enrolment {
    pub key: [u8; 32],
    pub pin: u32,
}

pub fn enrol() -> Enrolment {
    let mut key = [0u8; 32];
    OsRng.fill_bytes(&mut key);
    let pin = OsRng.gen_range(100_000..1_000_000);
    Enrolment { key: key, pin: pin }
}

pub struct Backoff {
    rng: Mutex<SmallRng>,
}

impl Backoff {
    pub fn delay(&self, attempt: u32) -> Duration {
        let mut rng = self.rng.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let jitter: u64 = rng.gen_range(0..250);
        Duration::from_millis(100 * u64::from(attempt) + jitter)
    }
}

pub fn shard() -> usize {
    println!("picking shard {}", fastrand::usize(..16));
    0
}
