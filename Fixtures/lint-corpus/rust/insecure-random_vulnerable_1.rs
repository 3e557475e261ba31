use rand::distributions::Alphanumeric;
use rand::Rng;

pub fn new_session_token() -> String {
    rand::thread_rng() // expect: insecure-random
        .sample_iter(&Alphanumeric)
        .take(32)
        .map(char::from)
        .collect()
}

pub fn password_reset_code() -> u32 {
    let reset_code: u32 = rand::random(); // expect: insecure-random
    reset_code % 1_000_000
}
