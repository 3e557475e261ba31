//! GPU buffer pool for a small renderer.
pub struct BufferPool {
    free: Vec<u32>,
    outstanding: usize,
    state: PoolState,
}

#[derive(PartialEq, Debug)]
enum PoolState {
    Live,
    Draining,
    Closed,
}

impl BufferPool {
    pub fn acquire(&mut self) -> Option<u32> {
        let id = self.free.pop()?;
        self.outstanding += 1;
        Some(id)
    }

    pub fn release(&mut self, id: u32) {
        self.free.push(id);
        self.outstanding -= 1;
    }
}

impl Drop for BufferPool {
    fn drop(&mut self) {
        assert_eq!(self.outstanding, 0, "buffers still in flight at shutdown"); // expect: panic-in-drop
        match self.state {
            PoolState::Live | PoolState::Draining => self.free.clear(),
            PoolState::Closed => unreachable!("pool closed twice"), // expect: panic-in-drop
        }
    }
}
