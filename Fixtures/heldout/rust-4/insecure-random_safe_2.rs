//! Procedural dungeon for a roguelike; the seed is shown so runs can be shared.

use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tile {
    Wall,
    Floor,
    Chest,
}

pub struct Level {
    pub seed: u64,
    pub width: usize,
    pub tiles: Vec<Tile>,
}

pub fn generate(seed: u64, width: usize, height: usize) -> Level {
    let mut rng = SmallRng::seed_from_u64(seed);
    let mut tiles = vec![Tile::Wall; width * height];
    let (mut x, mut y) = (width / 2, height / 2);
    for _ in 0..width * height * 2 {
        tiles[y * width + x] = Tile::Floor;
        match rng.gen_range(0..4) {
            0 if x > 1 => x -= 1,
            1 if x < width - 2 => x += 1,
            2 if y > 1 => y -= 1,
            3 if y < height - 2 => y += 1,
            _ => {}
        }
    }
    for t in tiles.iter_mut().filter(|t| **t == Tile::Floor) {
        if rng.gen_bool(0.02) {
            *t = Tile::Chest;
        }
    }
    Level { seed, width, tiles }
}

/// Idle animation: torches flicker by a small random amount each frame.
pub fn torch_flicker() -> f32 {
    0.9 + fastrand::f32() * 0.2
}
