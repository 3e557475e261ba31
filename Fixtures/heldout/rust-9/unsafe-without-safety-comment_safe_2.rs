/// A fixed-capacity ring of audio frames shared with the mixer thread.
pub struct FrameRing {
    buf: Box<[f32]>,
    head: usize,
    len: usize,
}

impl FrameRing {
    pub fn with_capacity(cap: usize) -> Self {
        FrameRing {
            buf: vec![0.0; cap.max(1)].into_boxed_slice(),
            head: 0,
            len: 0,
        }
    }

    pub fn push(&mut self, frame: f32) {
        let cap = self.buf.len();
        let slot = (self.head + self.len) % cap;
        // SAFETY: slot is reduced modulo cap == buf.len(), so it is in bounds.
        unsafe {
            *self.buf.get_unchecked_mut(slot) = frame;
        }
        if self.len == cap {
            self.head = (self.head + 1) % cap;
        } else {
            self.len += 1;
        }
    }

    pub fn pop(&mut self) -> Option<f32> {
        if self.len == 0 {
            return None;
        }
        // SAFETY: head is always kept below buf.len() by the modulo updates.
        let v = unsafe { *self.buf.get_unchecked(self.head) };
        self.head = (self.head + 1) % self.buf.len();
        self.len -= 1;
        Some(v)
    }

    /// Checked access for callers that do not hold the invariants.
    pub fn peek(&self) -> Option<f32> {
        (self.len > 0).then(|| self.buf[self.head])
    }
}
