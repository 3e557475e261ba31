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
        // SAFETY: index files are written once by the importer and never modified in place;
        // the server only replaces them by rename, so the mapping cannot change under us.
        let map = unsafe { Mmap::map(&file)? };
        if map.as_ptr().align_offset(std::mem::align_of::<IndexEntry>()) != 0 {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "misaligned index"));
        }
        let count = map.len() / std::mem::size_of::<IndexEntry>();
        Ok(TileIndex { map, count })
    }

    fn entries(&self) -> &[IndexEntry] {
        let ptr = self.map.as_ptr() as *const IndexEntry;
        // SAFETY: alignment was checked in `open`, `count` entries fit in the mapping,
        // and IndexEntry is repr(C) with no invalid bit patterns.
        unsafe { std::slice::from_raw_parts(ptr, self.count) }
    }

    pub fn find(&self, tile_id: u64) -> Option<IndexEntry> {
        let entries = self.entries();
        let pos = entries.binary_search_by_key(&tile_id, |e| e.tile_id).ok()?;
        entries.get(pos).copied()
    }
}
