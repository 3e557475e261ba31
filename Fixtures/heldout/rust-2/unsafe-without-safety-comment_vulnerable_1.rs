//! A bump arena for short-lived parse nodes.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr::NonNull;

pub struct Arena {
    start: NonNull<u8>,
    used: usize,
    cap: usize,
}

impl Arena {
    pub fn with_capacity(cap: usize) -> Option<Self> {
        let layout = Layout::from_size_align(cap, 16).ok()?;
        let start = unsafe { alloc(layout) }; // expect: unsafe-without-safety-comment
        NonNull::new(start).map(|start| Arena { start, used: 0, cap })
    }

    pub fn alloc_bytes(&mut self, bytes: &[u8]) -> Option<&mut [u8]> {
        let end = self.used.checked_add(bytes.len())?;
        if end > self.cap {
            return None;
        }
        // fast path: copy straight into the arena
        let dst = unsafe { // expect: unsafe-without-safety-comment
            let p = self.start.as_ptr().add(self.used);
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
            std::slice::from_raw_parts_mut(p, bytes.len())
        };
        self.used = end;
        Some(dst)
    }
}

impl Drop for Arena {
    fn drop(&mut self) {
        if let Ok(layout) = Layout::from_size_align(self.cap, 16) {
            unsafe { dealloc(self.start.as_ptr(), layout) } // expect: unsafe-without-safety-comment
        }
    }
}
