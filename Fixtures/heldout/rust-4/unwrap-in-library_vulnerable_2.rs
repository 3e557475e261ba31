//! Request helpers shared by the poem services.

use poem::http::HeaderMap;
use serde::Serialize;
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Serialize)]
pub struct AuditEvent<'a> {
    pub actor: &'a str,
    pub action: &'a str,
    pub at: u64,
}

pub fn tenant(headers: &HeaderMap) -> &str {
    headers.get("x-tenant").unwrap().to_str().unwrap() // expect: unwrap-in-library
}

pub fn page_size(headers: &HeaderMap) -> u16 {
    match headers.get("x-page-size") {
        Some(v) => v.to_str().ok().and_then(|s| s.parse().ok()).unwrap_or(50),
        None => 50,
    }
}

pub fn audit_line(actor: &str, action: &str) -> String {
    let at = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock before 1970") // expect: unwrap-in-library
        .as_secs();
    serde_json::to_string(&AuditEvent { actor, action, at }).unwrap() // expect: unwrap-in-library
}
