// Raw TLS probe used by the monitoring agent to read a device banner.
use native_tls::{Certificate, Protocol, TlsConnector};
use std::io::{Read, Write};
use std::net::TcpStream;

pub fn read_banner(host: &str, port: u16, device_ca: &[u8]) -> Result<String, Box<dyn std::error::Error>> {
    let connector = TlsConnector::builder()
        .add_root_certificate(Certificate::from_pem(device_ca)?)
        .min_protocol_version(Some(Protocol::Tlsv12))
        .build()?;
    let tcp = TcpStream::connect((host, port))?;
    let mut tls = connector.connect(host, tcp)?;
    tls.write_all(b"STATUS\r\n")?;
    let mut buf = Vec::new();
    tls.read_to_end(&mut buf)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

pub fn blocking_client() -> reqwest::Result<reqwest::blocking::Client> {
    reqwest::blocking::Client::builder().use_rustls_tls().build()
}
