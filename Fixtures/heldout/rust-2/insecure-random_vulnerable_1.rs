use rand::distributions::Alphanumeric;
use rand::Rng;
use std::collections::HashMap;
use std::time::{Duration, Instant};

pub struct Session {
    pub user_id: u64,
    pub expires: Instant,
}

#[derive(Default)]
pub struct SessionStore {
    sessions: HashMap<String, Session>,
    reset_codes: HashMap<u64, u32>,
}

impl SessionStore {
    pub fn login(&mut self, user_id: u64) -> String {
        let id: String = rand::thread_rng()
            .sample_iter(&Alphanumeric) // expect: insecure-random
            .take(32)
            .map(char::from)
            .collect();
        self.sessions.insert(id.clone(), Session { user_id, expires: Instant::now() + Duration::from_secs(3600) });
        id
    }

    pub fn start_password_reset(&mut self, user_id: u64) -> u32 {
        let mut rng = rand::thread_rng();
        let code = rng.gen_range(100_000..1_000_000); // expect: insecure-random
        self.reset_codes.insert(user_id, code);
        code
    }
}
