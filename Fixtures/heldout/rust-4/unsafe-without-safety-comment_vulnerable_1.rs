//! Safe wrapper over the system zlib for the backup tool's chunk checksums
//! and compression.

use std::ffi::{c_char, c_int, c_ulong, CStr, CString};
use std::os::raw::c_uchar;

mod ffi {
    use super::*;
    extern "C" {
        pub fn crc32(crc: c_ulong, buf: *const c_uchar, len: u32) -> c_ulong;
        pub fn compressBound(source_len: c_ulong) -> c_ulong;
        pub fn compress2(
            dest: *mut c_uchar,
            dest_len: *mut c_ulong,
            source: *const c_uchar,
            source_len: c_ulong,
            level: c_int,
        ) -> c_int;
        pub fn zlibVersion() -> *const c_char;
        pub fn zError(code: c_int) -> *const c_char;
    }
}

pub fn checksum(data: &[u8]) -> u32 {
    let mut crc: c_ulong = 0;
    for chunk in data.chunks(u32::MAX as usize) {
        crc = unsafe { ffi::crc32(crc, chunk.as_ptr(), chunk.len() as u32) }; // expect: unsafe-without-safety-comment
    }
    crc as u32
}

pub fn compress(data: &[u8], level: i32) -> Result<Vec<u8>, String> {
    let bound = unsafe { ffi::compressBound(data.len() as c_ulong) }; // expect: unsafe-without-safety-comment
    let mut out = vec![0u8; bound as usize];
    let mut out_len = bound;
    // zlib writes at most `bound` bytes and updates out_len
    let code = unsafe { // expect: unsafe-without-safety-comment
        ffi::compress2(
            out.as_mut_ptr(),
            &mut out_len,
            data.as_ptr(),
            data.len() as c_ulong,
            level,
        )
    };
    if code != 0 {
        // SAFETY: zError returns a pointer to a static message for every code.
        let msg = unsafe { CStr::from_ptr(ffi::zError(code)) };
        return Err(msg.to_string_lossy().into_owned());
    }
    out.truncate(out_len as usize);
    Ok(out)
}

pub fn version() -> String {
    // SAFETY: zlibVersion returns a static NUL-terminated string.
    unsafe { CStr::from_ptr(ffi::zlibVersion()) }.to_string_lossy().into_owned()
}

pub fn label(name: &str) -> Option<CString> {
    CString::new(name).ok()
}
