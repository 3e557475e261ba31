use reqwest::{Certificate, Client};

pub fn internal_client(ca_pem: &[u8]) -> reqwest::Result<Client> {
    Client::builder()
        .add_root_certificate(Certificate::from_pem(ca_pem)?)
        .danger_accept_invalid_certs(false)
        .build()
}
