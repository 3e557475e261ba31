use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use turborand::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tile {
    Floor,
    Wall,
    Water,
}

/// Maps are shared between players by seed, so the generator must be reproducible.
pub fn generate_map(seed: u64, width: usize, height: usize) -> Vec<Vec<Tile>> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    (0..height)
        .map(|_| {
            (0..width)
                .map(|_| match rng.gen_range(0..100) {
                    0..=64 => Tile::Floor,
                    65..=89 => Tile::Wall,
                    _ => Tile::Water,
                })
                .collect()
        })
        .collect()
}

/// Cosmetic dust particles; nothing depends on them being unpredictable.
pub fn dust_offsets(count: usize) -> Vec<(f32, f32)> {
    let rng = Rng::new();
    (0..count).map(|_| (rng.f32() * 2.0 - 1.0, rng.f32())).collect()
}
