//! libc wrappers for the prompt's status line, each unsafe block justified.
use std::ffi::CStr;

pub fn effective_uid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

pub fn hostname() -> Option<String> {
    let mut buf = [0 as libc::c_char; 256];
    // SAFETY: buf is valid for writes of buf.len() bytes.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len()) };
    if rc != 0 {
        return None;
    }
    buf[buf.len() - 1] = 0;
    // SAFETY: buf is NUL-terminated (set above) and outlives `name`.
    let name = unsafe { CStr::from_ptr(buf.as_ptr()) };
    Some(name.to_string_lossy().into_owned())
}

/// Reads the terminal size of `fd`.
///
/// # Safety
/// `fd` must be an open file descriptor owned by the caller for the duration of the call.
pub unsafe fn window_size(fd: libc::c_int) -> Option<(u16, u16)> {
    let mut ws = libc::winsize { ws_row: 0, ws_col: 0, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: fd is open per this function's contract and ws is a valid winsize to fill in.
    let rc = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) };
    (rc == 0).then_some((ws.ws_row, ws.ws_col))
}
