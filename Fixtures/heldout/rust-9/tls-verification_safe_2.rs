use isahc::config::{CaCertificate, Configurable, SslOption};
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
    /// The greenhouse gateway's certificate is signed by the site's own CA.
    pub fn new(base: &str, ca_pem: &str) -> Result<Self, isahc::Error> {
        let client = HttpClient::builder()
            .ssl_ca_certificate(CaCertificate::file(ca_pem))
            .ssl_options(SslOption::NONE)
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
