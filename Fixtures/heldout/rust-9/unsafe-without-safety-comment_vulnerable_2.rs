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
        unsafe { // expect: unsafe-without-safety-comment
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
        let v = unsafe { *self.buf.get_unchecked(self.head) }; // expect: unsafe-without-safety-comment
        self.head = (self.head + 1) % self.buf.len();
        self.len -= 1;
        Some(v)
    }
}
