// Shared handle to a C-allocated image buffer, plus safe helpers.

use std::ptr::NonNull;

extern "C" {
    fn img_free(p: *mut u8);
}

pub struct ImageBuf {
    ptr: NonNull<u8>,
    len: usize,
}

// SAFETY: the buffer is never aliased mutably; all access goes through &self or &mut self.
unsafe impl Send for ImageBuf {}

impl ImageBuf {
    /// # Safety
    /// `ptr` must point to `len` bytes allocated by the C library's `img_alloc`.
    pub unsafe fn from_raw(ptr: NonNull<u8>, len: usize) -> Self {
        ImageBuf { ptr, len }
    }

    pub fn as_slice(&self) -> &[u8] {
        // SAFETY: `from_raw`'s contract guarantees ptr is valid for len bytes.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }

    pub fn row(&self, width: usize, y: usize) -> Option<&[u8]> {
        let start = width.checked_mul(y)?;
        self.as_slice().get(start..start + width)
    }
}

impl Drop for ImageBuf {
    fn drop(&mut self) {
        // SAFETY: we own the allocation and drop runs exactly once.
        unsafe { img_free(self.ptr.as_ptr()) }
    }
}
