//! Particle effects: speed matters, secrecy does not.

use nanorand::{Rng, WyRand};

pub struct Particles {
    rng: WyRand,
}

pub struct Particle {
    pub x: f32,
    pub y: f32,
}

impl Particles {
    pub fn spawn(&mut self) -> Particle {
        let x = self.rng.generate_range(0u32..640) as f32;
        let y = self.rng.generate_range(0u32..480) as f32;
        Particle { x, y }
    }
}

pub fn jitter_ms() -> u64 {
    let mut rng = WyRand::new();
    rng.generate_range(0u64..250)
}
