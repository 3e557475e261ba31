//! Home-lab dashboard: polls the NAS and the router, both with self-signed certificates.
use reqwest::Client;
use serde::Deserialize;
use std::time::Duration;

#[derive(Deserialize)]
pub struct NasStatus {
    pub volumes_ok: bool,
    pub temperature_c: f32,
}

pub fn lab_client() -> reqwest::Result<Client> {
    Client::builder()
        .timeout(Duration::from_secs(5))
        .danger_accept_invalid_certs(true) // expect: tls-verification
        .build()
}

pub fn router_client() -> reqwest::Result<Client> {
    Client::builder()
        .danger_accept_invalid_hostnames(true) // expect: tls-verification
        .user_agent("labdash/0.3")
        .build()
}

pub async fn nas_status(client: &Client, host: &str) -> reqwest::Result<NasStatus> {
    client
        .get(format!("https://{host}:5001/api/status"))
        .send()
        .await?
        .error_for_status()?
        .json::<NasStatus>()
        .await
}
