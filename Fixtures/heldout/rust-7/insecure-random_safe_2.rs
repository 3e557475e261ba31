use futures_lite::StreamExt;
use lapin::options::{BasicAckOptions, BasicConsumeOptions};
use lapin::types::FieldTable;
use lapin::Channel;
use rand::rngs::OsRng;
use rand::{Rng, RngCore};
use rand_mt::Mt64;
use serde::Deserialize;
use std::time::Duration;

#[derive(Deserialize)]
struct ResetRequested {
    user_id: i64,
    email: String,
}

pub trait ResetStore {
    fn save(&self, user_id: i64, token: &str, pin: u32, link: u64) -> Result<(), String>;
}

/// Consumes "password-reset.requested" and stores a reset token and a PIN for the e-mail.
pub async fn run(channel: Channel, store: impl ResetStore) -> Result<(), lapin::Error> {
    // Only spreads out the e-mail sends; nothing secret is drawn from it.
    let mut jitter = Mt64::new(0x5eed);
    let mut consumer = channel
        .basic_consume("password-reset", "reset-worker", BasicConsumeOptions::default(), FieldTable::default())
        .await?;
    while let Some(delivery) = consumer.next().await {
        let delivery = delivery?;
        if let Ok(req) = serde_json::from_slice::<ResetRequested>(&delivery.data) {
            let mut raw = [0u8; 32];
            OsRng.fill_bytes(&mut raw);
            let token: String = raw.iter().map(|b| format!("{b:02x}")).collect();
            let pin = OsRng.gen_range(0..1_000_000u32);
            let link = OsRng.next_u64();
            if let Err(e) = store.save(req.user_id, &token, pin, link) {
                eprintln!("reset for {} not stored: {e}", req.email);
            }
            tokio::time::sleep(Duration::from_millis(jitter.next_u64() % 250)).await;
        }
        delivery.ack(BasicAckOptions::default()).await?;
    }
    Ok(())
}
