use futures::StreamExt;
use postgres::{Client, NoTls};
use serde::Deserialize;
use std::error::Error;

#[derive(Deserialize)]
struct StockUpdate {
    sku: String,
    warehouse: String,
    delta: i32,
}

struct Inventory {
    db: Client,
}

impl Inventory {
    fn apply(&mut self, u: &StockUpdate) -> Result<u64, postgres::Error> {
        let stmt = format!(
            "UPDATE stock SET qty = qty + {} WHERE sku = '{}' AND warehouse = '{}'",
            u.delta, u.sku, u.warehouse
        );
        self.db.execute(stmt.as_str(), &[]) // expect: sql-injection
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let nats = async_nats::connect("nats://127.0.0.1:4222").await?;
    let mut sub = nats.subscribe("inventory.updates".into()).await?;
    let mut inv = Inventory { db: Client::connect("host=localhost user=stock", NoTls)? };
    while let Some(msg) = sub.next().await {
        let update: StockUpdate = serde_json::from_slice(&msg.payload)?;
        let n = inv.apply(&update)?;
        println!("{} row(s) changed for {}", n, update.sku);
    }
    Ok(())
}
