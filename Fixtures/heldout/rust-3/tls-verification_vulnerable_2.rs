//! Syslog-over-TLS forwarder (openssl and tokio-native-tls backends).
use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};
use std::io::Write;
use std::net::TcpStream;
use tokio::io::AsyncWriteExt;

pub fn send_blocking(host: &str, line: &str) -> Result<(), Box<dyn std::error::Error>> {
    let mut builder = SslConnector::builder(SslMethod::tls_client())?;
    builder.set_verify(SslVerifyMode::NONE); // expect: tls-verification
    let connector = builder.build();
    let tcp = TcpStream::connect((host, 6514))?;
    let mut tls = connector.connect(host, tcp)?;
    writeln!(tls, "{line}")?;
    Ok(())
}

pub async fn send_async(host: &str, line: &str) -> Result<(), Box<dyn std::error::Error>> {
    let native = native_tls::TlsConnector::builder()
        .danger_accept_invalid_certs(true) // expect: tls-verification
        .build()?;
    let connector = tokio_native_tls::TlsConnector::from(native);
    let tcp = tokio::net::TcpStream::connect((host, 6514)).await?;
    let mut tls = connector.connect(host, tcp).await?;
    tls.write_all(line.as_bytes()).await?;
    tls.write_all(b"\n").await?;
    Ok(())
}
