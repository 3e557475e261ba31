use std::time::Duration;

use isahc::config::{Configurable, SslOption};
use isahc::{HttpClient, ReadResponseExt};

pub struct InventoryClient {
    http: HttpClient,
    base: String,
}

impl InventoryClient {
    pub fn new(base: &str) -> Result<Self, isahc::Error> {
        let http = HttpClient::builder()
            .timeout(Duration::from_secs(10))
            .ssl_options(SslOption::DANGER_ACCEPT_INVALID_CERTS | SslOption::DANGER_ACCEPT_INVALID_HOSTS) // expect: tls-verification
            .build()?;
        Ok(Self { http, base: base.trim_end_matches('/').to_string() })
    }

    pub fn stock(&self, sku: &str) -> Result<String, isahc::Error> {
        let mut resp = self.http.get(format!("{}/stock/{}", self.base, sku))?;
        Ok(resp.text()?)
    }
}

pub fn fetch_label(url: &str) -> attohttpc::Result<Vec<u8>> {
    attohttpc::get(url)
        .danger_accept_invalid_certs(true) // expect: tls-verification
        .timeout(Duration::from_secs(5))
        .send()?
        .bytes()
}
