//! Plugin loader for the audio host using typed libloading symbols.

use libloading::{Library, Symbol};
use std::ffi::CStr;
use std::os::raw::c_char;

type ProcessFn = unsafe extern "C" fn(*mut f32, usize, f32) -> i32;
type NameFn = unsafe extern "C" fn() -> *const c_char;

pub struct Effect {
    lib: Library,
    name: String,
}

impl Effect {
    pub fn load(path: &str) -> Result<Effect, libloading::Error> {
        // SAFETY: plugins are built against our ABI header; loading runs their
        // initialisers, which the plugin contract requires to be side-effect free.
        let lib = unsafe { Library::new(path)? };
        let name = {
            // SAFETY: `fx_name` has the NameFn signature in the plugin ABI.
            let f: Symbol<NameFn> = unsafe { lib.get(b"fx_name\0")? };
            // SAFETY: the plugin returns a static, NUL-terminated string.
            unsafe { CStr::from_ptr(f()) }.to_string_lossy().into_owned()
        };
        Ok(Effect { lib, name })
    }

    pub fn run(&self, buf: &mut [f32], gain: f32) -> Result<i32, libloading::Error> {
        // SAFETY: `fx_process` has the ProcessFn signature; the buffer pointer and
        // length describe one live, exclusively borrowed slice.
        unsafe {
            let f: Symbol<ProcessFn> = self.lib.get(b"fx_process\0")?;
            Ok(f(buf.as_mut_ptr(), buf.len(), gain))
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn gain_bits(gain: f32) -> u32 {
        gain.to_bits()
    }
}
