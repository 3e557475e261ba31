use libloading::{Library, Symbol};

pub type FilterFn = extern "C" fn(samples: *mut f32, len: usize, gain: f32);

pub struct FilterPlugin {
    _lib: Library,
    apply: FilterFn,
}

impl FilterPlugin {
    pub fn load(path: &str, symbol: &[u8]) -> Result<Self, libloading::Error> {
        // SAFETY: the plugin is built against our ABI header and stays loaded while `apply` lives.
        let lib = unsafe { Library::new(path)? };
        // SAFETY: the symbol is requested with its declared type; the library is kept alive in the struct.
        let apply: FilterFn = unsafe {
            let sym: Symbol<FilterFn> = lib.get(symbol)?;
            *sym
        };
        Ok(FilterPlugin { _lib: lib, apply })
    }

    pub fn run(&self, buf: &mut [f32], gain: f32) {
        (self.apply)(buf.as_mut_ptr(), buf.len(), gain);
    }
}

pub fn peak_bits(sample: f32) -> u32 {
    sample.to_bits()
}
