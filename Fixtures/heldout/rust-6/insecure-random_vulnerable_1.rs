use std::time::{SystemTime, UNIX_EPOCH};

use rand::{Rng, RngCore, SeedableRng};
use rand_xorshift::XorShiftRng;

pub struct SessionIssuer {
    rng: XorShiftRng,
}

impl SessionIssuer {
    pub fn new() -> Self {
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0);
        Self { rng: XorShiftRng::seed_from_u64(nanos) }
    }

    pub fn session_id(&mut self) -> String {
        let hi = self.rng.next_u64(); // expect: insecure-random
        let lo = self.rng.next_u64(); // expect: insecure-random
        format!("{hi:016x}{lo:016x}")
    }

    pub fn email_code(&mut self) -> u32 {
        self.rng.gen_range(100_000..1_000_000) // expect: insecure-random
    }
}

impl Default for SessionIssuer {
    fn default() -> Self {
        Self::new()
    }
}
