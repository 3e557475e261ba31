//! Fixed-capacity stack backed by `MaybeUninit`, with documented invariants.
use core::mem::MaybeUninit;

/// Invariant: `items[..len]` are initialised.
pub struct Stack<T: Copy, const N: usize> {
    items: [MaybeUninit<T>; N],
    len: usize,
}

// SAFETY: the stack owns plain `Copy` values and has no interior mutability or shared pointers.
unsafe impl<T: Copy + Send, const N: usize> Send for Stack<T, N> {}

impl<T: Copy, const N: usize> Stack<T, N> {
    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: items[len] was initialised by push (invariant) and is now past the end.
        Some(unsafe { self.items[self.len].assume_init() })
    }

    pub fn as_slice(&self) -> &[T] {
        // SAFETY: `MaybeUninit<T>` has the layout of `T`, and the first `len` items are
        // initialised (invariant), so they form a valid `[T]`.
        unsafe { core::slice::from_raw_parts(self.items.as_ptr().cast::<T>(), self.len) }
    }

    pub fn is_full(&self) -> bool {
        self.len == N
    }
}
