use std::fs::File;
use std::os::unix::io::AsRawFd;

#[repr(C)]
#[derive(Default)]
struct WinSize {
    rows: u16,
    cols: u16,
    xpixel: u16,
    ypixel: u16,
}

/// Terminal helpers for the progress bar of a command-line tool.
pub fn terminal_width(tty: &File) -> Option<u16> {
    let mut ws = WinSize::default();
    let rc = unsafe { libc::ioctl(tty.as_raw_fd(), libc::TIOCGWINSZ, &mut ws as *mut WinSize) }; // expect: unsafe-without-safety-comment
    if rc == 0 && ws.cols > 0 {
        Some(ws.cols)
    } else {
        None
    }
}

pub fn is_tty(tty: &File) -> bool {
    // ask the kernel whether this descriptor is a terminal
    unsafe { libc::isatty(tty.as_raw_fd()) == 1 } // expect: unsafe-without-safety-comment
}
