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
        assert!(!self.recording, "begin called twice");
        self.recording = true;
        self.in_flight += 1;
    }

    pub fn finished(&mut self) {
        assert_eq!(self.recording, true, "finished without begin");
        self.recording = false;
        self.in_flight = self.in_flight.saturating_sub(1);
    }
}

impl Drop for CommandPool {
    fn drop(&mut self) {
        if self.in_flight != 0 || self.recording {
            log::error!("command pool dropped with {} buffers in flight; waiting for idle", self.in_flight);
            // SAFETY: the device handle is valid for the pool's lifetime; waiting has no other precondition.
            if let Err(e) = unsafe { self.device.device_wait_idle() } {
                log::error!("device_wait_idle failed: {e:?}");
            }
        }
        // SAFETY: the device is idle or nothing is pending, and the pool was created from `device`.
        unsafe { self.device.destroy_command_pool(self.pool, None) };
    }
}
