use rand::rngs::OsRng;
use rand::seq::SliceRandom;
use rand::RngCore;

pub fn new_session_token() -> [u8; 32] {
    let mut token = [0u8; 32];
    OsRng.fill_bytes(&mut token);
    token
}

pub fn shuffle_playlist(songs: &mut Vec<String>) {
    songs.shuffle(&mut rand::thread_rng());
}
