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

const APPLY_DELTA: &str = "UPDATE stock SET qty = qty + $1 WHERE sku = $2 AND warehouse = $3";

impl Inventory {
    fn apply(&mut self, u: &StockUpdate) -> Result<u64, postgres::Error> {
        self.db.execute(APPLY_DELTA, &[&u.delta, &u.sku, &u.warehouse])
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
