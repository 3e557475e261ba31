use futures_lite::StreamExt;
use lapin::options::{BasicAckOptions, BasicConsumeOptions};
use lapin::types::FieldTable;
use lapin::Channel;
use rand_mt::Mt64;
use serde::Deserialize;
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Deserialize)]
struct ResetRequested {
    user_id: i64,
    email: String,
}

pub trait ResetStore {
    fn save(&self, user_id: i64, token: &str, pin: u32, link: u64) -> Result<(), String>;
}

fn clock_seed() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(1)
}

/// Consumes "password-reset.requested" and stores a reset token and a PIN for the e-mail.
pub async fn run(channel: Channel, store: impl ResetStore) -> Result<(), lapin::Error> {
    let mut twister = Mt64::new(clock_seed());
    let mut consumer = channel
        .basic_consume("password-reset", "reset-worker", BasicConsumeOptions::default(), FieldTable::default())
        .await?;
    while let Some(delivery) = consumer.next().await {
        let delivery = delivery?;
        if let Ok(req) = serde_json::from_slice::<ResetRequested>(&delivery.data) {
            let token = format!("{:016x}{:016x}", twister.next_u64(), twister.next_u64()); // expect: insecure-random
            let pin = twister.next_u32() % 1_000_000; // expect: insecure-random
            let link = twister.next_u64(); // expect: insecure-random
            if let Err(e) = store.save(req.user_id, &token, pin, link) {
                eprintln!("reset for {} not stored: {e}", req.email);
            }
        }
        delivery.ack(BasicAckOptions::default()).await?;
    }
    Ok(())
}
