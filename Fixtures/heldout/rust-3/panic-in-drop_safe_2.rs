//! GPU buffer pool: leaks are counted in drop, invariants asserted elsewhere.
use std::sync::atomic::{AtomicUsize, Ordering};

pub static LEAKED_BUFFERS: AtomicUsize = AtomicUsize::new(0);

pub struct BufferPool {
    free: Vec<u32>,
    outstanding: usize,
}

impl BufferPool {
    pub fn release(&mut self, id: u32) {
        assert!(self.outstanding > 0, "release without acquire");
        self.free.push(id);
        self.outstanding -= 1;
    }

    pub fn shutdown(self) {
        assert_eq!(self.outstanding, 0, "buffers still in flight at shutdown");
    }
}

impl Drop for BufferPool {
    fn drop(&mut self) {
        if self.outstanding > 0 {
            LEAKED_BUFFERS.fetch_add(self.outstanding, Ordering::Relaxed);
            eprintln!("buffer pool dropped with {} buffers in flight", self.outstanding);
        }
        self.free.clear();
    }
}
