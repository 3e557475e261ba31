use futures_util::StreamExt;
use lapin::options::{BasicAckOptions, BasicConsumeOptions};
use lapin::types::FieldTable;
use lapin::{Connection, ConnectionProperties};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, DbBackend, Statement};
use serde::Deserialize;

#[derive(Deserialize)]
struct PriceChange {
    sku: String,
    region: String,
    cents: i64,
}

async fn apply(db: &DatabaseConnection, change: &PriceChange) -> Result<u64, sea_orm::DbErr> {
    let sql = format!(
        "UPDATE prices SET cents = {} WHERE sku = '{}' AND region = '{}'",
        change.cents, change.sku, change.region
    );
    let res = db.execute(Statement::from_string(DbBackend::Postgres, sql)).await?; // expect: sql-injection
    Ok(res.rows_affected())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let db = Database::connect(std::env::var("DATABASE_URL")?).await?;
    let amqp = Connection::connect("amqp://127.0.0.1:5672/%2f", ConnectionProperties::default()).await?;
    let channel = amqp.create_channel().await?;
    let mut consumer = channel
        .basic_consume("price-changes", "pricer", BasicConsumeOptions::default(), FieldTable::default())
        .await?;
    while let Some(delivery) = consumer.next().await {
        let delivery = delivery?;
        match serde_json::from_slice::<PriceChange>(&delivery.data) {
            Ok(change) => {
                let n = apply(&db, &change).await?;
                println!("{} row(s) repriced for {}", n, change.sku);
            }
            Err(err) => eprintln!("bad message: {err}"),
        }
        delivery.ack(BasicAckOptions::default()).await?;
    }
    Ok(())
}
