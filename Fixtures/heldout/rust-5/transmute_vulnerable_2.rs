//! A tiny x86-64 JIT for the query engine's filter expressions.

use std::mem::transmute;

use memmap2::{Mmap, MmapMut};

pub type FilterFn = extern "C" fn(row: *const i64) -> i32;

pub struct Compiled {
    code: Mmap,
}

impl Compiled {
    pub fn new(bytes: &[u8]) -> std::io::Result<Self> {
        let mut buf = MmapMut::map_anon(bytes.len())?;
        buf.copy_from_slice(bytes);
        Ok(Compiled { code: buf.make_exec()? })
    }

    pub fn entry(&self) -> FilterFn {
        let ptr = self.code.as_ptr();
        // SAFETY: the code generator emits a complete function with the C ABI at offset 0.
        unsafe { transmute::<*const u8, FilterFn>(ptr) } // expect: transmute
    }
}

/// Column names live in the arena for the whole query; hand them out as &'static.
pub fn column_name(arena: &[u8], start: usize, end: usize) -> &'static str {
    let bytes = &arena[start..end];
    // SAFETY: the planner only slices at UTF-8 boundaries and the arena outlives the query.
    unsafe { transmute::<&[u8], &'static str>(bytes) } // expect: transmute
}
