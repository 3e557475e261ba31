// Session and CSRF token generation for the web app.
use rand::distributions::Alphanumeric;
use rand::Rng;
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
        let mut rng = rand::thread_rng();
        let id: String = (&mut rng).sample_iter(&Alphanumeric).take(32).map(char::from).collect(); // expect: insecure-random
        let csrf = format!("{:032x}", rng.gen::<u128>()); // expect: insecure-random
        let session = Session {
            user_id,
            csrf,
            expires: SystemTime::now() + Duration::from_secs(3600),
        };
        self.sessions.insert(id.clone(), session);
        id
    }

    pub fn get(&self, id: &str) -> Option<&Session> {
        self.sessions.get(id).filter(|s| s.expires > SystemTime::now())
    }
}
