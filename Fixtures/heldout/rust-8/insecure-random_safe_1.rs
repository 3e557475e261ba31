use rand::rngs::OsRng;
use rand::Rng;
use rouille::{Request, Response};
use std::collections::HashMap;
use std::sync::Mutex;

const TOKEN_CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

pub struct ResetDesk {
    pending: Mutex<HashMap<String, String>>,
}

impl ResetDesk {
    pub fn new() -> Self {
        ResetDesk { pending: Mutex::new(HashMap::new()) }
    }

    fn reset_token(&self, len: usize) -> String {
        (0..len).map(|_| TOKEN_CHARS[OsRng.gen_range(0..TOKEN_CHARS.len())] as char).collect()
    }

    pub fn handle(&self, req: &Request) -> Response {
        let email = match req.get_param("email") {
            Some(e) => e,
            None => return Response::text("missing email").with_status_code(400),
        };
        let token = self.reset_token(32);
        let session: u64 = OsRng.gen();
        if let Ok(mut pending) = self.pending.lock() {
            pending.insert(token.clone(), email);
        }
        Response::text("reset link sent").with_additional_header("X-Reset-Session", format!("{:x}", session))
    }
}
