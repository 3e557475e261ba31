// Raw TLS probe used by the monitoring agent to read a device banner.
use native_tls::TlsConnector;
use std::io::{Read, Write};
use std::net::TcpStream;

pub fn read_banner(host: &str, port: u16) -> Result<String, Box<dyn std::error::Error>> {
    let connector = TlsConnector::builder()
        .danger_accept_invalid_certs(true) // expect: tls-verification
        .danger_accept_invalid_hostnames(true) // expect: tls-verification
        .build()?;
    let tcp = TcpStream::connect((host, port))?;
    let mut tls = connector.connect(host, tcp)?;
    tls.write_all(b"STATUS\r\n")?;
    let mut buf = Vec::new();
    tls.read_to_end(&mut buf)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

pub fn blocking_client() -> reqwest::Result<reqwest::blocking::Client> {
    reqwest::blocking::Client::builder().danger_accept_invalid_certs(true).build() // expect: tls-verification
}
