//! Nightly report job: Postgres over verified TLS, SMTP relay with peer checks.

use native_tls::{Certificate, Protocol, TlsConnector};
use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};
use postgres::Client;
use postgres_native_tls::MakeTlsConnector;
use std::fs;
use std::io::Read;
use std::net::TcpStream;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

pub fn connect_db(url: &str, ca_file: &str) -> Result<Client, BoxError> {
    let ca = Certificate::from_pem(&fs::read(ca_file)?)?;
    let tls = TlsConnector::builder()
        .add_root_certificate(ca)
        .min_protocol_version(Some(Protocol::Tlsv12))
        .build()?;
    Ok(Client::connect(url, MakeTlsConnector::new(tls))?)
}

pub fn relay_banner(host: &str, ca_file: &str) -> Result<String, BoxError> {
    let mut builder = SslConnector::builder(SslMethod::tls_client())?;
    builder.set_ca_file(ca_file)?;
    builder.set_verify_callback(SslVerifyMode::PEER, |preverify_ok, ctx| {
        if !preverify_ok {
            eprintln!("relay certificate rejected: {:?}", ctx.error());
        }
        preverify_ok
    });
    let connector = builder.build();
    let mut stream = connector.connect(host, TcpStream::connect((host, 465))?)?;
    let mut buf = [0u8; 512];
    let n = stream.read(&mut buf)?;
    Ok(String::from_utf8_lossy(&buf[..n]).into_owned())
}
