use libloading::{Library, Symbol};
use std::ffi::c_void;

pub type FilterFn = extern "C" fn(samples: *mut f32, len: usize, gain: f32);

pub struct FilterPlugin {
    _lib: Library,
    apply: FilterFn,
}

impl FilterPlugin {
    pub fn load(path: &str, symbol: &[u8]) -> Result<Self, libloading::Error> {
        // SAFETY: the plugin is built against our ABI header and stays loaded while `apply` lives.
        let lib = unsafe { Library::new(path)? };
        // SAFETY: the symbol is looked up as an untyped pointer; the library is kept alive in the struct.
        let raw: Symbol<*mut c_void> = unsafe { lib.get(symbol)? };
        let addr: *mut c_void = *raw;
        // SAFETY: plugins export the filter with exactly the FilterFn signature.
        let apply = unsafe { std::mem::transmute::<*mut c_void, FilterFn>(addr) }; // expect: transmute
        Ok(FilterPlugin { _lib: lib, apply })
    }

    pub fn run(&self, buf: &mut [f32], gain: f32) {
        (self.apply)(buf.as_mut_ptr(), buf.len(), gain);
    }
}

pub fn peak_bits(sample: f32) -> u32 {
    // SAFETY: f32 and u32 have the same size.
    unsafe { std::mem::transmute(sample) } // expect: transmute
}
