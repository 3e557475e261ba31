use rand::distributions::{Alphanumeric, DistString};
use rand::rngs::OsRng;
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
        let id = Alphanumeric.sample_string(&mut OsRng, 32);
        self.sessions.insert(id.clone(), Session { user_id, expires: Instant::now() + Duration::from_secs(3600) });
        id
    }

    pub fn start_password_reset(&mut self, user_id: u64) -> u32 {
        let code = OsRng.gen_range(100_000..1_000_000);
        self.reset_codes.insert(user_id, code);
        code
    }
}
