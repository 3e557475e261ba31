use bevy::prelude::*;
use rand::Rng;

#[derive(Component)]
struct Spark {
    velocity: Vec2,
    life: f32,
}

fn spawn_sparks(mut commands: Commands, keys: Res<ButtonInput<KeyCode>>) {
    if !keys.just_pressed(KeyCode::Space) {
        return;
    }
    let mut rng = rand::thread_rng();
    for _ in 0..40 {
        let angle = rng.gen_range(0.0..std::f32::consts::TAU);
        let speed = rng.gen_range(40.0..160.0);
        commands.spawn((
            SpriteBundle::default(),
            Spark {
                velocity: Vec2::from_angle(angle) * speed,
                life: rng.gen_range(0.4..1.2),
            },
        ));
    }
}

fn move_sparks(
    mut commands: Commands,
    time: Res<Time>,
    mut q: Query<(Entity, &mut Transform, &mut Spark)>,
) {
    for (e, mut tf, mut spark) in &mut q {
        tf.translation += (spark.velocity * time.delta_seconds()).extend(0.0);
        spark.life -= time.delta_seconds();
        if spark.life <= 0.0 {
            commands.entity(e).despawn();
        }
    }
}

fn main() {
    App::new()
        .add_plugins(DefaultPlugins)
        .add_systems(Update, (spawn_sparks, move_sparks))
        .run();
}
