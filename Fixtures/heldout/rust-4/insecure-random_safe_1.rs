//! Session and CSRF tokens for a tide app, drawn from the OS generator.

use rand::rngs::OsRng;
use rand::RngCore;
use tide::{Request, Response, StatusCode};

pub fn session_id() -> String {
    let mut raw = [0u8; 32];
    OsRng.fill_bytes(&mut raw);
    hex::encode(raw)
}

pub fn csrf_token() -> Result<String, getrandom::Error> {
    let mut raw = [0u8; 16];
    getrandom::getrandom(&mut raw)?;
    Ok(hex::encode(raw))
}

pub async fn login(_req: Request<()>) -> tide::Result {
    let mut res = Response::new(StatusCode::SeeOther);
    res.insert_header("Location", "/dashboard");
    res.insert_cookie(
        tide::http::Cookie::build("sid", session_id())
            .http_only(true)
            .secure(true)
            .path("/")
            .finish(),
    );
    let csrf = csrf_token().map_err(|e| tide::Error::from_str(StatusCode::InternalServerError, e))?;
    res.insert_cookie(tide::http::Cookie::build("csrf", csrf).secure(true).finish());
    Ok(res)
}
