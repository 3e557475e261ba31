use rand::distributions::Alphanumeric;
use rand::Rng;

pub fn new_session_token() -> String {
    rand::thread_rng()
        .sample_iter(&Alphanumeric) // expect: insecure-random
        .take(32)
        .map(char::from)
        .collect()
}

pub fn password_reset_code() -> u32 {
    let reset_code: u32 = rand::random(); // expect: insecure-random
    reset_code % 1_000_000
}
