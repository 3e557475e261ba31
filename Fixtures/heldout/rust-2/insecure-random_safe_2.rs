use rand::seq::SliceRandom;
use rand::Rng;
use std::time::Duration;

pub struct Playlist {
    tracks: Vec<String>,
}

impl Playlist {
    pub fn new(tracks: Vec<String>) -> Self {
        Playlist { tracks }
    }

    /// Shuffle play: a new random order each time the button is pressed.
    pub fn shuffled(&self) -> Vec<String> {
        let mut order = self.tracks.clone();
        order.shuffle(&mut rand::thread_rng());
        order
    }
}

/// Exponential backoff with full jitter for reconnecting to the streaming server.
pub fn backoff(attempt: u32) -> Duration {
    let cap_ms = 30_000u64.min(250u64 << attempt.min(7));
    Duration::from_millis(rand::thread_rng().gen_range(0..=cap_ms))
}

/// Party mode: roll two dice to pick the next genre.
pub fn roll_two() -> (u8, u8) {
    let mut rng = rand::thread_rng();
    (rng.gen_range(1..=6), rng.gen_range(1..=6))
}
