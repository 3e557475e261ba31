use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use rouille::{Request, Response};
use std::collections::HashMap;
use std::sync::Mutex;

const TOKEN_CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

pub struct ResetDesk {
    rng: Mutex<SmallRng>,
    pending: Mutex<HashMap<String, String>>,
}

impl ResetDesk {
    pub fn new() -> Self {
        ResetDesk { rng: Mutex::new(SmallRng::from_entropy()), pending: Mutex::new(HashMap::new()) }
    }

    fn reset_token(&self, len: usize) -> String {
        let mut rng = match self.rng.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        (0..len).map(|_| TOKEN_CHARS[rng.gen_range(0..TOKEN_CHARS.len())] as char).collect() // expect: insecure-random
    }

    pub fn handle(&self, req: &Request) -> Response {
        let email = match req.get_param("email") {
            Some(e) => e,
            None => return Response::text("missing email").with_status_code(400),
        };
        let token = self.reset_token(32);
        let session = fastrand::u64(..); // expect: insecure-random
        if let Ok(mut pending) = self.pending.lock() {
            pending.insert(token.clone(), email);
        }
        Response::text(format!("reset link sent")).with_additional_header("X-Reset-Session", format!("{:x}", session))
    }
}
