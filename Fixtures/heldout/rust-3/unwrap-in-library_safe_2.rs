//! Client for the inventory service's JSON API; construction is fallible.
use serde::Deserialize;
use std::time::Duration;

#[derive(Debug)]
pub enum ClientError {
    Http(reqwest::Error),
    Url(url::ParseError),
}

impl From<reqwest::Error> for ClientError {
    fn from(e: reqwest::Error) -> Self {
        ClientError::Http(e)
    }
}

impl From<url::ParseError> for ClientError {
    fn from(e: url::ParseError) -> Self {
        ClientError::Url(e)
    }
}

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
    pub fn new(base: &str) -> Result<Self, ClientError> {
        let http = reqwest::blocking::Client::builder().timeout(Duration::from_secs(10)).build()?;
        Ok(InventoryClient { http, base: url::Url::parse(base)? })
    }

    pub fn item(&self, sku: &str) -> Result<Item, ClientError> {
        let url = self.base.join(&format!("items/{sku}"))?;
        Ok(self.http.get(url).send()?.error_for_status()?.json()?)
    }

    pub fn on_hand_or_zero(&self, sku: &str) -> i64 {
        self.item(sku).map(|i| i.on_hand).unwrap_or(0)
    }
}
