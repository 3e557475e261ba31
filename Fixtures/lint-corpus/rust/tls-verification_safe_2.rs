//! Metrics scraper that trusts the appliances' own certificate authority.

use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};
use rustls::{ClientConfig, RootCertStore};

pub fn scraper_config(roots: RootCertStore) -> ClientConfig {
    ClientConfig::builder().with_root_certificates(roots).with_no_client_auth()
}

pub fn legacy_connector(ca_file: &str) -> Result<SslConnector, openssl::error::ErrorStack> {
    let mut builder = SslConnector::builder(SslMethod::tls_client())?;
    builder.set_ca_file(ca_file)?;
    builder.set_verify(SslVerifyMode::PEER);
    builder.set_verify_callback(SslVerifyMode::PEER, |preverify_ok, _ctx| preverify_ok);
    Ok(builder.build())
}
