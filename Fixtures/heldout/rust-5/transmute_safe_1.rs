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

impl TryFrom<u8> for Tile {
    type Error = u8;

    fn try_from(b: u8) -> Result<Self, u8> {
        match b {
            0 => Ok(Tile::Floor),
            1 => Ok(Tile::Wall),
            2 => Ok(Tile::Water),
            3 => Ok(Tile::Door),
            other => Err(other),
        }
    }
}

pub struct Level {
    pub width: usize,
    pub tiles: Vec<Tile>,
    pub gravity: f32,
}

pub fn load_level(raw: &[u8], width: usize) -> Option<Level> {
    if raw.len() < 4 || width == 0 {
        return None;
    }
    let (header, grid) = raw.split_at(4);
    let mut g = [0u8; 4];
    g.copy_from_slice(header);
    let gravity = f32::from_le_bytes(g);
    let tiles = grid
        .iter()
        .map(|b| Tile::try_from(b & 0x0f))
        .collect::<Result<Vec<_>, _>>()
        .ok()?;
    debug_assert_eq!(mem::size_of::<Tile>(), 1);
    Some(Level { width, tiles, gravity })
}

/// Swapping two levels in place for the editor's undo stack.
pub fn swap_levels(a: &mut Level, b: &mut Level) {
    mem::swap(a, b);
}
