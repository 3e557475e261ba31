//! Plugin loader for the audio host: plugins export `fx_process`.

use libloading::Library;
use std::ffi::{c_void, CStr};
use std::os::raw::c_char;

type ProcessFn = extern "C" fn(*mut f32, usize, f32) -> i32;

pub struct Effect {
    _lib: Library,
    process: ProcessFn,
    name: &'static str,
}

extern "C" {
    fn fx_lookup(handle: *mut c_void, name: *const c_char) -> *const c_void;
}

impl Effect {
    /// # Safety
    /// `handle` must come from the host's plugin table and outlive the effect.
    pub unsafe fn bind(lib: Library, handle: *mut c_void) -> Option<Effect> {
        let raw = fx_lookup(handle, b"fx_process\0".as_ptr().cast());
        if raw.is_null() {
            return None;
        }
        let process = std::mem::transmute::<*const c_void, ProcessFn>(raw); // expect: transmute
        let label = CStr::from_ptr(fx_lookup(handle, b"fx_name\0".as_ptr().cast()).cast());
        let name: &'static str = std::mem::transmute(label.to_str().ok()?); // expect: transmute
        Some(Effect { _lib: lib, process, name })
    }

    pub fn run(&self, buf: &mut [f32], gain: f32) -> Result<(), i32> {
        match (self.process)(buf.as_mut_ptr(), buf.len(), gain) {
            0 => Ok(()),
            code => Err(code),
        }
    }

    pub fn name(&self) -> &str {
        self.name
    }
}
