//! Session and CSRF tokens for a tide app.

use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use std::sync::Mutex;
use tide::{Request, Response, StatusCode};

pub struct Tokens {
    rng: Mutex<SmallRng>,
}

impl Tokens {
    pub fn new() -> Self {
        Tokens { rng: Mutex::new(SmallRng::from_entropy()) }
    }

    pub fn session_id(&self) -> String {
        let mut rng = match self.rng.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        let raw: [u8; 16] = rng.gen(); // expect: insecure-random
        hex::encode(raw)
    }
}

pub fn csrf_token() -> String {
    format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..)) // expect: insecure-random
}

#[derive(Clone)]
pub struct State {
    pub tokens: std::sync::Arc<Tokens>,
}

pub async fn login(req: Request<State>) -> tide::Result {
    let sid = req.state().tokens.session_id();
    let mut res = Response::new(StatusCode::SeeOther);
    res.insert_header("Location", "/dashboard");
    res.insert_cookie(
        tide::http::Cookie::build("sid", sid)
            .http_only(true)
            .secure(true)
            .path("/")
            .finish(),
    );
    res.insert_cookie(tide::http::Cookie::build("csrf", csrf_token()).secure(true).finish());
    Ok(res)
}
