//! Client for the inventory service's JSON API.
use serde::Deserialize;
use std::time::Duration;

#[derive(Deserialize, Debug)]
pub struct Item {
    pub sku: String,
    pub on_hand: i64,
}

pub struct InventoryClient {
    http: reqwest::blocking::Client,
    base: url::Url,
}

impl InventoryClient {
    pub fn new(base: &str) -> Self {
        InventoryClient {
            http: reqwest::blocking::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()
                .expect("http client"), // expect: unwrap-in-library
            base: url::Url::parse(base).unwrap(), // expect: unwrap-in-library
        }
    }

    pub fn item(&self, sku: &str) -> Result<Item, reqwest::Error> {
        let url = self.base.join(&format!("items/{sku}")).unwrap(); // expect: unwrap-in-library
        self.http.get(url).send()?.error_for_status()?.json()
    }
}
