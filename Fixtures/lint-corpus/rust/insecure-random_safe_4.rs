pub fn jitter_ms() -> u64 {
    let rng = FastRand::new();
    let delay = rng.u64(50..250);
    delay
}

pub fn pick_tile(tiles: &[Tile]) -> &Tile {
    let rng = FastRand::new();
    let index = rng.usize(..tiles.len());
    &tiles[index]
}
