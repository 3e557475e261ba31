//! Read-only access to the tile server's packed .mbtiles index.

use std::fs::File;
use std::io;
use std::path::Path;

use memmap2::Mmap;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct IndexEntry {
    pub tile_id: u64,
    pub offset: u64,
    pub len: u32,
    pub _pad: u32,
}

pub struct TileIndex {
    map: Mmap,
    count: usize,
}

impl TileIndex {
    pub fn open(path: &Path) -> io::Result<Self> {
        let file = File::open(path)?;
        let map = unsafe { Mmap::map(&file)? }; // expect: unsafe-without-safety-comment
        let count = map.len() / std::mem::size_of::<IndexEntry>();
        Ok(TileIndex { map, count })
    }

    fn entries(&self) -> &[IndexEntry] {
        let ptr = self.map.as_ptr() as *const IndexEntry;
        unsafe { std::slice::from_raw_parts(ptr, self.count) } // expect: unsafe-without-safety-comment
    }

    pub fn find(&self, tile_id: u64) -> Option<IndexEntry> {
        let entries = self.entries();
        let pos = entries.binary_search_by_key(&tile_id, |e| e.tile_id).ok()?;
        Some(unsafe { *entries.get_unchecked(pos) }) // expect: unsafe-without-safety-comment
    }
}
