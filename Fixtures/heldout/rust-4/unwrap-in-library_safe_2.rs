//! Request helpers shared by the poem services.

use poem::http::{HeaderMap, StatusCode};
use poem::Error;
use serde::Serialize;
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Serialize)]
pub struct AuditEvent<'a> {
    pub actor: &'a str,
    pub action: &'a str,
    pub at: u64,
}

pub fn tenant(headers: &HeaderMap) -> Result<&str, Error> {
    headers
        .get("x-tenant")
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| Error::from_string("missing x-tenant", StatusCode::BAD_REQUEST))
}

pub fn page_size(headers: &HeaderMap) -> u16 {
    headers
        .get("x-page-size")
        .and_then(|v| v.to_str().ok())
        .and_then(|s| s.parse().ok())
        .map_or(50, |n: u16| n.clamp(1, 500))
}

pub fn audit_line(actor: &str, action: &str) -> Result<String, serde_json::Error> {
    let at = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    serde_json::to_string(&AuditEvent { actor, action, at })
}
