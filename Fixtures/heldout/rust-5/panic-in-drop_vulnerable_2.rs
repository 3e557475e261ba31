//! Mapped staging buffers for the wgpu upload path.

use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MapState {
    Unmapped,
    Mapped,
    Pending,
}

pub struct StagingBuffer {
    buffer: Arc<wgpu::Buffer>,
    state: MapState,
    label: &'static str,
}

impl StagingBuffer {
    pub fn new(buffer: Arc<wgpu::Buffer>, label: &'static str) -> Self {
        StagingBuffer { buffer, state: MapState::Unmapped, label }
    }

    pub fn mark_mapped(&mut self) {
        self.state = MapState::Mapped;
    }

    pub fn finish(&mut self) {
        self.buffer.unmap();
        self.state = MapState::Unmapped;
    }
}

impl Drop for StagingBuffer {
    fn drop(&mut self) {
        assert_ne!(self.state, MapState::Pending, "staging buffer {} dropped with a map request in flight", self.label); // expect: panic-in-drop
        if self.state == MapState::Mapped {
            panic!("staging buffer {} dropped while mapped", self.label); // expect: panic-in-drop
        }
    }
}
