//! Thin wrapper over a C checksum library.

mod ffi {
    extern "C" {
        pub fn adler32(adler: u64, buf: *const u8, len: u32) -> u64;
        pub fn adler32_combine(a: u64, b: u64, len2: i64) -> u64;
    }
}

pub fn adler(data: &[u8]) -> u64 {
    // SAFETY: the pointer and length come from one live slice, shorter than u32::MAX.
    let first = unsafe { ffi::adler32(1, data.as_ptr(), data.len() as u32) };
    let tail = &data[data.len() / 2..];
    let second = unsafe { ffi::adler32(1, tail.as_ptr(), tail.len() as u32) }; // expect: undocumented-unsafe
    unsafe { ffi::adler32_combine(first, second, tail.len() as i64) } // expect: undocumented-unsafe
}
