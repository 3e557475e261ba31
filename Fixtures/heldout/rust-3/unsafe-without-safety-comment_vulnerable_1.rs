//! Thin wrappers over libc for the `whoami`-style status line of a shell prompt.
use std::ffi::CStr;

pub fn effective_uid() -> u32 {
    unsafe { libc::geteuid() } // expect: unsafe-without-safety-comment
}

pub fn hostname() -> Option<String> {
    let mut buf = [0 as libc::c_char; 256];
    // ask the kernel for the node name
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len()) }; // expect: unsafe-without-safety-comment
    if rc != 0 {
        return None;
    }
    buf[buf.len() - 1] = 0;
    let name = unsafe { CStr::from_ptr(buf.as_ptr()) }; // expect: unsafe-without-safety-comment
    Some(name.to_string_lossy().into_owned())
}

pub fn terminal_width() -> u16 {
    let mut ws = libc::winsize { ws_row: 0, ws_col: 0, ws_xpixel: 0, ws_ypixel: 0 };
    let ok = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut ws) } == 0; // expect: unsafe-without-safety-comment
    if ok && ws.ws_col > 0 { ws.ws_col } else { 80 }
}
