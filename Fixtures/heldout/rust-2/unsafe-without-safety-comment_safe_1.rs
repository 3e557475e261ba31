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
        let layout = Layout::from_size_align(cap.max(1), 16).ok()?;
        // SAFETY: the layout has a non-zero size (cap.max(1)) and a valid alignment.
        let start = unsafe { alloc(layout) };
        NonNull::new(start).map(|start| Arena { start, used: 0, cap: cap.max(1) })
    }

    pub fn alloc_bytes(&mut self, bytes: &[u8]) -> Option<&mut [u8]> {
        let end = self.used.checked_add(bytes.len())?;
        if end > self.cap {
            return None;
        }
        // SAFETY: used + len <= cap, so the range lies inside our allocation, and the
        // returned slice borrows `self` mutably, so no other reference to it can exist.
        let dst = unsafe {
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
            // SAFETY: `start` came from `alloc` with this same layout and is freed once.
            unsafe { dealloc(self.start.as_ptr(), layout) }
        }
    }
}
