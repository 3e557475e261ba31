use eframe::egui;
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

struct Spark {
    pos: egui::Pos2,
    vel: egui::Vec2,
}

pub struct Fireworks {
    rng: SmallRng,
    sparks: Vec<Spark>,
}

impl Fireworks {
    pub fn new() -> Self {
        Fireworks { rng: SmallRng::seed_from_u64(7), sparks: Vec::new() }
    }

    pub fn burst(&mut self, at: egui::Pos2) {
        for _ in 0..64 {
            let angle = self.rng.gen_range(0.0..std::f32::consts::TAU);
            let speed = self.rng.gen_range(40.0..120.0);
            self.sparks.push(Spark { pos: at, vel: egui::vec2(angle.cos(), angle.sin()) * speed });
        }
    }

    pub fn paint(&mut self, ui: &mut egui::Ui, dt: f32) {
        let painter = ui.painter();
        for s in &mut self.sparks {
            s.pos += s.vel * dt;
            painter.circle_filled(s.pos, 2.0, egui::Color32::GOLD);
        }
    }
}
