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

pub fn terminal_width(tty: &File) -> Option<u16> {
    let mut ws = WinSize::default();
    // SAFETY: `tty` owns an open descriptor for the whole call and `ws` is a live,
    // correctly laid out winsize struct that the kernel fills in.
    let rc = unsafe { libc::ioctl(tty.as_raw_fd(), libc::TIOCGWINSZ, &mut ws as *mut WinSize) };
    if rc == 0 && ws.cols > 0 {
        Some(ws.cols)
    } else {
        None
    }
}

pub fn is_tty(tty: &File) -> bool {
    // SAFETY: isatty only reads the descriptor number, which `tty` keeps open.
    unsafe { libc::isatty(tty.as_raw_fd()) == 1 }
}
