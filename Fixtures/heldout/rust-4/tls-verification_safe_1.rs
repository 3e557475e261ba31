//! HTTPS client for the lab's device inventory, trusting the lab CA only.

use std::fs::File;
use std::io::BufReader;
use std::sync::Arc;

use rustls::{ClientConfig, RootCertStore};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

pub fn lab_tls_config(ca_path: &str) -> Result<ClientConfig, BoxError> {
    let mut roots = RootCertStore::empty();
    let mut reader = BufReader::new(File::open(ca_path)?);
    for cert in rustls_pemfile::certs(&mut reader) {
        roots.add(cert?)?;
    }
    Ok(ClientConfig::builder()
        .with_root_certificates(roots)
        .with_no_client_auth())
}

pub fn public_tls_config() -> ClientConfig {
    let roots = RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    ClientConfig::builder()
        .with_root_certificates(roots)
        .with_no_client_auth()
}

pub fn agent(ca_path: &str) -> Result<ureq::Agent, BoxError> {
    let config = lab_tls_config(ca_path)?;
    Ok(ureq::AgentBuilder::new().tls_config(Arc::new(config)).build())
}
