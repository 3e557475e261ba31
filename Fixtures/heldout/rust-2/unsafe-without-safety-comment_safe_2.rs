use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};

/// A spin lock for a value that is only touched in short critical sections.
pub struct SpinCell<T> {
    locked: AtomicBool,
    value: UnsafeCell<T>,
}

// SAFETY: access to `value` is serialised by `locked`, so sharing across threads is
// sound whenever T itself can be sent between threads.
unsafe impl<T: Send> Sync for SpinCell<T> {}

impl<T> SpinCell<T> {
    pub const fn new(value: T) -> Self {
        SpinCell { locked: AtomicBool::new(false), value: UnsafeCell::new(value) }
    }

    /// Reads the value without taking the lock.
    ///
    /// # Safety
    ///
    /// The caller must guarantee that no thread holds the lock at the same time.
    pub unsafe fn peek_unlocked(&self) -> &T {
        &*self.value.get()
    }

    pub fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        while self.locked.compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
            std::hint::spin_loop();
        }
        // SAFETY: we hold the lock, so this is the only live reference to the value.
        let result = f(unsafe { &mut *self.value.get() });
        self.locked.store(false, Ordering::Release);
        result
    }
}
