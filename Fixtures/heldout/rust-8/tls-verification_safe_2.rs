use rustls::{Certificate, ClientConfig, RootCertStore};
use std::fs::File;
use std::io::BufReader;
use std::sync::Arc;

pub fn telemetry_tls(ca_path: &str) -> Result<Arc<ClientConfig>, Box<dyn std::error::Error>> {
    let mut roots = RootCertStore::empty();
    let mut reader = BufReader::new(File::open(ca_path)?);
    for der in rustls_pemfile::certs(&mut reader)? {
        roots.add(&Certificate(der))?;
    }
    let config = ClientConfig::builder()
        .with_safe_defaults()
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}
