//! Level generation and effects for a Bevy dungeon crawler.

use bevy::prelude::*;
use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64;

#[derive(Resource)]
pub struct LevelSeed(pub u64);

#[derive(Component)]
pub struct Spark {
    pub life: f32,
}

#[derive(Resource)]
pub struct FxRng(pub nanorand::WyRand);

/// Same seed, same dungeon: players share seeds to race the same map.
pub fn generate_rooms(seed: Res<LevelSeed>, mut commands: Commands) {
    let mut rng = Pcg64::seed_from_u64(seed.0);
    let rooms = rng.gen_range(6..12);
    for i in 0..rooms {
        let w = rng.gen_range(4..10) as f32;
        let h = rng.gen_range(4..8) as f32;
        let x = (i as f32) * 12.0 + rng.gen_range(-2.0..2.0);
        commands.spawn(SpriteBundle {
            transform: Transform::from_xyz(x, 0.0, 0.0).with_scale(Vec3::new(w, h, 1.0)),
            ..default()
        });
    }
}

/// Torch sparks: purely cosmetic.
pub fn spawn_sparks(mut fx: ResMut<FxRng>, mut commands: Commands) {
    use nanorand::Rng as _;
    let n = fx.0.generate_range(1u32..4);
    for _ in 0..n {
        let life = fx.0.generate_range(20u32..60) as f32 / 100.0;
        commands.spawn(Spark { life });
    }
}
