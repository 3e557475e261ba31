use mongodb::options::{ClientOptions, Tls, TlsOptions};
use mongodb::Client;
use std::env;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("mongodb: {0}")]
    Mongo(#[from] mongodb::error::Error),
    #[error("redis: {0}")]
    Redis(#[from] redis::RedisError),
}

/// Both stores behind the profile service.
pub struct Stores {
    pub mongo: Client,
    pub cache: redis::Client,
}

pub async fn connect() -> Result<Stores, StoreError> {
    let uri = env::var("PROFILE_MONGO_URI").unwrap_or_else(|_| "mongodb://profiles.internal:27017".into());
    let mut opts = ClientOptions::parse(&uri).await?;
    let tls = TlsOptions::builder()
        .ca_file_path(PathBuf::from("/etc/ssl/internal/ca.pem"))
        .allow_invalid_certificates(false)
        .build();
    opts.tls = Some(Tls::Enabled(tls));
    opts.app_name = Some("profile-service".into());
    let mongo = Client::with_options(opts)?;

    let cache = redis::Client::open("rediss://cache.internal:6380/0")?;
    Ok(Stores { mongo, cache })
}
