// Thin wrappers around a few libc calls for the process supervisor.

use std::ffi::{CStr, CString};
use std::io;
use std::os::raw::{c_char, c_int};

extern "C" {
    fn getpid() -> c_int;
    fn kill(pid: c_int, sig: c_int) -> c_int;
    fn getenv(name: *const c_char) -> *const c_char;
}

pub fn current_pid() -> i32 {
    unsafe { getpid() } // expect: unsafe-without-safety-comment
}

pub fn send_signal(pid: i32, sig: i32) -> io::Result<()> {
    let rc = unsafe { kill(pid, sig) }; // expect: unsafe-without-safety-comment
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

pub fn env_var(name: &str) -> Option<String> {
    let key = CString::new(name).ok()?;
    unsafe { // expect: unsafe-without-safety-comment
        let ptr = getenv(key.as_ptr());
        if ptr.is_null() {
            None
        } else {
            Some(CStr::from_ptr(ptr).to_string_lossy().into_owned())
        }
    }
}
