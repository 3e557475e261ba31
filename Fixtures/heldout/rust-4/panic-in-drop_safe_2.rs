//! Scoped render pass recorder; invariants are checked where a panic is safe.

use std::sync::atomic::{AtomicU32, Ordering};

pub static UNBALANCED_PASSES: AtomicU32 = AtomicU32::new(0);

pub struct Encoder {
    commands: Vec<&'static str>,
    open_passes: u32,
}

pub struct RenderPass<'e> {
    encoder: &'e mut Encoder,
    depth: u32,
}

impl Encoder {
    pub fn begin(&mut self) -> RenderPass<'_> {
        self.open_passes += 1;
        self.commands.push("begin");
        let depth = self.open_passes;
        RenderPass { encoder: self, depth }
    }

    pub fn finish(self) -> Vec<&'static str> {
        assert_eq!(self.open_passes, 0, "finish() with open render passes");
        self.commands
    }
}

impl RenderPass<'_> {
    pub fn draw(&mut self, vertices: u32) {
        if vertices % 3 != 0 {
            panic!("triangle lists need a multiple of 3 vertices, got {vertices}");
        }
        self.encoder.commands.push("draw");
    }
}

impl Drop for RenderPass<'_> {
    fn drop(&mut self) {
        if self.encoder.open_passes != self.depth {
            UNBALANCED_PASSES.fetch_add(1, Ordering::Relaxed);
        }
        self.encoder.open_passes = self.encoder.open_passes.saturating_sub(1);
        self.encoder.commands.push("end");
    }
}
