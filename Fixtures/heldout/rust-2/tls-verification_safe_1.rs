use reqwest::blocking::Client;
use reqwest::Certificate;
use serde::Deserialize;
use std::time::Duration;

/// Pulls the device inventory from the on-prem controller, trusting the appliance's own CA.
#[derive(Deserialize)]
pub struct Device {
    pub mac: String,
    pub name: String,
    pub online: bool,
}

pub fn controller_client(ca_pem: &[u8]) -> reqwest::Result<Client> {
    Client::builder()
        .timeout(Duration::from_secs(10))
        .add_root_certificate(Certificate::from_pem(ca_pem)?)
        .danger_accept_invalid_certs(false)
        .min_tls_version(reqwest::tls::Version::TLS_1_2)
        .build()
}

pub fn devices(client: &Client, base: &str, token: &str) -> reqwest::Result<Vec<Device>> {
    client
        .get(format!("{base}/api/v2/devices"))
        .bearer_auth(token)
        .send()?
        .error_for_status()?
        .json()
}
