//! Account recovery server functions of the Leptos front end.

use leptos::*;
use rand::distributions::{Distribution, Uniform};
use ring::rand::{SecureRandom, SystemRandom};

#[cfg(feature = "ssr")]
use crate::db::{store_email_code, store_reset_token, user_by_email};

fn reset_token() -> Result<String, ServerFnError> {
    let mut buf = [0u8; 32];
    SystemRandom::new()
        .fill(&mut buf)
        .map_err(|_| ServerFnError::new("no entropy"))?;
    Ok(buf.iter().map(|b| format!("{b:02x}")).collect())
}

#[server(RequestReset, "/api")]
pub async fn request_reset(email: String) -> Result<(), ServerFnError> {
    let user = user_by_email(&email).await?;
    let token = reset_token()?;
    store_reset_token(user.id, &token).await?;
    crate::mail::send_reset_link(&email, &token).await?;
    Ok(())
}

#[server(SendLoginCode, "/api")]
pub async fn send_login_code(email: String) -> Result<(), ServerFnError> {
    let user = user_by_email(&email).await?;
    // ThreadRng is a CSPRNG (ChaCha12, reseeded from the OS).
    let mut rng = rand::thread_rng();
    let code = Uniform::new_inclusive(100_000u32, 999_999).sample(&mut rng);
    store_email_code(user.id, code).await?;
    crate::mail::send_code(&email, code).await?;
    Ok(())
}
