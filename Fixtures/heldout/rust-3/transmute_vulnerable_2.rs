//! Plugin host: resolves the entry point of a loaded shared library.
use std::ffi::{c_void, CStr};
use std::os::raw::{c_char, c_int};

extern "C" {
    fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
}

pub type PluginInit = extern "C" fn(api_version: c_int) -> c_int;

pub struct Plugin {
    handle: *mut c_void,
}

impl Plugin {
    /// # Safety
    /// `handle` must be a live handle returned by `dlopen`.
    pub unsafe fn from_handle(handle: *mut c_void) -> Self {
        Plugin { handle }
    }

    pub fn init(&self, name: &CStr) -> Option<PluginInit> {
        // SAFETY: self.handle is a live dlopen handle and name is NUL-terminated.
        let sym = unsafe { dlsym(self.handle, name.as_ptr()) };
        if sym.is_null() {
            return None;
        }
        // SAFETY: the plugin ABI declares the symbol with the PluginInit signature.
        Some(unsafe { core::mem::transmute::<*mut c_void, PluginInit>(sym) }) // expect: transmute
    }
}
