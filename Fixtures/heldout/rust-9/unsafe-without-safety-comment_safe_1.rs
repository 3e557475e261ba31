use std::ffi::CStr;
use std::os::raw::c_char;

/// Information about the person running the installer, for the log header.
pub struct Invoker {
    pub uid: u32,
    pub login: String,
}

fn login_name(uid: u32) -> Option<String> {
    // SAFETY: getpwuid takes any uid; it returns null or a pointer into static storage
    // that stays valid until the next getpw* call, and this installer is single-threaded.
    let pw = unsafe { libc::getpwuid(uid) };
    if pw.is_null() {
        return None;
    }
    // SAFETY: pw was checked for null above and points to a passwd record.
    let name: *const c_char = unsafe { (*pw).pw_name };
    if name.is_null() {
        return None;
    }
    // SAFETY: pw_name is a NUL-terminated string owned by the passwd record.
    let cstr = unsafe { CStr::from_ptr(name) };
    Some(cstr.to_string_lossy().into_owned())
}

pub fn invoker() -> Invoker {
    // SAFETY: getuid has no preconditions and cannot fail.
    let uid = unsafe { libc::getuid() };
    Invoker {
        uid,
        login: login_name(uid).unwrap_or_else(|| format!("uid {uid}")),
    }
}

pub fn require_root() -> Result<(), String> {
    let who = invoker();
    if who.uid != 0 {
        return Err(format!("{} must run the installer as root", who.login));
    }
    Ok(())
}
