//! Syslog-over-TLS forwarder with peer verification and a pinned CA file.
use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode, SslVersion};
use std::io::Write;
use std::net::TcpStream;

pub fn send_blocking(host: &str, ca_file: &str, line: &str) -> Result<(), Box<dyn std::error::Error>> {
    let mut builder = SslConnector::builder(SslMethod::tls_client())?;
    builder.set_ca_file(ca_file)?;
    builder.set_verify(SslVerifyMode::PEER);
    builder.set_min_proto_version(Some(SslVersion::TLS1_2))?;
    let connector = builder.build();
    let tcp = TcpStream::connect((host, 6514))?;
    let mut tls = connector.connect(host, tcp)?;
    writeln!(tls, "{line}")?;
    Ok(())
}
