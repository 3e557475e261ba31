use isahc::config::{Configurable, SslOption};
use isahc::{HttpClient, ReadResponseExt};
use serde::Deserialize;

#[derive(Deserialize)]
struct Reading {
    sensor: String,
    celsius: f32,
}

pub struct Gateway {
    client: HttpClient,
    base: String,
}

impl Gateway {
    /// The greenhouse gateway ships with a self-signed certificate.
    pub fn new(base: &str) -> Result<Self, isahc::Error> {
        let client = HttpClient::builder()
            .ssl_options(SslOption::DANGER_ACCEPT_INVALID_CERTS | SslOption::DANGER_ACCEPT_INVALID_HOSTS) // expect: tls-verification
            .build()?;
        Ok(Gateway {
            client,
            base: base.trim_end_matches('/').to_string(),
        })
    }

    pub fn readings(&self) -> Result<Vec<(String, f32)>, Box<dyn std::error::Error>> {
        let mut resp = self.client.get(format!("{}/api/readings", self.base))?;
        let list: Vec<Reading> = resp.json()?;
        Ok(list.into_iter().map(|r| (r.sensor, r.celsius)).collect())
    }
}
