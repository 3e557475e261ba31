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
        assert_eq!(self.state, MapState::Pending, "map callback without a request");
        self.state = MapState::Mapped;
    }

    pub fn finish(&mut self) {
        if self.state == MapState::Pending {
            panic!("finish() called on {} before the map request completed", self.label);
        }
        self.buffer.unmap();
        self.state = MapState::Unmapped;
    }
}

impl Drop for StagingBuffer {
    fn drop(&mut self) {
        match self.state {
            MapState::Unmapped => {}
            MapState::Mapped => {
                log::warn!("staging buffer {} dropped while mapped; unmapping", self.label);
                self.buffer.unmap();
            }
            MapState::Pending => {
                log::warn!("staging buffer {} dropped with a map request in flight", self.label);
            }
        }
    }
}
