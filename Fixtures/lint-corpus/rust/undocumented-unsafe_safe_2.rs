use std::cell::UnsafeCell;

pub struct Counter {
    count: UnsafeCell<usize>,
}

impl Counter {
    /// Only called by the thread that owns the counter.
    pub fn release(&self) -> usize {
        // Safety: the owning thread is the only one that touches `count`, so there is no
        // other reference to it while we write.
        unsafe {
            *self.count.get() -= 1;
            *self.count.get()
        }
    }

    pub fn peek(&self) -> usize {
        // safety: a read by the owning thread, see `release`.
        unsafe { *self.count.get() }
    }
}
