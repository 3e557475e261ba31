//! Fixed-capacity stack of `Copy` values backed by `MaybeUninit` (no_std friendly).
use core::mem::MaybeUninit;

pub struct Stack<T: Copy, const N: usize> {
    items: [MaybeUninit<T>; N],
    len: usize,
}

impl<T: Copy, const N: usize> Stack<T, N> {
    pub const fn new() -> Self {
        Stack { items: [MaybeUninit::uninit(); N], len: 0 }
    }

    pub fn push(&mut self, value: T) -> Result<(), T> {
        if self.len == N {
            return Err(value);
        }
        self.items[self.len].write(value);
        self.len += 1;
        Ok(())
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        Some(unsafe { self.items[self.len].assume_init() }) // expect: unsafe-without-safety-comment
    }

    pub fn as_slice(&self) -> &[T] {
        unsafe { // expect: unsafe-without-safety-comment
            core::slice::from_raw_parts(self.items.as_ptr() as *const T, self.len)
        }
    }
}
