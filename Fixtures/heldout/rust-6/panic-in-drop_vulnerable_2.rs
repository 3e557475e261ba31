use ash::vk;

pub struct CommandPool {
    device: ash::Device,
    pool: vk::CommandPool,
    in_flight: usize,
    recording: bool,
}

impl CommandPool {
    pub fn new(device: ash::Device, pool: vk::CommandPool) -> Self {
        Self { device, pool, in_flight: 0, recording: false }
    }

    pub fn begin(&mut self) {
        self.recording = true;
        self.in_flight += 1;
    }

    pub fn finished(&mut self) {
        self.recording = false;
        self.in_flight = self.in_flight.saturating_sub(1);
    }
}

impl Drop for CommandPool {
    fn drop(&mut self) {
        assert_eq!(self.in_flight, 0, "command pool dropped with buffers in flight"); // expect: panic-in-drop
        if self.recording {
            unreachable!("command pool dropped while recording"); // expect: panic-in-drop
        }
        // SAFETY: no command buffer of this pool is pending (checked above) and the pool was created from `device`.
        unsafe { self.device.destroy_command_pool(self.pool, None) };
    }
}
