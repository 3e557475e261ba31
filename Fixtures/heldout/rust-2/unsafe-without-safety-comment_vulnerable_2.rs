use std::ffi::CStr;
use std::os::raw::{c_char, c_int};

extern "C" {
    fn isatty(fd: c_int) -> c_int;
    fn getlogin() -> *const c_char;
}

/// Whether stdout is attached to a terminal (colours on/off).
pub fn stdout_is_tty() -> bool {
    unsafe { isatty(1) == 1 } // expect: unsafe-without-safety-comment
}

/// Name of the user logged in on the controlling terminal, if any.
pub fn login_name() -> Option<String> {
    let ptr = unsafe { getlogin() }; // expect: unsafe-without-safety-comment
    if ptr.is_null() {
        return None;
    }
    let name = unsafe { CStr::from_ptr(ptr) }; // expect: unsafe-without-safety-comment
    Some(name.to_string_lossy().into_owned())
}

pub fn banner() -> String {
    let user = login_name().unwrap_or_else(|| "guest".to_string());
    if stdout_is_tty() {
        format!("\x1b[1mwelcome, {user}\x1b[0m")
    } else {
        format!("welcome, {user}")
    }
}
