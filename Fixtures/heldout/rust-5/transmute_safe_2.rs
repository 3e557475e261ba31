//! Column decoding for the query engine's row format.

use bytemuck::{cast_slice, Pod, Zeroable};

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
pub struct RowHeader {
    pub len: u32,
    pub flags: u32,
}

/// Column names are looked up in the arena; invalid UTF-8 is reported, not assumed away.
pub fn column_name(arena: &[u8], start: usize, end: usize) -> Result<&str, std::str::Utf8Error> {
    std::str::from_utf8(&arena[start..end])
}

/// Reinterprets an aligned i64 column as its raw words via bytemuck, which checks size and alignment.
pub fn as_words(column: &[i64]) -> &[u32] {
    cast_slice(column)
}

pub fn header(bytes: &[u8]) -> Option<RowHeader> {
    bytemuck::try_pod_read_unaligned(bytes.get(..8)?).ok()
}

pub fn checksum(values: &[f64]) -> u64 {
    values.iter().fold(0u64, |acc, v| acc.rotate_left(5) ^ v.to_bits())
}
