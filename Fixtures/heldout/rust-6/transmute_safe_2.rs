use libloading::{Library, Symbol};

type FilterFn = unsafe extern "C" fn(*const f32, *mut f32, usize) -> i32;

pub struct Filter {
    lib: Library,
}

impl Filter {
    pub fn load(path: &str) -> Result<Self, libloading::Error> {
        // SAFETY: plugins are built against our SDK and run no code on load beyond static initialisers.
        let lib = unsafe { Library::new(path)? };
        Ok(Self { lib })
    }

    pub fn apply(&self, input: &[f32], output: &mut [f32]) -> Result<i32, libloading::Error> {
        let n = input.len().min(output.len());
        // SAFETY: the SDK declares `process` with exactly the FilterFn signature.
        let process: Symbol<FilterFn> = unsafe { self.lib.get(b"process\0")? };
        // SAFETY: both buffers hold at least n elements and do not overlap.
        Ok(unsafe { process(input.as_ptr(), output.as_mut_ptr(), n) })
    }
}

pub fn gain_bits(gain: f32) -> u32 {
    gain.to_bits()
}

pub fn gain_from_bits(bits: u32) -> f32 {
    f32::from_bits(bits)
}
