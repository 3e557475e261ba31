use std::ffi::{c_void, CString};
use std::os::raw::{c_char, c_int};

extern "C" {
    fn dlopen(filename: *const c_char, flag: c_int) -> *mut c_void;
    fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
}

const RTLD_NOW: c_int = 2;
type ScoreFn = extern "C" fn(c_int) -> c_int;

/// Loads a scoring plugin compiled by a contestant and returns its `score` entry point.
pub fn load_scorer(path: &str) -> Option<ScoreFn> {
    let c_path = CString::new(path).ok()?;
    let c_name = CString::new("score").ok()?;
    // SAFETY: both strings are NUL-terminated and outlive the calls.
    let sym = unsafe {
        let handle = dlopen(c_path.as_ptr(), RTLD_NOW);
        if handle.is_null() {
            return None;
        }
        dlsym(handle, c_name.as_ptr())
    };
    if sym.is_null() {
        return None;
    }
    // SAFETY: the plugin ABI documents `int score(int)`.
    Some(unsafe { std::mem::transmute::<*mut c_void, ScoreFn>(sym) }) // expect: transmute
}

pub struct Interner {
    names: Vec<String>,
}

impl Interner {
    pub fn intern(&mut self, name: &str) -> &'static str {
        self.names.push(name.to_owned());
        let last: &str = self.names.last().map(String::as_str).unwrap_or("");
        // SAFETY: entries are never removed while the interner lives (the process lifetime).
        unsafe { core::mem::transmute::<&str, &'static str>(last) } // expect: transmute
    }
}
