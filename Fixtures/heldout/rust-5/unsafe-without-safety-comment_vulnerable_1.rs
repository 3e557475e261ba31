//! Grabs a USB barcode scanner's evdev node so scans do not leak into the desktop.

use std::ffi::CStr;
use std::fs::File;
use std::io;
use std::os::fd::AsRawFd;

const EVIOCGRAB: libc::c_ulong = 0x4004_4590;
const EVIOCGNAME_256: libc::c_ulong = 0x8100_4506;

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct InputEvent {
    pub time: libc::timeval,
    pub kind: u16,
    pub code: u16,
    pub value: i32,
}

pub struct Scanner {
    dev: File,
}

impl Scanner {
    pub fn open(path: &str) -> io::Result<Self> {
        let dev = File::open(path)?;
        let rc = unsafe { libc::ioctl(dev.as_raw_fd(), EVIOCGRAB, 1) }; // expect: unsafe-without-safety-comment
        if rc < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(Scanner { dev })
    }

    pub fn name(&self) -> io::Result<String> {
        let mut buf = [0 as libc::c_char; 256];
        // ask the kernel for the device name
        let name = unsafe { // expect: unsafe-without-safety-comment
            if libc::ioctl(self.dev.as_raw_fd(), EVIOCGNAME_256, buf.as_mut_ptr()) < 0 {
                return Err(io::Error::last_os_error());
            }
            CStr::from_ptr(buf.as_ptr())
        };
        Ok(name.to_string_lossy().into_owned())
    }

    pub fn next_event(&mut self) -> io::Result<InputEvent> {
        let mut ev = InputEvent::default();
        let size = std::mem::size_of::<InputEvent>();
        let n = unsafe { libc::read(self.dev.as_raw_fd(), &mut ev as *mut InputEvent as *mut libc::c_void, size) }; // expect: unsafe-without-safety-comment
        if n != size as isize {
            return Err(io::Error::last_os_error());
        }
        Ok(ev)
    }
}
