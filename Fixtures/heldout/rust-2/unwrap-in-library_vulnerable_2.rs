use chrono::{DateTime, Utc};
use tokio_postgres::{Client, Row};

pub struct Shipment {
    pub id: i64,
    pub carrier: String,
    pub shipped_at: DateTime<Utc>,
    pub weight_grams: u32,
}

impl From<&Row> for Shipment {
    fn from(row: &Row) -> Self {
        let weight: i32 = row.get("weight_grams");
        Shipment {
            id: row.get("id"),
            carrier: row.get("carrier"),
            shipped_at: row.get("shipped_at"),
            weight_grams: u32::try_from(weight).expect("negative weight in database"), // expect: unwrap-in-library
        }
    }
}

pub struct ShipmentRepo<'a> {
    client: &'a Client,
}

impl<'a> ShipmentRepo<'a> {
    pub fn new(client: &'a Client) -> Self {
        ShipmentRepo { client }
    }

    pub async fn latest(&self, carrier: &str) -> Shipment {
        let row = self
            .client
            .query_opt("SELECT id, carrier, shipped_at, weight_grams FROM shipments WHERE carrier = $1 ORDER BY shipped_at DESC LIMIT 1", &[&carrier])
            .await
            .unwrap() // expect: unwrap-in-library
            .expect("no shipment for carrier"); // expect: unwrap-in-library
        Shipment::from(&row)
    }
}
