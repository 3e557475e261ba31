//! A POSIX shared-memory ring the camera process writes frames into.
use std::ffi::CString;
use std::io;
use std::ptr::NonNull;

pub struct FrameRing {
    base: NonNull<u8>,
    len: usize,
}

impl FrameRing {
    pub fn open(name: &str, len: usize) -> io::Result<Self> {
        let cname = CString::new(name).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        let fd = unsafe { libc::shm_open(cname.as_ptr(), libc::O_RDONLY, 0) }; // expect: unsafe-without-safety-comment
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        // map the whole ring read-only; the writer owns the layout
        let addr = unsafe { // expect: unsafe-without-safety-comment
            libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ, libc::MAP_SHARED, fd, 0)
        };
        // SAFETY: fd came from shm_open above and is not used after this call.
        unsafe { libc::close(fd) };
        if addr == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        NonNull::new(addr as *mut u8)
            .map(|base| FrameRing { base, len })
            .ok_or_else(|| io::Error::new(io::ErrorKind::Other, "mmap returned null"))
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Drop for FrameRing {
    fn drop(&mut self) {
        let rc = unsafe { libc::munmap(self.base.as_ptr().cast(), self.len) }; // expect: unsafe-without-safety-comment
        if rc != 0 {
            log::warn!("munmap failed: {}", io::Error::last_os_error());
        }
    }
}
