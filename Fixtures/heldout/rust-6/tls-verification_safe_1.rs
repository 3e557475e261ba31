use std::time::Duration;

use isahc::config::{CaCertificate, Configurable};
use isahc::{HttpClient, ReadResponseExt};

pub struct InventoryClient {
    http: HttpClient,
    base: String,
}

impl InventoryClient {
    pub fn new(base: &str, ca_path: &str) -> Result<Self, isahc::Error> {
        let http = HttpClient::builder()
            .timeout(Duration::from_secs(10))
            .ssl_ca_certificate(CaCertificate::file(ca_path))
            .build()?;
        Ok(Self { http, base: base.trim_end_matches('/').to_string() })
    }

    pub fn stock(&self, sku: &str) -> Result<String, isahc::Error> {
        let mut resp = self.http.get(format!("{}/stock/{}", self.base, sku))?;
        Ok(resp.text()?)
    }
}

pub fn fetch_label(url: &str, ca_der: &[u8]) -> attohttpc::Result<Vec<u8>> {
    let cert = native_tls::Certificate::from_der(ca_der)?;
    attohttpc::get(url)
        .add_root_certificate(cert)
        .danger_accept_invalid_certs(false)
        .timeout(Duration::from_secs(5))
        .send()?
        .bytes()
}
