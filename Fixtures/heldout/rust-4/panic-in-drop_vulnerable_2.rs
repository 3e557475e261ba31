//! Scoped render pass recorder for the 2D renderer.

pub struct Encoder {
    commands: Vec<Command>,
    open_passes: u32,
}

#[derive(Debug)]
pub enum Command {
    Begin { label: &'static str },
    Draw { vertices: u32 },
    End,
}

pub struct RenderPass<'e> {
    encoder: &'e mut Encoder,
    draws: u32,
    depth: u32,
}

impl Encoder {
    pub fn new() -> Self {
        Encoder { commands: Vec::new(), open_passes: 0 }
    }

    pub fn begin(&mut self, label: &'static str) -> RenderPass<'_> {
        self.open_passes += 1;
        self.commands.push(Command::Begin { label });
        let depth = self.open_passes;
        RenderPass { encoder: self, draws: 0, depth }
    }
}

impl RenderPass<'_> {
    pub fn draw(&mut self, vertices: u32) {
        assert!(vertices % 3 == 0, "triangle lists need a multiple of 3 vertices");
        self.draws += 1;
        self.encoder.commands.push(Command::Draw { vertices });
    }
}

impl Drop for RenderPass<'_> {
    fn drop(&mut self) {
        assert_eq!(self.encoder.open_passes, self.depth, "render passes closed out of order"); // expect: panic-in-drop
        if self.draws == 0 {
            panic!("empty render pass"); // expect: panic-in-drop
        }
        self.encoder.open_passes -= 1;
        self.encoder.commands.push(Command::End);
    }
}
