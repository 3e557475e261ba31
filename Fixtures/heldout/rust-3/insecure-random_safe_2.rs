//! Tile-based game: spawns and loot use a fast seeded generator on purpose (replays share the seed).
use rand::rngs::SmallRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

pub struct World {
    rng: SmallRng,
    pub seed: u64,
}

impl World {
    pub fn new(seed: u64) -> Self {
        World { rng: SmallRng::seed_from_u64(seed), seed }
    }

    pub fn spawn_point(&mut self, width: u32, height: u32) -> (u32, u32) {
        (self.rng.gen_range(0..width), self.rng.gen_range(0..height))
    }

    pub fn loot(&mut self) -> &'static str {
        const TABLE: [&str; 4] = ["coin", "potion", "arrow", "gem"];
        TABLE.choose(&mut self.rng).copied().unwrap_or("coin")
    }

    pub fn idle_wobble() -> f32 {
        fastrand::f32() * 0.2 - 0.1
    }
}
