use std::time::{SystemTime, UNIX_EPOCH};

use bevy::prelude::*;
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

#[derive(Resource)]
struct LanLobby {
    join_password: String,
    host_secret: u64,
}

fn clock_seed() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(7)
}

fn open_lobby(mut commands: Commands) {
    let mut rng = SmallRng::seed_from_u64(clock_seed());
    let join_password: String = (0..6)
        .map(|_| char::from(b'A' + rng.gen_range(0..26u8))) // expect: insecure-random
        .collect();
    let host_secret = rng.gen::<u64>(); // expect: insecure-random
    info!("lobby open, password {join_password}");
    commands.insert_resource(LanLobby {
        join_password,
        host_secret,
    });
}

fn show_password(lobby: Res<LanLobby>, mut text: Query<&mut Text, With<Node>>) {
    for mut t in &mut text {
        t.sections[0].value = format!("Join code: {}", lobby.join_password);
    }
    debug!("host secret set: {}", lobby.host_secret != 0);
}

fn main() {
    App::new()
        .add_plugins(DefaultPlugins)
        .add_systems(Startup, open_lobby)
        .add_systems(Update, show_password)
        .run();
}
