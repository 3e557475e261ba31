//! Account recovery server functions of the Leptos front end.

use leptos::*;
use nanorand::{Rng, WyRand};

#[cfg(feature = "ssr")]
use crate::db::{store_email_code, store_reset_token, user_by_email};

fn reset_token() -> String {
    let mut rng = WyRand::new();
    let hi: u64 = rng.generate(); // expect: insecure-random
    let lo: u64 = rng.generate(); // expect: insecure-random
    format!("{hi:016x}{lo:016x}")
}

#[server(RequestReset, "/api")]
pub async fn request_reset(email: String) -> Result<(), ServerFnError> {
    let user = user_by_email(&email).await?;
    let token = reset_token();
    store_reset_token(user.id, &token).await?;
    crate::mail::send_reset_link(&email, &token).await?;
    Ok(())
}

#[server(SendLoginCode, "/api")]
pub async fn send_login_code(email: String) -> Result<(), ServerFnError> {
    let user = user_by_email(&email).await?;
    let code = WyRand::new().generate_range(100_000u32..=999_999); // expect: insecure-random
    store_email_code(user.id, code).await?;
    crate::mail::send_code(&email, code).await?;
    Ok(())
}
