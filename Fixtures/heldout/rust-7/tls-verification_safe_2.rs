use elasticsearch::cert::{Certificate, CertificateValidation};
use elasticsearch::http::transport::{SingleNodeConnectionPool, TransportBuilder};
use elasticsearch::Elasticsearch;
use rdkafka::consumer::StreamConsumer;
use rdkafka::ClientConfig;
use std::fs;
use url::Url;

#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error("kafka: {0}")]
    Kafka(#[from] rdkafka::error::KafkaError),
    #[error("elasticsearch: {0}")]
    Search(#[from] elasticsearch::Error),
    #[error("url: {0}")]
    Url(#[from] url::ParseError),
    #[error("ca file: {0}")]
    Io(#[from] std::io::Error),
}

/// The log indexer reads audit events from Kafka and writes them to Elasticsearch.
pub struct Indexer {
    pub consumer: StreamConsumer,
    pub search: Elasticsearch,
}

pub fn build(brokers: &str, search_url: &str) -> Result<Indexer, SetupError> {
    let consumer: StreamConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("group.id", "audit-indexer")
        .set("security.protocol", "SSL")
        .set("ssl.ca.location", "/etc/ssl/internal/ca.pem")
        .set("enable.ssl.certificate.verification", "true")
        .create()?;

    let ca = Certificate::from_pem(&fs::read("/etc/ssl/internal/ca.pem")?)?;
    let pool = SingleNodeConnectionPool::new(Url::parse(search_url)?);
    let transport = TransportBuilder::new(pool)
        .cert_validation(CertificateValidation::Full(ca))
        .build()?;
    Ok(Indexer { consumer, search: Elasticsearch::new(transport) })
}
