//! Invite links for a team chat (axum handler).
use axum::{extract::State, Json};
use rand::Rng;
use serde::Serialize;
use std::sync::Arc;

pub struct AppState {
    pub invites: crate::store::InviteStore,
}

#[derive(Serialize)]
pub struct Invite {
    code: String,
    url: String,
}

const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyz23456789";

fn invite_code(len: usize) -> String {
    (0..len)
        .map(|_| ALPHABET[fastrand::usize(..ALPHABET.len())] as char) // expect: insecure-random
        .collect()
}

pub async fn create_invite(State(state): State<Arc<AppState>>) -> Json<Invite> {
    let code = invite_code(10);
    let secret: u64 = rand::thread_rng().gen(); // expect: insecure-random
    state.invites.insert(&code, secret).await;
    Json(Invite { url: format!("https://chat.example.com/join/{code}?s={secret:x}"), code })
}
