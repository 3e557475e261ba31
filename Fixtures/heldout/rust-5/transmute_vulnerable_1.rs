//! Map loading for a tile-based game: levels are stored as raw byte grids.

use std::mem;

#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tile {
    Floor = 0,
    Wall = 1,
    Water = 2,
    Door = 3,
}

pub struct Level {
    pub width: usize,
    pub tiles: Vec<Tile>,
    pub gravity: f32,
}

fn tile_at(raw: &[u8], i: usize) -> Tile {
    let byte = raw[i] & 0x0f;
    // SAFETY: level files are written by our editor, which only emits tile ids 0..=3.
    unsafe { mem::transmute::<u8, Tile>(byte) } // expect: transmute
}

pub fn load_level(raw: &[u8], width: usize) -> Option<Level> {
    if raw.len() < 4 || width == 0 {
        return None;
    }
    let (header, grid) = raw.split_at(4);
    let mut g = [0u8; 4];
    g.copy_from_slice(header);
    // SAFETY: any 4 bytes are a valid f32 bit pattern.
    let gravity: f32 = unsafe { mem::transmute(g) }; // expect: transmute
    let tiles = (0..grid.len()).map(|i| tile_at(grid, i)).collect();
    Some(Level { width, tiles, gravity })
}
