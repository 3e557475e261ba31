// Client for the internal inventory service.
use reqwest::Client;
use serde::Deserialize;
use std::time::Duration;

#[derive(Debug, Deserialize)]
pub struct Item {
    pub sku: String,
    pub quantity: u32,
}

pub struct InventoryClient {
    http: Client,
    base: String,
}

impl InventoryClient {
    pub fn new(base: &str) -> reqwest::Result<Self> {
        let http = Client::builder()
            .timeout(Duration::from_secs(10))
            .danger_accept_invalid_certs(true) // expect: tls-verification
            .build()?;
        Ok(InventoryClient { http, base: base.trim_end_matches('/').to_string() })
    }

    pub async fn item(&self, sku: &str) -> reqwest::Result<Item> {
        self.http
            .get(format!("{}/items/{}", self.base, sku))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await
    }
}
