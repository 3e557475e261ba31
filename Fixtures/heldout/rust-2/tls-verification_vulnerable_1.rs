use reqwest::blocking::Client;
use serde::Deserialize;
use std::time::Duration;

/// Pulls the device inventory from the on-prem controller (self-signed cert on the appliance).
#[derive(Deserialize)]
pub struct Device {
    pub mac: String,
    pub name: String,
    pub online: bool,
}

pub fn controller_client() -> reqwest::Result<Client> {
    Client::builder()
        .timeout(Duration::from_secs(10))
        .danger_accept_invalid_certs(true) // expect: tls-verification
        .build()
}

pub fn legacy_client() -> reqwest::Result<Client> {
    Client::builder()
        .danger_accept_invalid_hostnames(true) // expect: tls-verification
        .build()
}

pub fn devices(base: &str, token: &str) -> reqwest::Result<Vec<Device>> {
    controller_client()?
        .get(format!("{base}/api/v2/devices"))
        .bearer_auth(token)
        .send()?
        .error_for_status()?
        .json()
}
