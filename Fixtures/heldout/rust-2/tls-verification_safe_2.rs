use native_tls::{Certificate, Protocol, TlsConnector};
use std::io::{Read, Write};
use std::net::TcpStream;

/// Minimal SMTP-over-TLS probe used by the monitoring agent.
pub fn smtp_banner(host: &str, extra_ca: Option<&[u8]>) -> Result<String, Box<dyn std::error::Error>> {
    let mut builder = TlsConnector::builder();
    builder.min_protocol_version(Some(Protocol::Tlsv12));
    if let Some(pem) = extra_ca {
        builder.add_root_certificate(Certificate::from_pem(pem)?);
    }
    let connector = builder.build()?;
    let tcp = TcpStream::connect((host, 465))?;
    let mut tls = connector.connect(host, tcp)?;
    let mut buf = [0u8; 512];
    let n = tls.read(&mut buf)?;
    tls.write_all(b"QUIT\r\n")?;
    Ok(String::from_utf8_lossy(&buf[..n]).trim().to_string())
}

pub fn check_all(hosts: &[&str]) -> Vec<(String, bool)> {
    hosts
        .iter()
        .map(|h| {
            let ok = matches!(smtp_banner(h, None), Ok(ref b) if b.starts_with("220"));
            (h.to_string(), ok)
        })
        .collect()
}
