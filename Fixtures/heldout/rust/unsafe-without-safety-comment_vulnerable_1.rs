//! Fixed-capacity ring buffer used by the audio mixer.

use std::mem::MaybeUninit;

pub struct Ring<T, const N: usize> {
    buf: [MaybeUninit<T>; N],
    head: usize,
    len: usize,
}

impl<T: Copy, const N: usize> Ring<T, N> {
    pub fn new() -> Self {
        Ring {
            buf: [MaybeUninit::uninit(); N],
            head: 0,
            len: 0,
        }
    }

    pub fn push(&mut self, value: T) -> bool {
        if self.len == N {
            return false;
        }
        let idx = (self.head + self.len) % N;
        self.buf[idx] = MaybeUninit::new(value);
        self.len += 1;
        true
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let value = unsafe { self.buf[self.head].assume_init() }; // expect: unsafe-without-safety-comment
        self.head = (self.head + 1) % N;
        self.len -= 1;
        Some(value)
    }

    pub fn peek_at(&self, offset: usize) -> Option<&T> {
        if offset >= self.len {
            return None;
        }
        let idx = (self.head + offset) % N;
        unsafe { Some(&*self.buf.get_unchecked(idx).as_ptr()) } // expect: unsafe-without-safety-comment
    }
}
