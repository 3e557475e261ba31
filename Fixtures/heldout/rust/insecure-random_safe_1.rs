// Session and CSRF token generation for the web app.
use rand::distributions::{Alphanumeric, DistString};
use rand::rngs::OsRng;
use rand::RngCore;
use std::collections::HashMap;
use std::time::{Duration, SystemTime};

pub struct Session {
    pub user_id: i64,
    pub csrf: String,
    pub expires: SystemTime,
}

pub struct SessionStore {
    sessions: HashMap<String, Session>,
}

impl SessionStore {
    pub fn new() -> Self {
        SessionStore { sessions: HashMap::new() }
    }

    pub fn create(&mut self, user_id: i64) -> String {
        let id = Alphanumeric.sample_string(&mut OsRng, 32);
        let mut csrf = [0u8; 16];
        OsRng.fill_bytes(&mut csrf);
        let session = Session {
            user_id,
            csrf: hex::encode(csrf),
            expires: SystemTime::now() + Duration::from_secs(3600),
        };
        self.sessions.insert(id.clone(), session);
        id
    }

    pub fn get(&self, id: &str) -> Option<&Session> {
        self.sessions.get(id).filter(|s| s.expires > SystemTime::now())
    }
}
