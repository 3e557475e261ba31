//! Home-lab dashboard: the lab CA is added as a root; verification stays on.
use reqwest::{Certificate, Client};
use std::time::Duration;

pub fn lab_client(ca_pem: &[u8]) -> reqwest::Result<Client> {
    let ca = Certificate::from_pem(ca_pem)?;
    Client::builder()
        .timeout(Duration::from_secs(5))
        .add_root_certificate(ca)
        .min_tls_version(reqwest::tls::Version::TLS_1_2)
        .danger_accept_invalid_certs(false)
        .build()
}

pub fn public_client() -> reqwest::Result<Client> {
    Client::builder().https_only(true).tls_built_in_root_certs(true).build()
}
