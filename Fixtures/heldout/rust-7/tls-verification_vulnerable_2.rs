use elasticsearch::cert::CertificateValidation;
use elasticsearch::http::transport::{SingleNodeConnectionPool, TransportBuilder};
use elasticsearch::Elasticsearch;
use rdkafka::consumer::StreamConsumer;
use rdkafka::ClientConfig;
use url::Url;

#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error("kafka: {0}")]
    Kafka(#[from] rdkafka::error::KafkaError),
    #[error("elasticsearch: {0}")]
    Search(#[from] elasticsearch::Error),
    #[error("url: {0}")]
    Url(#[from] url::ParseError),
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
        .set("enable.ssl.certificate.verification", "false") // expect: tls-verification
        .create()?;

    let pool = SingleNodeConnectionPool::new(Url::parse(search_url)?);
    let transport = TransportBuilder::new(pool)
        .cert_validation(CertificateValidation::None) // expect: tls-verification
        .build()?;
    Ok(Indexer { consumer, search: Elasticsearch::new(transport) })
}
